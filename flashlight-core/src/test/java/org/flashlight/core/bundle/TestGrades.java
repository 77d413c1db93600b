package org.flashlight.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestGrades {

    @Test
    void parsesPreKindergartenAndKindergartenCaseInsensitively() {
        assertThat(Grades.parse("PK")).hasValue(Grades.PK);
        assertThat(Grades.parse("pk")).hasValue(-1);
        assertThat(Grades.parse("KG")).hasValue(Grades.KG);
        assertThat(Grades.parse("kg")).hasValue(0);
    }

    @Test
    void acceptsKAsKindergarten() {
        assertThat(Grades.parse("K")).hasValue(Grades.KG);
        assertThat(Grades.parse("k")).hasValue(Grades.KG);
    }

    @Test
    void parsesNumericGradesWithAnOptionalLeadingZero() {
        assertThat(Grades.parse("1")).hasValue(1);
        assertThat(Grades.parse("03")).hasValue(3);
        assertThat(Grades.parse("09")).hasValue(9);
        assertThat(Grades.parse("12")).hasValue(12);
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(Grades.parse(" 7 ")).hasValue(7);
        assertThat(Grades.parse("\tKG ")).hasValue(Grades.KG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13", "0", "00", "", " ", "x", "-1", "1.0", "012", "100", "P", "KGG", "G3", "３"})
    void rejectsAnythingThatIsNotAContractGrade(String text) {
        assertThat(Grades.parse(text)).isEmpty();
    }

    @Test
    void labelsStoredGradesTheWayTheContractWritesThem() {
        assertThat(Grades.label(Grades.PK)).isEqualTo("PK");
        assertThat(Grades.label(Grades.KG)).isEqualTo("KG");
        assertThat(Grades.label(3)).isEqualTo("3");
        assertThat(Grades.label(12)).isEqualTo("12");
    }

    @Test
    void labelRejectsValuesThatAreNotGrades() {
        assertThatThrownBy(() -> Grades.label(13)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a grade: 13");
        assertThatThrownBy(() -> Grades.label(-2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelAndParseRoundTripForEveryGrade() {
        IntStream.rangeClosed(Grades.PK, 12)
                .forEach(grade -> assertThat(Grades.parse(Grades.label(grade))).hasValue(grade));
    }
}
