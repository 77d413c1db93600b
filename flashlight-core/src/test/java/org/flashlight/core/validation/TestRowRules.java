package org.flashlight.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The row rules of each table (input-data.md, "What bad input gets"), one boundary at a time: the
 * value on the boundary is accepted, the first value past it rejected. Rows are given as the
 * normalizer leaves them (canonical text, grades as integers, {@code null} for missing).
 */
class TestRowRules {
    /** A catalog of made-up tests, so these tests do not depend on the shipped table. */
    private static final TestCatalog CATALOG = TestCatalog.of(List.of(
            // 4 levels, proficient = 3, range 100..200, cuts 130/150/170
            definition("mytest", "math", 5, "100", "200", 4, 3, "130", "150", "170"),
            definition("mytest", "math", 0, "10", "20", 4, 3, "12", "14", "16"),
            // no performance levels, any subject
            definition("scoreonly", TestDefinition.ANY_SUBJECT, 11, "1", "36", 0, 0),
            // a subject row and an any-subject row for the same test and grade
            definition("both", TestDefinition.ANY_SUBJECT, 9, "0", "10", 0, 0),
            definition("both", "ela", 9, "0", "100", 0, 0)));

    private static TestDefinition definition(String test, String subject, int grade, String min, String max,
            int levels, int proficient, String... cuts) {
        return new TestDefinition(test, subject, grade, new BigDecimal(min), new BigDecimal(max), levels, proficient,
                java.util.Arrays.stream(cuts).map(BigDecimal::new).toList(), "");
    }

    /** A row of {@code table} built from column values (canonical), checked by the table's rules. */
    private static final class RowCheck {
        private final Table table;
        private final Map<String, String> values = new LinkedHashMap<>();

        RowCheck(Table table, String... pairs) {
            this.table = table;
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
            }
        }

        RowCheck with(String column, String value) {
            RowCheck copy = new RowCheck(table);
            copy.values.putAll(values);
            copy.values.put(column, value);
            return copy;
        }

        List<Problem> problems() {
            String[] row = new String[table.columns().size()];
            values.forEach((column, value) -> row[table.indexOf(column)] = value);
            List<Problem> problems = new ArrayList<>();
            RowRules.forTable(table, CATALOG).forEach(rule -> rule.check(row, problems));
            return problems;
        }
    }

    private static final RowCheck SCHOOL = new RowCheck(BundleContract.SCHOOLS, "school_year", "2024",
            "school_id", "S1", "school_name", "A", "district_id", "D1", "grade_low", "1", "grade_high", "5",
            "school_type", "elementary", "title_i", "true", "charter", "false", "cep", "false");
    private static final RowCheck ENROLLMENT = new RowCheck(BundleContract.ENROLLMENTS, "school_year", "2024",
            "student_id", "1", "school_id", "S1", "grade_level", "3", "entry_date", "2023-08-21",
            "exit_date", "2024-06-07", "days_enrolled", "180", "days_present", "170");
    private static final RowCheck COHORT = new RowCheck(BundleContract.GRADUATION_COHORTS, "cohort_year", "2021",
            "student_id", "1", "school_id", "S1", "outcome", "graduated", "outcome_year", "2024");
    private static final RowCheck MONTH = new RowCheck(BundleContract.ATTENDANCE_MONTHLY, "school_year", "2024",
            "student_id", "1", "school_id", "S1", "month", "9", "days_enrolled", "20", "days_present", "19");
    private static final RowCheck SURVEY = new RowCheck(BundleContract.SURVEYS, "school_year", "2024",
            "school_id", "S1", "respondent_id", "R1", "respondent_type", "student", "construct", "safety",
            "item_id", "Q1", "response", "3", "favorable", "true");
    private static final RowCheck OBSERVATION = new RowCheck(BundleContract.CLASS_OBSERVATIONS, "school_year", "2024",
            "school_id", "S1", "classroom_id", "C1", "domain", "emotional_support", "score", "4.5");
    private static final RowCheck COURSE = new RowCheck(BundleContract.COURSE_GRADES, "school_year", "2024",
            "student_id", "1", "school_id", "S1", "term", "final", "course_id", "C1", "mark", "A",
            "grade_points", "4", "credits_attempted", "1", "credits_earned", "1");
    private static final RowCheck ACTION = new RowCheck(BundleContract.DISCIPLINE, "school_year", "2024",
            "student_id", "1", "school_id", "S1", "incident_date", "2024-01-10", "action", "other", "days", "1");
    private static final RowCheck POSTSECONDARY = new RowCheck(BundleContract.POSTSECONDARY, "student_id", "1",
            "hs_exit_year", "2023", "enrolled_fall", "two_year", "persisted_second_year", "true", "a_g_complete", "false");
    private static final RowCheck SCORE = new RowCheck(BundleContract.ASSESSMENTS, "school_year", "2024",
            "student_id", "1", "school_id", "S1", "test", "mytest", "subject", "math", "grade_tested", "5",
            "test_date", "2024-04-15", "scale_score", "150", "performance_level", "3", "participation", "tested");
    private static final RowCheck TEST = new RowCheck(BundleContract.TESTS, "test", "state_eoc", "subject", "algebra1",
            "grade", "10", "min_scale_score", "0", "max_scale_score", "100", "levels", "4", "proficient_level", "3",
            "cut_2", "30", "cut_3", "50", "cut_4", "70");

    @Test
    void everyBaseRowIsValid() {
        for (RowCheck valid : List.of(SCHOOL, ENROLLMENT, COHORT, MONTH, SURVEY, OBSERVATION, COURSE, ACTION,
                POSTSECONDARY, SCORE, TEST)) {
            assertThat(valid.problems()).as(valid.table.name()).isEmpty();
        }
    }

    @Test
    void studentsHaveNoRowRulesBeyondTheirCells() {
        assertThat(RowRules.forTable(BundleContract.STUDENTS, CATALOG)).isEmpty();
    }

    @Nested
    class Schools {
        @Test
        void gradeLowEqualToGradeHighIsASingleGradeSchool() {
            assertThat(SCHOOL.with("grade_low", "5").problems()).isEmpty();
            assertThat(SCHOOL.with("grade_low", "-1").with("grade_high", "0").problems()).isEmpty(); // PK..KG
        }

        @Test
        void gradeLowAboveGradeHighIsRejected() {
            assertThat(SCHOOL.with("grade_low", "6").problems())
                    .containsExactly(new Problem("grade_low", "6", "is above grade_high (grade_high 5)"));
        }

        @Test
        void gradesInTheReasonAreWrittenAsTheContractWritesThem() {
            // KG above PK: stored 0 and -1, shown KG and PK
            assertThat(SCHOOL.with("grade_low", "0").with("grade_high", "-1").problems())
                    .containsExactly(new Problem("grade_low", "KG", "is above grade_high (grade_high PK)"));
        }
    }

    @Nested
    class Enrollments {
        @Test
        void daysPresentEqualToDaysEnrolledIsAccepted() {
            assertThat(ENROLLMENT.with("days_present", "180").problems()).isEmpty();
            assertThat(ENROLLMENT.with("days_present", "0").with("days_enrolled", "0").problems()).isEmpty();
        }

        @Test
        void oneDayPresentMoreThanEnrolledIsRejected() {
            assertThat(ENROLLMENT.with("days_present", "181").problems()).containsExactly(
                    new Problem("days_present", "181", "is greater than days_enrolled (days_enrolled 180)"));
        }

        @Test
        void negativeDaysAreRejected() {
            assertThat(ENROLLMENT.with("days_enrolled", "-1").with("days_present", "-1").problems()).containsExactly(
                    new Problem("days_enrolled", "-1", "must be at least 0"),
                    new Problem("days_present", "-1", "must be at least 0"));
        }

        @Test
        void exitOnTheEntryDayIsAccepted() {
            assertThat(ENROLLMENT.with("exit_date", "2023-08-21").problems()).isEmpty();
            assertThat(ENROLLMENT.with("exit_date", null).problems()).isEmpty(); // still enrolled
        }

        @Test
        void exitTheDayBeforeEntryIsRejected() {
            assertThat(ENROLLMENT.with("exit_date", "2023-08-20").problems()).containsExactly(
                    new Problem("exit_date", "2023-08-20", "is before entry_date (entry_date 2023-08-21)"));
        }

        @Test
        void datesCompareAcrossMonthsAndYears() {
            assertThat(ENROLLMENT.with("entry_date", "2023-12-31").with("exit_date", "2024-01-01").problems()).isEmpty();
            assertThat(ENROLLMENT.with("entry_date", "2024-01-01").with("exit_date", "2023-12-31").problems())
                    .extracting(Problem::column).containsExactly("exit_date");
        }
    }

    @Nested
    class GraduationCohorts {
        @Test
        void outcomeInTheCohortYearIsAccepted() {
            assertThat(COHORT.with("outcome_year", "2021").problems()).isEmpty();
        }

        @Test
        void outcomeBeforeTheCohortYearIsRejected() {
            assertThat(COHORT.with("outcome_year", "2020").problems()).containsExactly(
                    new Problem("outcome_year", "2020", "is before cohort_year (cohort_year 2021)"));
        }
    }

    @Nested
    class AttendanceMonthly {
        @Test
        void monthsOneToTwelveAreAccepted() {
            assertThat(MONTH.with("month", "1").problems()).isEmpty();
            assertThat(MONTH.with("month", "12").problems()).isEmpty();
        }

        @Test
        void monthZeroAndThirteenAreRejected() {
            assertThat(MONTH.with("month", "0").problems())
                    .containsExactly(new Problem("month", "0", "must be between 1 and 12"));
            assertThat(MONTH.with("month", "13").problems())
                    .containsExactly(new Problem("month", "13", "must be between 1 and 12"));
        }

        @Test
        void daysPresentAtMostDaysEnrolled() {
            assertThat(MONTH.with("days_present", "20").problems()).isEmpty();
            assertThat(MONTH.with("days_present", "21").problems()).containsExactly(
                    new Problem("days_present", "21", "is greater than days_enrolled (days_enrolled 20)"));
        }
    }

    @Nested
    class Surveys {
        @Test
        void responsesOneToFiveAreAccepted() {
            assertThat(SURVEY.with("response", "1").problems()).isEmpty();
            assertThat(SURVEY.with("response", "5").problems()).isEmpty();
        }

        @Test
        void responsesZeroAndSixAreRejected() {
            assertThat(SURVEY.with("response", "0").problems())
                    .containsExactly(new Problem("response", "0", "must be between 1 and 5"));
            assertThat(SURVEY.with("response", "6").problems())
                    .containsExactly(new Problem("response", "6", "must be between 1 and 5"));
        }
    }

    @Nested
    class ClassObservations {
        @Test
        void scoresOneToSevenAreAccepted() {
            assertThat(OBSERVATION.with("score", "1").problems()).isEmpty();
            assertThat(OBSERVATION.with("score", "7").problems()).isEmpty();
            assertThat(OBSERVATION.with("score", "7.000000").problems()).isEmpty();
        }

        @Test
        void scoresJustOutsideOneToSevenAreRejected() {
            assertThat(OBSERVATION.with("score", "0.9").problems())
                    .containsExactly(new Problem("score", "0.9", "must be between 1 and 7"));
            assertThat(OBSERVATION.with("score", "7.1").problems())
                    .containsExactly(new Problem("score", "7.1", "must be between 1 and 7"));
        }
    }

    @Nested
    class CourseGrades {
        @Test
        void gradePointsUpToFiveForWeightedHonorsAreAccepted() {
            assertThat(COURSE.with("grade_points", "5").problems()).isEmpty();
            assertThat(COURSE.with("grade_points", "0").problems()).isEmpty();
            assertThat(COURSE.with("grade_points", null).with("mark", "P").problems()).isEmpty();
        }

        @Test
        void gradePointsAboveFiveOrBelowZeroAreRejected() {
            assertThat(COURSE.with("grade_points", "5.01").problems())
                    .containsExactly(new Problem("grade_points", "5.01", "must be between 0 and 5"));
            assertThat(COURSE.with("grade_points", "-0.5").problems())
                    .containsExactly(new Problem("grade_points", "-0.5", "must be between 0 and 5"));
        }

        @Test
        void negativeCreditsAreRejected() {
            assertThat(COURSE.with("credits_attempted", "0").with("credits_earned", "0").problems()).isEmpty();
            assertThat(COURSE.with("credits_attempted", "-1").with("credits_earned", "-0.5").problems()).containsExactly(
                    new Problem("credits_attempted", "-1", "must be at least 0"),
                    new Problem("credits_earned", "-0.5", "must be at least 0"));
        }
    }

    @Nested
    class Discipline {
        @Test
        void zeroOrMissingDaysAreAcceptedNegativeDaysAreNot() {
            assertThat(ACTION.with("days", "0").problems()).isEmpty();
            assertThat(ACTION.with("days", null).problems()).isEmpty();
            assertThat(ACTION.with("days", "-1").problems())
                    .containsExactly(new Problem("days", "-1", "must be at least 0"));
        }
    }

    @Nested
    class Postsecondary {
        @Test
        void persistingWithoutEnrollingIsRejected() {
            assertThat(POSTSECONDARY.with("enrolled_fall", "none").problems()).containsExactly(new Problem(
                    "persisted_second_year", "true", "a student who did not enroll (enrolled_fall none) cannot persist"));
        }

        @Test
        void notEnrolledAndNotPersistedOrUnknownIsAccepted() {
            assertThat(POSTSECONDARY.with("enrolled_fall", "none").with("persisted_second_year", "false").problems())
                    .isEmpty();
            assertThat(POSTSECONDARY.with("enrolled_fall", "none").with("persisted_second_year", null).problems())
                    .isEmpty();
            assertThat(POSTSECONDARY.with("enrolled_fall", "four_year").problems()).isEmpty();
        }
    }

    @Nested
    class Assessments {
        @Test
        void testWithoutADefinitionIsRejectedAskingForATestsCsvRow() {
            assertThat(SCORE.with("test", "state_eoc").problems()).containsExactly(new Problem("test", "state_eoc",
                    "no definition for test state_eoc, subject math, grade 5: add a row to tests.csv"));
        }

        @Test
        void knownTestAtAGradeItHasNoDefinitionForIsRejectedNamingTheGrade() {
            assertThat(SCORE.with("grade_tested", "6").problems()).containsExactly(new Problem("test", "mytest",
                    "no definition for test mytest, subject math, grade 6: add a row to tests.csv"));
            assertThat(SCORE.with("grade_tested", "-1").problems()).extracting(Problem::reason)
                    .containsExactly("no definition for test mytest, subject math, grade PK: add a row to tests.csv");
        }

        @Test
        void scoresAtTheMinimumAndMaximumAreAccepted() {
            assertThat(SCORE.with("scale_score", "100").with("performance_level", "1").problems()).isEmpty();
            assertThat(SCORE.with("scale_score", "200").with("performance_level", "4").problems()).isEmpty();
            assertThat(SCORE.with("scale_score", null).with("performance_level", null).problems()).isEmpty();
        }

        @Test
        void scoresJustOutsideTheRangeAreRejected() {
            assertThat(SCORE.with("scale_score", "99").problems()).containsExactly(
                    new Problem("scale_score", "99", "outside the valid range 100..200 of mytest math grade 5"));
            assertThat(SCORE.with("scale_score", "99.999999").problems()).extracting(Problem::column)
                    .containsExactly("scale_score");
            assertThat(SCORE.with("scale_score", "200.000001").problems()).extracting(Problem::column)
                    .containsExactly("scale_score");
            assertThat(SCORE.with("grade_tested", "0").with("scale_score", "9").problems()).extracting(Problem::reason)
                    .containsExactly("outside the valid range 10..20 of mytest math grade KG");
        }

        @Test
        void performanceLevelBeyondTheTestsLevelsIsRejected() {
            assertThat(SCORE.with("performance_level", "5").problems()).containsExactly(
                    new Problem("performance_level", "5", "must be between 1 and 4 for mytest"));
            assertThat(SCORE.with("performance_level", "0").problems()).containsExactly(
                    new Problem("performance_level", "0", "must be between 1 and 4 for mytest"));
        }

        @Test
        void levelForATestWithoutLevelsIsRejected() {
            RowCheck act = SCORE.with("test", "scoreonly").with("subject", "composite").with("grade_tested", "11")
                    .with("scale_score", "36");
            assertThat(act.with("performance_level", null).problems()).isEmpty();
            assertThat(act.with("performance_level", "2").problems()).containsExactly(new Problem("performance_level", "2",
                    "scoreonly reports no performance levels; leave it empty"));
        }

        @Test
        void aSubjectRowWinsOverTheAnySubjectRow() {
            RowCheck both = SCORE.with("test", "both").with("grade_tested", "9").with("scale_score", "50")
                    .with("performance_level", null);
            assertThat(both.with("subject", "ela").problems()).isEmpty();                  // 0..100
            assertThat(both.with("subject", "math").problems()).extracting(Problem::column) // 0..10
                    .containsExactly("scale_score");
        }

        @Test
        void rangeAndLevelProblemsAreBothReported() {
            assertThat(SCORE.with("scale_score", "201").with("performance_level", "5").problems())
                    .extracting(Problem::column).containsExactly("scale_score", "performance_level");
        }
    }

    @Nested
    class TestDefinitions {
        @Test
        void testWithoutLevelsNeedsOnlyItsRange() {
            assertThat(TEST.with("levels", null).with("proficient_level", null).with("cut_2", null).with("cut_3", null)
                    .with("cut_4", null).problems()).isEmpty();
            // a single valid score is a range
            assertThat(TEST.with("levels", null).with("proficient_level", null).with("cut_2", null).with("cut_3", null)
                    .with("cut_4", null).with("max_scale_score", "0").problems()).isEmpty();
        }

        @Test
        void minimumAboveMaximumIsRejected() {
            assertThat(TEST.with("min_scale_score", "101").problems())
                    .containsExactly(new Problem("max_scale_score", "100", "is below min_scale_score 101"));
        }

        @Test
        void cutsMustAscendStrictlyWithinTheRange() {
            String reason = "cuts must ascend strictly and lie within min_scale_score..max_scale_score";
            assertThat(TEST.with("cut_3", "30").problems()).containsExactly(new Problem("cut_3", "30", reason));
            assertThat(TEST.with("cut_3", "29").problems()).containsExactly(new Problem("cut_3", "29", reason));
            // the first cut must lie above the minimum, the last may equal the maximum
            assertThat(TEST.with("cut_2", "0").problems()).containsExactly(new Problem("cut_2", "0", reason));
            assertThat(TEST.with("cut_2", "0.5").problems()).isEmpty();
            assertThat(TEST.with("cut_4", "100").problems()).isEmpty();
            assertThat(TEST.with("cut_4", "100.5").problems()).containsExactly(new Problem("cut_4", "100.5", reason));
        }

        @Test
        void theNumberOfCutsMustMatchTheLevels() {
            assertThat(TEST.with("cut_4", null).problems())
                    .containsExactly(new Problem("cut_4", "", "required: the test has 4 levels"));
            assertThat(TEST.with("cut_5", "90").problems())
                    .containsExactly(new Problem("cut_5", "90", "the test has only 4 levels"));
            assertThat(TEST.with("levels", "5").with("cut_5", "90").problems()).isEmpty();
            assertThat(TEST.with("levels", "2").with("proficient_level", "2").with("cut_3", null).with("cut_4", null)
                    .problems()).isEmpty();
        }

        @Test
        void levelsMustBeTwoToFive() {
            assertThat(TEST.with("levels", "1").problems())
                    .containsExactly(new Problem("levels", "1", "must be empty (no levels) or 2..5"));
            assertThat(TEST.with("levels", "6").problems())
                    .containsExactly(new Problem("levels", "6", "must be empty (no levels) or 2..5"));
        }

        @Test
        void proficientLevelMustBeOneOfTheLevels() {
            assertThat(TEST.with("proficient_level", "1").problems()).isEmpty();
            assertThat(TEST.with("proficient_level", "4").problems()).isEmpty();
            assertThat(TEST.with("proficient_level", "5").problems())
                    .containsExactly(new Problem("proficient_level", "5", "required: a level between 1 and 4"));
            assertThat(TEST.with("proficient_level", "0").problems())
                    .containsExactly(new Problem("proficient_level", "0", "required: a level between 1 and 4"));
            assertThat(TEST.with("proficient_level", null).problems())
                    .containsExactly(new Problem("proficient_level", "", "required: a level between 1 and 4"));
        }

        @Test
        void proficientLevelOfATestWithoutLevelsIsRejectedNotIgnored() {
            // the catalog cannot use it (a test without levels has no proficiency), so it must not be accepted silently
            assertThat(TEST.with("levels", null).with("cut_2", null).with("cut_3", null).with("cut_4", null).problems())
                    .containsExactly(new Problem("proficient_level", "3", "the test has no levels: leave it empty"));
        }

        @Test
        void aValidRowBecomesTheDefinitionItDeclares() {
            String[] row = new String[BundleContract.TESTS.columns().size()];
            TEST.values.forEach((column, value) -> row[BundleContract.TESTS.indexOf(column)] = value);
            TestDefinition d = RowRules.toTestDefinition(row);
            assertThat(d.levelOf(new BigDecimal("49.99"))).contains(2);
            assertThat(d.levelOf(new BigDecimal("50"))).contains(3);
            assertThat(d.proficientLevel()).isEqualTo(3);
            assertThat(d.grade()).isEqualTo(10);
        }
    }
}
