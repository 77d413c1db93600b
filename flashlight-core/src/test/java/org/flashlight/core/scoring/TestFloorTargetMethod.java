package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.FloorTargetMethod.LongTermGoal;
import org.flashlight.core.scoring.FloorTargetMethod.P10P90;
import org.flashlight.core.scoring.FloorTargetMethod.Research;
import org.junit.jupiter.api.Test;

class TestFloorTargetMethod {

    /** 0.00, 0.10, .., 1.00 (n - 1 = 10): p10 = x_1 = 0.10, p90 = x_9 = 0.90. */
    private static final List<BigDecimal> VALUES =
            IntStream.rangeClosed(0, 10).mapToObj(i -> BigDecimal.valueOf(i, 1)).toList();

    @Test
    void p10p90TakesTheTenthAndNinetiethPercentiles() {
        assertFloorTarget(new P10P90().compute(VALUES, Direction.HIGHER), "0.10", "0.90");
        // lower is better: the worst tenth is the top one
        assertFloorTarget(new P10P90().compute(VALUES, Direction.LOWER), "0.90", "0.10");
    }

    @Test
    void longTermGoalMovesTheTargetASeventhOfTheWayToTheGoal() {
        // 0.90 + (0.97 - 0.90) / 7 = 0.90 + 0.01 = 0.91
        assertFloorTarget(new LongTermGoal(d("0.97")).compute(VALUES, Direction.HIGHER), "0.10", "0.91");
        // lower is better: 0.10 + (0.03 - 0.10) / 7 = 0.10 - 0.01 = 0.09; floor p90
        assertFloorTarget(new LongTermGoal(d("0.03")).compute(VALUES, Direction.LOWER), "0.90", "0.09");
        // three cycles: 0.90 + (0.99 - 0.90) / 3 = 0.93
        assertFloorTarget(new LongTermGoal(d("0.99"), 3, Optional.empty()).compute(VALUES, Direction.HIGHER),
                "0.10", "0.93");
    }

    @Test
    void longTermGoalDividesWithThirtyFourSignificantDigits() {
        // 0.10 / 7 = 0.014285714285714285714285714285714285|71.. -> 34 digits, half-even:
        // 0.01428571428571428571428571428571429; + 0.90
        assertFloorTarget(new LongTermGoal(d("1.00")).compute(VALUES, Direction.HIGHER),
                "0.10", "0.91428571428571428571428571428571429");
    }

    @Test
    void maxFloorCapsHowDemandingTheFloorIs() {
        // higher is better: floor = min(p10 = 0.10, cap)
        assertFloorTarget(new P10P90(Optional.of(d("0.05"))).compute(VALUES, Direction.HIGHER), "0.05", "0.90");
        assertFloorTarget(new P10P90(Optional.of(d("0.20"))).compute(VALUES, Direction.HIGHER), "0.10", "0.90");
        // lower is better: floor = max(p90 = 0.90, cap)
        assertFloorTarget(new P10P90(Optional.of(d("0.95"))).compute(VALUES, Direction.LOWER), "0.95", "0.10");
        assertFloorTarget(new P10P90(Optional.of(d("0.80"))).compute(VALUES, Direction.LOWER), "0.90", "0.10");
        // ltg too: 0.90 + (0.97 - 0.90) / 7 = 0.91, floor min(0.10, 0.04)
        assertFloorTarget(new LongTermGoal(d("0.97"), 7, Optional.of(d("0.04"))).compute(VALUES, Direction.HIGHER),
                "0.04", "0.91");
    }

    @Test
    void researchUsesTheFilesFloorAndTargetWhateverTheSchoolsDid() {
        assertFloorTarget(new Research(d("3"), d("6")).compute(VALUES, Direction.HIGHER), "3", "6");
        assertFloorTarget(new Research(d("3"), d("6")).compute(List.of(), Direction.HIGHER), "3", "6");
    }

    @Test
    void noSchoolValuesGiveNoPercentileFloorOrTarget() {
        assertThat(new P10P90().compute(List.of(), Direction.HIGHER)).isEmpty();
        assertThat(new LongTermGoal(d("0.9")).compute(List.of(), Direction.LOWER)).isEmpty();
    }

    @Test
    void methodIdsAreTheFrameworkFilesNames() {
        assertThat(new P10P90().id()).isEqualTo("p10_p90");
        assertThat(new LongTermGoal(d("1")).id()).isEqualTo("ltg");
        assertThat(new Research(d("0"), d("1")).id()).isEqualTo("research");
    }

    @Test
    void rejectsUnscoredMetricsAndCyclesBelowOne() {
        assertThatThrownBy(() -> new P10P90().compute(VALUES, Direction.NONE)).hasMessageContaining("'none'");
        assertThatThrownBy(() -> new Research(d("0"), d("1")).compute(VALUES, Direction.NONE))
                .hasMessageContaining("'none'");
        assertThatThrownBy(() -> new LongTermGoal(d("1"), 0, Optional.empty())).hasMessageContaining("cycles");
    }

    private static void assertFloorTarget(Optional<FloorTarget> actual, String floor, String target) {
        assertThat(actual).isPresent();
        assertThat(actual.get().floor()).as("floor").isEqualByComparingTo(floor);
        assertThat(actual.get().target()).as("target").isEqualByComparingTo(target);
    }
}
