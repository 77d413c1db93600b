package org.flashlight.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;

class TestGapClosingTarget {

    @Test
    void closesOneThirdOfTheGapInSixEqualSteps() {
        // baseline 40%, goal 100%: gap 60, a third is 20, a year 20/6 = 10/3.
        GapClosingTarget targets = GapClosingTarget.massachusetts(Fraction.of(40), Fraction.of(100));
        assertThat(targets.path()).containsExactly(Fraction.of(40), Fraction.of(130, 3), Fraction.of(140, 3),
                Fraction.of(50), Fraction.of(160, 3), Fraction.of(170, 3), Fraction.of(60));
    }

    @Test
    void aLowerIsBetterIndicatorFallsTowardZero() {
        // chronic absence 12%, goal 0: year 3 = 0.12 - 0.12 x (1/3) x (3/6) = 0.12 - 0.02 = 0.10.
        GapClosingTarget targets = GapClosingTarget.massachusetts(Fraction.of("0.12"), Fraction.ZERO);
        assertThat(targets.target(3)).isEqualTo(Fraction.of("0.10"));
        assertThat(targets.target(6)).isEqualTo(Fraction.of("0.08"));
    }

    @Test
    void hasTargetsOnlyForTheYearsOfThePlan() {
        GapClosingTarget targets = GapClosingTarget.massachusetts(Fraction.of(40), Fraction.of(100));
        assertThatThrownBy(() -> targets.target(7)).hasMessageContaining("0..6");
    }

    @Test
    void interimBenchmarksPlotActualsAgainstThePath() {
        GapClosingTarget targets = GapClosingTarget.massachusetts(Fraction.of(40), Fraction.of(100));
        List<InterimBenchmarks.Benchmark> path = InterimBenchmarks.path(targets, 2018, Direction.HIGHER,
                Map.of(2019, Fraction.of(43), 2020, Fraction.of(47)));
        assertThat(path).hasSize(7);
        assertThat(path.get(0).year()).isEqualTo(2018);
        // 2019: 43 < 130/3 = 43.33: off track. 2020: 47 >= 140/3 = 46.67: on track. 2021: no actual.
        assertThat(path.get(1).onTrack()).hasValue(false);
        assertThat(path.get(2).onTrack()).hasValue(true);
        assertThat(path.get(3).actual()).isEmpty();
        assertThat(path.get(3).onTrack()).isEmpty();
        assertThat(path.get(6).target()).isEqualTo(Fraction.of(60));
    }
}
