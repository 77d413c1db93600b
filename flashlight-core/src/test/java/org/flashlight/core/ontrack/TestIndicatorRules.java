package org.flashlight.core.ontrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made students at the boundaries of BTSC-1 and BTSC-2 (metrics.md ). */
class TestIndicatorRules {
    private final IndicatorRules rules = new IndicatorRules(OnTrackCuts.CORE);

    private static CourseMark fin(String subject, String mark, String points) {
        return CourseMark.of(Term.FINAL, subject, mark, points, "1");
    }

    private static StudentYear year(List<CourseMark> marks, long enrolled, long present, boolean suspended) {
        return new StudentYear(marks, enrolled, present, suspended);
    }

    @Test
    void aGpaOf249FailsAndExactly250Passes() {
        // 2.49: finals 2.49 and 2.49 at 1 credit -> points 4.98 < 2.5 x 2 = 5.0
        StudentYear low = year(List.of(fin("ela", "C+", "2.49"), fin("math", "C+", "2.49")), 180, 180, false);
        // 2.50: B+ 3.3 and C- 1.7 at 1.5 credits: 4.95 + 2.55 = 7.5 = 2.5 x 3 (a double mean is 2.4999999999999996)
        StudentYear exact = year(List.of(CourseMark.of(Term.FINAL, "ela", "B+", "3.3", "1.5"),
                CourseMark.of(Term.FINAL, "math", "C-", "1.7", "1.5")), 180, 180, false);
        assertThat(rules.ninthGradeAtYearEnd(low).component("gpa").met()).isFalse();
        assertThat(rules.ninthGradeAtYearEnd(low).component("gpa").evidence()).isEqualTo("GPA 2.49 (below 2.5)");
        assertThat(rules.ninthGradeAtYearEnd(exact).component("gpa").met()).isTrue();
        assertThat(rules.ninthGradeAtYearEnd(exact).met()).isTrue();
        assertThat(rules.hsReadiness(low).component("gpa").met()).isFalse();
        assertThat(rules.hsReadiness(exact).met()).isTrue();
    }

    @Test
    void oneDInATermMakesANinthGraderOffTrackButNotAnEighthGraderUnready() {
        // finals all A, one D+ in q2 math: R-9 counts every mark for grade 9, only ela/math finals for grade 8
        StudentYear year = year(List.of(fin("ela", "A", "4"), fin("math", "A", "4"),
                CourseMark.of(Term.Q2, "math", "D+", "1.3", null)), 180, 180, false);
        IndicatorResult ninth = rules.ninthGradeAtYearEnd(year);
        assertThat(ninth.met()).isFalse();
        assertThat(ninth.component("no_d_or_f").evidence()).isEqualTo("1 D or F: D+ in math (q2)");
        assertThat(ninth.component("gpa").met()).isTrue();
        assertThat(rules.hsReadiness(year).met()).isTrue();
    }

    @Test
    void attendanceOf959PercentFailsAnd96Passes() {
        List<CourseMark> good = List.of(fin("ela", "A", "4"), fin("math", "A", "4"));
        // 959 of 1000 days: 100 x 959 = 95,900 < 96 x 1000 = 96,000
        IndicatorResult low = rules.hsReadiness(year(good, 1000, 959, false));
        // 144 of 150: 14,400 >= 96 x 150 = 14,400
        IndicatorResult exact = rules.hsReadiness(year(good, 150, 144, false));
        assertThat(low.met()).isFalse();
        assertThat(low.unmetInWords()).isEqualTo("attendance 95.9% (959 of 1000 days; below 96%)");
        assertThat(exact.met()).isTrue();
        // 143 of 149 is 95.97%: shown rounded down, never as 96.0% beside "below 96%"
        assertThat(rules.hsReadiness(year(good, 149, 143, false)).component("attendance").evidence())
                .isEqualTo("attendance 95.9% (143 of 149 days; below 96%)");
    }

    @Test
    void readinessLooksAtElaAndMathFinalsAndSuspensions() {
        StudentYear peF = year(List.of(fin("ela", "A", "4"), fin("math", "A", "4"), fin("pe", "F", "0")), 180, 180, false);
        // GPA 8 / 3 = 2.67 >= 2.5, the F is in pe: ready
        assertThat(rules.hsReadiness(peF).met()).isTrue();
        StudentYear elaD = year(List.of(fin("ela", "D", "1"), fin("math", "A", "4"), fin("science", "A", "4"),
                fin("social_studies", "A", "4")), 180, 180, false);
        // GPA 13 / 4 = 3.25 but a D in ela
        assertThat(rules.hsReadiness(elaD).unmetInWords()).isEqualTo("1 D or F: D in ela in ELA or math");
        StudentYear suspended = year(List.of(fin("ela", "A", "4"), fin("math", "A", "4")), 180, 180, true);
        assertThat(rules.hsReadiness(suspended).unmetInWords()).isEqualTo("suspended or expelled this year");
    }

    @Test
    void passFailMarksAloneAreNoGpa() {
        StudentYear passOnly = year(List.of(new CourseMark(Term.FINAL, "ela", "P", java.util.Optional.empty(),
                java.util.Optional.empty())), 180, 180, false);
        IndicatorResult result = rules.ninthGradeAtYearEnd(passOnly);
        assertThat(result.component("no_d_or_f").met()).isTrue();
        assertThat(result.component("gpa").met()).isFalse();
        assertThat(result.component("gpa").evidence()).isEqualTo("no GPA (no letter marks with credits among the finals)");
    }

    @Test
    void duringTheYearTheGpaIsTheLatestTermsAndDOrFMarksAccumulate() {
        // q1: A (4) and D (1) -> GPA 2.5 exactly, one D; q2: B (3) and C (2) -> GPA 2.5; q3 not yet known
        StudentYear year = year(List.of(
                CourseMark.of(Term.Q1, "ela", "A", "4", null), CourseMark.of(Term.Q1, "math", "D", "1", null),
                CourseMark.of(Term.Q2, "ela", "B", "3", null), CourseMark.of(Term.Q2, "math", "C", "2", null),
                CourseMark.of(Term.Q3, "ela", "F", "0", null), CourseMark.of(Term.Q3, "math", "F", "0", null)),
                180, 180, false);
        IndicatorResult afterQ2 = rules.ninthGradeAfter(year, Term.Q2).orElseThrow();
        assertThat(afterQ2.checkpoint()).isEqualTo(Term.Q2);
        assertThat(afterQ2.component("gpa").met()).isTrue();
        assertThat(afterQ2.component("gpa").evidence()).isEqualTo("q2 GPA 2.50");
        assertThat(afterQ2.component("no_d_or_f").met()).isFalse(); // the q1 D still counts
        // a student with q1 marks only, asked after s1: q1 is the latest term that has marks
        StudentYear onlyQ1 = year(List.of(CourseMark.of(Term.Q1, "ela", "B", "3", null)), 90, 90, false);
        assertThat(rules.ninthGradeAfter(onlyQ1, Term.S1).orElseThrow().checkpoint()).isEqualTo(Term.Q1);
        assertThat(rules.ninthGradeAfter(onlyQ1, Term.Q1).orElseThrow().met()).isTrue();
        StudentYear noMarks = year(List.of(), 45, 45, false);
        assertThat(rules.ninthGradeAfter(noMarks, Term.Q1)).isEmpty();
    }

    @Test
    void termsEndInSchoolYearOrder() {
        assertThat(Term.Q1.endsNoLaterThan(Term.Q2)).isTrue();
        assertThat(Term.Q2.endsNoLaterThan(Term.Q1)).isFalse();
        assertThat(Term.S1.endsNoLaterThan(Term.Q3)).isTrue();
        assertThat(Term.S2.endsNoLaterThan(Term.FINAL)).isTrue();
        assertThat(Term.FINAL.endsNoLaterThan(Term.S2)).isFalse();
        assertThat(Term.Q1.monthsIntoYear()).isEqualTo(4); // October: July = 1 .. October = 4
    }
}
