package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.util.List;
import org.flashlight.core.scoring.GroupScore.MetricPoints;
import org.junit.jupiter.api.Test;

class TestGroupScore {

    private static final long MIN_N = 10;

    @Test
    void aMetricBelowMinNLeavesBothSums() {
        List<MetricPoints> metrics = List.of(
                new MetricPoints("ela_proficiency", d("10"), d("10"), 30),
                new MetricPoints("math_proficiency", d("8.25"), d("10"), 25),
                new MetricPoints("ela_mgp", d("6"), d("10"), 10), // exactly min n: counts
                new MetricPoints("math_mgp", d("3"), d("10"), 9), // below min n: left out
                new MetricPoints("in_seat_attendance", d("30"), d("60"), 200));
        GroupScore score = GroupScore.of(metrics, MIN_N).orElseThrow();
        // earned 10 + 8.25 + 6 + 30 = 54.25; possible 10 + 10 + 10 + 60 = 90
        assertThat(score.earned()).isEqualByComparingTo("54.25");
        assertThat(score.possible()).isEqualByComparingTo("90");
        assertThat(score.describe()).isEqualTo("54.25 out of 90.00");
        // 54.25 / 90 = 0.6027777.. to 34 digits
        assertThat(score.score()).isEqualTo(d("0.6027777777777777777777777777777778"));
    }

    @Test
    void aGroupWithNoMetricThatCountsIsNotEligible() {
        assertThat(GroupScore.of(List.of(new MetricPoints("ela_proficiency", d("5"), d("10"), 9)), MIN_N)).isEmpty();
        assertThat(GroupScore.of(List.of(), MIN_N)).isEmpty();
    }

    @Test
    void rejectsPointsOutsideZeroToFull() {
        assertThatThrownBy(() -> new MetricPoints("ela_proficiency", d("11"), d("10"), 30))
                .hasMessageContaining("ela_proficiency: points 11 are outside 0..10");
        assertThatThrownBy(() -> new MetricPoints("ela_proficiency", d("-1"), d("10"), 30))
                .hasMessageContaining("outside");
    }
}
