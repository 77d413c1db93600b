package org.flashlight.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.targets.IndicatorCategory.ACHIEVEMENT;
import static org.flashlight.core.targets.IndicatorCategory.ADDITIONAL;
import static org.flashlight.core.targets.IndicatorCategory.ENGLISH_LANGUAGE_PROFICIENCY;
import static org.flashlight.core.targets.IndicatorCategory.GROWTH;
import static org.flashlight.core.targets.IndicatorCategory.HIGH_SCHOOL_COMPLETION;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples from DESE's published accountability reports (docs/frameworks-sources/ma.md). */
class TestTargetPercentage {

    private static IndicatorPoints p(String indicator, IndicatorCategory category, int earned, int possible) {
        return new IndicatorPoints(indicator, category, earned, possible);
    }

    /** Marlborough 2024, all students, non-high-school grades. */
    private static final List<IndicatorPoints> MARLBOROUGH_NON_HIGH_ALL = List.of(
            p("ela", ACHIEVEMENT, 1, 4), p("math", ACHIEVEMENT, 2, 4), p("science", ACHIEVEMENT, 2, 4),
            p("ela_growth", GROWTH, 2, 4), p("math_growth", GROWTH, 2, 4),
            p("elp", ENGLISH_LANGUAGE_PROFICIENCY, 0, 4), p("chronic", ADDITIONAL, 4, 4));

    /** Marlborough 2024, lowest performing students, non-high-school grades. */
    private static final List<IndicatorPoints> MARLBOROUGH_NON_HIGH_LOWEST = List.of(
            p("ela", ACHIEVEMENT, 3, 4), p("math", ACHIEVEMENT, 4, 4),
            p("ela_growth", GROWTH, 2, 4), p("math_growth", GROWTH, 2, 4), p("chronic", ADDITIONAL, 4, 4));

    @Test
    void weightedTotalsMatchThePublishedReport() {
        // 5 x 0.60 + 4 x 0.20 + 0 x 0.10 + 4 x 0.10 = 4.2 of 12 x 0.6 + 8 x 0.2 + 4 x 0.1 + 4 x 0.1 = 9.6
        WeightedTotal all = WeightedTotal.of(MARLBOROUGH_NON_HIGH_ALL, CategoryWeights.nonHighSchool());
        assertThat(all.earned()).isEqualTo(Fraction.of("4.2"));
        assertThat(all.possible()).isEqualTo(Fraction.of("9.6"));
        // lowest performing, weights 67.5/22.5/10: 7 x 0.675 + 4 x 0.225 + 4 x 0.1 = 6.025 (printed 6.0)
        // of 8 x 0.675 + 8 x 0.225 + 4 x 0.1 = 7.6
        WeightedTotal lowest = WeightedTotal.of(MARLBOROUGH_NON_HIGH_LOWEST, CategoryWeights.nonHighSchoolWithoutElp());
        assertThat(lowest.earned()).isEqualTo(Fraction.of("6.025"));
        assertThat(lowest.possible()).isEqualTo(Fraction.of("7.6"));
    }

    @Test
    void highSchoolWeightsIncludeCompletion() {
        // Marlborough 2024, all students, high-school grades: 9/12 x 40, 6/8 x 20, 5/12 x 20, 3/4 x 10,
        // 6/8 x 10 -> 3.6 + 1.2 + 1.0 + 0.3 + 0.6 = 6.7 of 4.8 + 1.6 + 2.4 + 0.4 + 0.8 = 10.0
        List<IndicatorPoints> points = List.of(p("ela", ACHIEVEMENT, 4, 4), p("math", ACHIEVEMENT, 4, 4),
                p("science", ACHIEVEMENT, 1, 4), p("ela_growth", GROWTH, 3, 4), p("math_growth", GROWTH, 3, 4),
                p("grad", HIGH_SCHOOL_COMPLETION, 0, 4), p("engagement", HIGH_SCHOOL_COMPLETION, 1, 4),
                p("dropout", HIGH_SCHOOL_COMPLETION, 4, 4), p("elp", ENGLISH_LANGUAGE_PROFICIENCY, 3, 4),
                p("chronic", ADDITIONAL, 4, 4), p("advanced", ADDITIONAL, 2, 4));
        WeightedTotal total = WeightedTotal.of(points, CategoryWeights.highSchool());
        assertThat(total.earned()).isEqualTo(Fraction.of("6.7"));
        assertThat(total.possible()).isEqualTo(Fraction.of(10));
    }

    @Test
    void allStudentsCount75AndLowestPerforming25() {
        // 0.75 x 4.2/9.6 + 0.25 x 6.025/7.6 = 0.75 x 7/16 + 0.25 x 241/304 = 399/1216 + 241/1216 = 10/19
        Fraction all = WeightedTotal.of(MARLBOROUGH_NON_HIGH_ALL, CategoryWeights.nonHighSchool()).share().orElseThrow();
        Fraction lowest = WeightedTotal.of(MARLBOROUGH_NON_HIGH_LOWEST, CategoryWeights.nonHighSchoolWithoutElp())
                .share().orElseThrow();
        assertThat(all).isEqualTo(Fraction.of(7, 16));
        assertThat(TargetPercentage.gradeSpan(all, Optional.of(lowest))).isEqualTo(Fraction.of(10, 19));
        assertThat(TargetPercentage.gradeSpan(all, Optional.empty())).isEqualTo(all);
    }

    @Test
    void gradeSpansAndYearsCombineAsTheStateReportShows() {
        // Massachusetts 2019, all students: non-high 5.4/9.6 = 0.5625 (weight 66%), high 3.5/10 = 0.35
        // (34%): 0.5625 x 0.66 + 0.35 x 0.34 = 0.37125 + 0.119 = 0.49025 (printed 49%).
        Fraction annual = TargetPercentage.acrossGradeSpans(List.of(Fraction.of("0.5625"), Fraction.of("0.35")),
                List.of(Fraction.of(66), Fraction.of(34)));
        assertThat(annual).isEqualTo(Fraction.of("0.49025"));
        // cumulative: 0.4 x 42% (2018) + 0.6 x 49% (2019) = 16.8 + 29.4 = 46.2% (printed 46%).
        assertThat(TargetPercentage.cumulative(Optional.of(Fraction.of("0.42")), Fraction.of("0.49")))
                .isEqualTo(Fraction.of("0.462"));
        assertThat(TargetPercentage.cumulative(Optional.empty(), Fraction.of("0.49"))).isEqualTo(Fraction.of("0.49"));
        assertThatThrownBy(() -> TargetPercentage.acrossGradeSpans(List.of(Fraction.ONE), List.of()))
                .hasMessageContaining("one weight per grade span");
    }

    @Test
    void aCategoryWithoutAWeightIsAnError() {
        assertThatThrownBy(() -> WeightedTotal.of(List.of(p("elp", ENGLISH_LANGUAGE_PROFICIENCY, 1, 4)),
                CategoryWeights.nonHighSchoolWithoutElp())).hasMessageContaining("elp: category");
    }

    @Test
    void categoriesHaveInclusiveLowerBounds() {
        ProgressCategories labels = ProgressCategories.massachusetts2019();
        assertThat(labels.label(Fraction.of("0.75"))).isEqualTo("Meeting or exceeding targets");
        assertThat(labels.label(Fraction.of("0.7499"))).isEqualTo("Substantial progress toward targets");
        assertThat(labels.label(Fraction.of("0.5"))).isEqualTo("Substantial progress toward targets");
        assertThat(labels.label(Fraction.of("0.462"))).isEqualTo("Moderate progress toward targets");
        assertThat(labels.label(Fraction.of("0.2499"))).isEqualTo("Limited or no progress toward targets");
        assertThat(ProgressCategories.massachusetts2018().label(Fraction.of("0.42"))).isEqualTo("Partially meeting targets");
    }
}
