package org.flashlight.core.ontrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.ontrack.SupportListRule.Reason;
import org.junit.jupiter.api.Test;

class TestGapRowAndSupportList {
    @Test
    void theMemosGapIsComputedFromCounts() {
        // 34 of 100 target-group students vs 59 of 100 others: 34.0% vs 59.0%, gap -25.0 points
        GapRow row = new GapRow("ninth_grade_no_df", 2017, "school", "s1", "target_group", Rate.of(34, 100),
                "not_target_group", Rate.of(59, 100));
        assertThat(row.groupPercent()).isEqualByComparingTo("34.0");
        assertThat(row.comparisonPercent()).isEqualByComparingTo("59.0");
        assertThat(row.gapPoints()).isEqualByComparingTo("-25.0");
    }

    @Test
    void theGapIsRoundedOnceFromTheExactFraction() {
        // 1/3 = 33.333..% and 1/6 = 16.666..%: shown 33.3 and 16.7, but the gap is 16.666.. -> 16.7, not 33.3-16.7 = 16.6
        GapRow row = new GapRow("m", 2024, "state", "state", "a", Rate.of(1, 3), "b", Rate.of(1, 6));
        assertThat(row.gapPoints()).isEqualTo(new BigDecimal("16.7"));
        // a tie rounds away from zero: 1/6 - 1/3 = -16.666.. -> -16.7; 1/8 - 1/5 = -7.5 exactly; 1/16 = 6.25 -> 6.3
        assertThat(new GapRow("m", 2024, "state", "state", "b", Rate.of(1, 6), "a", Rate.of(1, 3)).gapPoints())
                .isEqualTo(new BigDecimal("-16.7"));
        assertThat(new GapRow("m", 2024, "state", "state", "a", Rate.of(1, 8), "b", Rate.of(1, 5)).gapPoints())
                .isEqualTo(new BigDecimal("-7.5"));
        assertThat(Rate.of(1, 16).percent()).isEqualTo(new BigDecimal("6.3"));
        assertThatThrownBy(() -> Rate.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGapsChangeIsRoundedOnceFromTheFourRates() {
        // 2024: 1/3 vs 1/6, gap 16.666..; 2023: 1/4 vs 1/6, gap 8.333..: shown 16.7 and 8.3, whose difference is 8.4,
        // but the exact change is 16.666.. - 8.333.. = 8.333.. -> 8.3
        GapRow now = new GapRow("m", 2024, "state", "state", "a", Rate.of(1, 3), "b", Rate.of(1, 6));
        GapRow prior = new GapRow("m", 2023, "state", "state", "a", Rate.of(1, 4), "b", Rate.of(1, 6));
        assertThat(now.gapPoints()).isEqualTo(new BigDecimal("16.7"));
        assertThat(prior.gapPoints()).isEqualTo(new BigDecimal("8.3"));
        assertThat(now.gapChangeSince(prior)).isEqualTo(new BigDecimal("8.3"));
    }

    @Test
    void aGroupsRateAndItsChangeSinceTheYearBefore() {
        // 45 of 60 = 75.0% this year, 41 of 58 = 70.689..% -> 70.7 last year; change 75 - 70.689.. = 4.310.. -> 4.3
        GroupRate rate = new GroupRate("ninth_grade_on_track", 2025, "district", "d1", "swd", Rate.of(45, 60),
                Optional.of(Rate.of(41, 58)));
        assertThat(rate.percent()).isEqualTo(new BigDecimal("75.0"));
        assertThat(rate.priorYearPercent()).contains(new BigDecimal("70.7"));
        assertThat(rate.changePoints()).contains(new BigDecimal("4.3"));
        // days over days keep their decimals exact: 170.5 of 180 days = 94.722..% -> 94.7
        assertThat(new Rate(new BigDecimal("170.5"), new BigDecimal("180")).percent()).isEqualTo(new BigDecimal("94.7"));
        GroupRate first = new GroupRate("m", 2017, "state", "state", "all", Rate.of(1, 2), Optional.empty());
        assertThat(first.changePoints()).isEmpty();
        assertThat(first.priorYearPercent()).isEmpty();
    }

    @Test
    void supportListReasons() {
        SupportListRule rule = new SupportListRule(0.5);
        // 0.49 below, was 0.62: newly below and below
        assertThat(rule.reasons(0.49, Optional.of(0.62), Optional.empty(), Optional.empty()))
                .containsExactly(Reason.NEWLY_BELOW_THRESHOLD, Reason.BELOW_THRESHOLD);
        // exactly at the threshold is not below
        assertThat(rule.reasons(0.5, Optional.of(0.7), Optional.empty(), Optional.empty())).isEmpty();
        // above the threshold but newly off track on the rule (met at q1, not at q2)
        assertThat(rule.reasons(0.8, Optional.of(0.85), Optional.of(false), Optional.of(true)))
                .isEqualTo(List.of(Reason.NEWLY_OFF_TRACK));
        // off track both times and above the threshold: not listed
        assertThat(rule.reasons(0.8, Optional.empty(), Optional.of(false), Optional.of(false))).isEmpty();
        // first update: below, nothing to compare with
        assertThat(rule.reasons(0.2, Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactly(Reason.BELOW_THRESHOLD);
        assertThatThrownBy(() -> new SupportListRule(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topFactorsByAbsoluteContributionInFeatureOrderOnTies() {
        List<Factor> factors = List.of(new Factor(OnTrackFeature.G8_GPA, "2.10", -0.4),
                new Factor(OnTrackFeature.G8_ATTENDANCE, "91.0%", 0.4), new Factor(OnTrackFeature.SEL_MEAN, "3.10", 0.1),
                new Factor(OnTrackFeature.G9_D_OR_F_MARKS, "2", -0.9));
        List<Factor> top = Factor.top(factors, 3);
        assertThat(top).extracting(Factor::feature).containsExactly(OnTrackFeature.G9_D_OR_F_MARKS,
                OnTrackFeature.G8_GPA, OnTrackFeature.G8_ATTENDANCE);
        assertThat(Factor.codes(top)).isEqualTo("g9_d_or_f_marks:-0.900|g8_gpa:-0.400|g8_attendance:+0.400");
        assertThat(top.get(0).inWords()).isEqualTo("D or F marks in grade 9 so far 2 (lowers)");
        assertThat(new Factor(OnTrackFeature.G9_GPA_MISSING, "yes", -1.2).inWords()).isEqualTo("no grade 9 GPA (lowers)");
        assertThat(new Factor(OnTrackFeature.SEL_MISSING, "no", 0.1).inWords())
                .isEqualTo("has social-emotional survey (raises)");
    }
}
