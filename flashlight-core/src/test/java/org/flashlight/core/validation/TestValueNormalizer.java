package org.flashlight.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.ColumnType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every column type of the contract (input-data.md, "Conventions"): the forms it accepts with the
 * canonical form stored, and the forms it rejects with the reason a data clerk reads.
 */
class TestValueNormalizer {
    private static final Column INT = Column.of("days_enrolled", ColumnType.INT);
    private static final Column NUMBER = Column.of("scale_score", ColumnType.NUMBER);
    private static final Column DATE = Column.of("test_date", ColumnType.DATE);
    private static final Column BOOL = Column.of("swd", ColumnType.BOOL);
    private static final Column GRADE = Column.of("grade_level", ColumnType.GRADE);
    private static final Column STRING = Column.of("student_id", ColumnType.STRING);
    private static final Column OPEN_CODE = Column.of("test", ColumnType.OPEN_CODE);
    private static final Column MARK = Column.of("mark", ColumnType.MARK);
    private static final Column SCHOOL_TYPE = BundleContract.SCHOOLS.column("school_type").orElseThrow();

    /** The outcome of normalizing one cell: the canonical value stored, or the reason it was rejected. */
    record Outcome(String stored, String reason) {
        static Outcome accepted(String stored) {
            return new Outcome(stored, null);
        }

        static Outcome rejected(String reason) {
            return new Outcome(null, reason);
        }
    }

    private static Outcome normalize(Column column, String raw) {
        String[] out = new String[3];
        String reason = ValueNormalizer.normalize(column, raw, out, 1);
        return reason == null ? Outcome.accepted(out[1]) : Outcome.rejected(reason);
    }

    @Nested
    class WholeNumbers {
        @ParameterizedTest(name = "INT {0} -> {1}")
        @CsvSource({"2024, 2024", "0, 0", "007, 7", "+5, 5", "-3, -3", "-007, -7", "999999999, 999999999",
            "-999999999, -999999999",
            // leading zeros are not digits of the value: still 9 significant digits at most
            "0000000007, 7", "-0, 0"})
        void acceptedFormsAreStoredWithoutSignOrLeadingZeros(String raw, String stored) {
            assertThat(normalize(INT, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @ParameterizedTest(name = "INT {0} rejected")
        @ValueSource(strings = {"1.5", "1e5", "abc", "12 3", "+", "-", "1,000", "5-"})
        void somethingOtherThanDigitsIsNotAWholeNumber(String raw) {
            assertThat(normalize(INT, raw)).isEqualTo(Outcome.rejected("not a whole number"));
        }

        @ParameterizedTest(name = "INT {0} rejected")
        @ValueSource(strings = {"9999999999", "1000000000", "-1000000000"})
        void moreThanNineDigitsIsTooLargeNotMalformed(String raw) {
            // the database stores INTEGER; 10 significant digits may not fit
            assertThat(normalize(INT, raw)).isEqualTo(Outcome.rejected("whole number too large (at most 9 digits)"));
        }
    }

    @Nested
    class Numbers {
        @ParameterizedTest(name = "NUMBER {0} -> {1}")
        @CsvSource({"2450.50, 2450.50", "2450, 2450", "+5, 5", "-0.5, -0.5", "0, 0", "12.123456, 12.123456",
            "123456789012, 123456789012", "123456789012.123456, 123456789012.123456"})
        void acceptedFormsKeepTheirDigitsAndDropAPlusSign(String raw, String stored) {
            assertThat(normalize(NUMBER, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @ParameterizedTest(name = "NUMBER {0} rejected")
        @ValueSource(strings = {"1e5", "abc", "1,5", "2450.5.0", "$12", "12%"})
        void somethingOtherThanDigitsAndOnePointIsNotANumber(String raw) {
            assertThat(normalize(NUMBER, raw).reason())
                    .isEqualTo("not a number (write digits with an optional decimal point, e.g. 2450.5)");
        }

        @ParameterizedTest(name = "NUMBER {0} rejected")
        @ValueSource(strings = {"-", "+", "."})
        void aSignOrAPointAloneIsNotANumber(String raw) {
            assertThat(normalize(NUMBER, raw)).isEqualTo(Outcome.rejected("not a number"));
        }

        @Test
        void sevenDecimalPlacesAreMoreThanTheStoreKeeps() {
            // DECIMAL(18,6): 6 places are kept, a 7th would be rounded away silently
            assertThat(normalize(NUMBER, "12.1234567")).isEqualTo(Outcome.rejected("more than 6 decimal places"));
        }

        @Test
        void thirteenIntegerDigitsAreTooLargeForTheStore() {
            // DECIMAL(18,6) leaves 12 digits before the point
            assertThat(normalize(NUMBER, "1234567890123")).isEqualTo(Outcome.rejected("number too large"));
            assertThat(normalize(NUMBER, "0001234567890.5")).isEqualTo(Outcome.accepted("0001234567890.5"));
        }
    }

    @Nested
    class Dates {
        @ParameterizedTest(name = "DATE {0} accepted")
        @ValueSource(strings = {"2024-02-29", "2000-02-29", "2023-12-31", "1900-01-01", "2100-12-31", "2023-04-30"})
        void isoDatesThatExistAreAcceptedAsWritten(String raw) {
            assertThat(normalize(DATE, raw)).isEqualTo(Outcome.accepted(raw));
        }

        @ParameterizedTest(name = "DATE {0} rejected")
        @ValueSource(strings = {
            "2023-02-29", // 2023 is not a leap year
            "1900-02-29", // divisible by 100, not by 400: not a leap year
            "2023-13-01", "2023-00-10", "2023-01-00", "2023-04-31", "1899-12-31", "2101-01-01"})
        void datesThatDoNotExistOrLieOutside1900To2100AreRejected(String raw) {
            assertThat(normalize(DATE, raw))
                    .isEqualTo(Outcome.rejected("not a date (expected YYYY-MM-DD between 1900 and 2100)"));
        }

        @ParameterizedTest(name = "DATE {0} rejected")
        @ValueSource(strings = {"2023/01/01", "01/02/2023", "2023-1-01", "20230101", "2023-01-01T00:00", "2023-ab-01x"})
        void otherLayoutsAreNotDates(String raw) {
            assertThat(normalize(DATE, raw)).isEqualTo(Outcome.rejected("not a date (expected YYYY-MM-DD)"));
        }

        @Test
        void nonDigitsInAnIsoLayoutAreNotADate() {
            assertThat(normalize(DATE, "2023-ab-01").reason()).startsWith("not a date");
        }
    }

    @Nested
    class Booleans {
        @ParameterizedTest(name = "BOOL {0} -> true")
        @ValueSource(strings = {"true", "TRUE", "True", "Y", "y", "1", "yes", "T"})
        void trueForms(String raw) {
            assertThat(normalize(BOOL, raw)).isEqualTo(Outcome.accepted("true"));
        }

        @ParameterizedTest(name = "BOOL {0} -> false")
        @ValueSource(strings = {"false", "FALSE", "N", "n", "0", "no", "F"})
        void falseForms(String raw) {
            assertThat(normalize(BOOL, raw)).isEqualTo(Outcome.accepted("false"));
        }

        @ParameterizedTest(name = "BOOL {0} rejected")
        @ValueSource(strings = {"2", "maybe", "yes please", "-1", "#bad#"})
        void anythingElseIsNotABoolean(String raw) {
            assertThat(normalize(BOOL, raw))
                    .isEqualTo(Outcome.rejected("not a boolean (expected true/false, Y/N or 1/0)"));
        }
    }

    @Nested
    class GradeLevels {
        @ParameterizedTest(name = "GRADE {0} -> {1}")
        @CsvSource({"PK, -1", "pk, -1", "KG, 0", "K, 0", "kg, 0", "1, 1", "03, 3", "12, 12", "09, 9"})
        void gradesAreStoredAsIntegersWithPkMinusOneAndKgZero(String raw, String stored) {
            assertThat(normalize(GRADE, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @ParameterizedTest(name = "GRADE {0} rejected")
        @ValueSource(strings = {"0", "00", "13", "-1", "3.0", "G3", "TK", "PK3", "123"})
        void anythingElseIsNotAGrade(String raw) {
            assertThat(normalize(GRADE, raw)).isEqualTo(Outcome.rejected("not a grade (expected PK, KG or 1..12)"));
        }
    }

    @Nested
    class Codes {
        @ParameterizedTest(name = "school_type {0} -> {1}")
        @CsvSource({"Elementary, elementary", "elementary, elementary", "HIGH, high", "K8, k8", "k12, k12"})
        void closedListCodesAreCaseInsensitiveAndStoredLowerCase(String raw, String stored) {
            assertThat(normalize(SCHOOL_TYPE, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @Test
        void unknownCodeListsTheAllowedOnesSorted() {
            assertThat(normalize(SCHOOL_TYPE, "junior")).isEqualTo(
                    Outcome.rejected("unknown code (allowed: alternative, elementary, high, k12, k8, middle)"));
        }

        @ParameterizedTest(name = "open code {0} -> {1}")
        @CsvSource({"SBAC, sbac", "state_EOC, state_eoc", "AP-Calc.AB, ap-calc.ab", "'*', '*'"})
        void openCodesAreAnyTokenLowerCased(String raw, String stored) {
            assertThat(normalize(OPEN_CODE, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @ParameterizedTest(name = "open code {0} rejected")
        @ValueSource(strings = {"#bad#", "state eoc", "a,b", "x/y"})
        void openCodesAreSingleTokens(String raw) {
            assertThat(normalize(OPEN_CODE, raw).reason()).startsWith("not a code");
        }
    }

    @Nested
    class Marks {
        @ParameterizedTest(name = "MARK {0} -> {1}")
        @CsvSource({"b+, B+", "A, A", "a-, A-", "C, C", "d+, D+", "F, F", "p, P", "np, NP", "NP, NP", "i, I"})
        void marksAreUpperCased(String raw, String stored) {
            assertThat(normalize(MARK, raw)).isEqualTo(Outcome.accepted(stored));
        }

        @ParameterizedTest(name = "MARK {0} rejected")
        @ValueSource(strings = {"E", "A++", "B*", "+", "PP", "AB", "4.0", "pass"})
        void otherMarksAreRejected(String raw) {
            assertThat(normalize(MARK, raw))
                    .isEqualTo(Outcome.rejected("not a mark (expected A..F with optional +/-, P, NP or I)"));
        }
    }

    @Nested
    class TextAndEmptyCells {
        @Test
        void stringsAreOpaqueAndKeepLeadingZeros() {
            assertThat(normalize(STRING, "000123")).isEqualTo(Outcome.accepted("000123"));
            assertThat(normalize(STRING, "Lincoln Elementary, North Campus"))
                    .isEqualTo(Outcome.accepted("Lincoln Elementary, North Campus"));
        }

        @ParameterizedTest(name = "empty cell [{0}]")
        @ValueSource(strings = {"", " ", "\t", "  \t "})
        void emptyCellIsAMissingValueWhereAllowed(String raw) {
            for (ColumnType type : ColumnType.values()) {
                Column optional = type == ColumnType.CODE ? BundleContract.STUDENTS.column("sex").orElseThrow()
                        : Column.of("x", type);
                assertThat(optional.valueNeeded()).isFalse();
                assertThat(normalize(optional, raw)).as(type.name()).isEqualTo(Outcome.accepted(null));
            }
        }

        @ParameterizedTest(name = "empty cell [{0}]")
        @ValueSource(strings = {"", " ", "\t"})
        void emptyCellIsRejectedWhereAValueIsRequired(String raw) {
            for (ColumnType type : ColumnType.values()) {
                Column needed = type == ColumnType.CODE ? SCHOOL_TYPE : Column.needed("x", type);
                assertThat(needed.valueNeeded()).isTrue();
                assertThat(normalize(needed, raw)).as(type.name()).isEqualTo(Outcome.rejected("a value is required"));
            }
        }

        @ParameterizedTest(name = "[{1}] as {0} -> {2}")
        @CsvSource(delimiter = '|', value = {
            "INT|' 2024 '|2024", "NUMBER|'\t2450.50 '|2450.50", "DATE|' 2024-02-29\t'|2024-02-29",
            "BOOL|' Y '|true", "GRADE|' KG '|0", "OPEN_CODE|' SBAC '|sbac", "MARK|' b+ '|B+",
            "STRING|'  Lincoln  '|Lincoln"})
        void whitespaceAroundAValueIsIgnored(ColumnType type, String raw, String stored) {
            assertThat(normalize(Column.of("x", type), raw)).isEqualTo(Outcome.accepted(stored));
        }

        @Test
        void whitespaceAroundACodeIsIgnored() {
            assertThat(normalize(SCHOOL_TYPE, " High ")).isEqualTo(Outcome.accepted("high"));
        }
    }
}
