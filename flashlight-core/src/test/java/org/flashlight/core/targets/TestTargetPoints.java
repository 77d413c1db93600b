package org.flashlight.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;

class TestTargetPoints {

    private final TargetPoints achievement = TargetPoints.of(Direction.HIGHER, "0.5");
    private final Fraction target = Fraction.of(500);

    private PointCategory category(String value, String prior) {
        Optional<Fraction> before = prior == null ? Optional.empty() : Optional.of(Fraction.of(prior));
        return achievement.award(Fraction.of(value), before, target).category();
    }

    @Test
    void exceededMeansMoreThanTheToleranceAboveTheTarget() {
        assertThat(category("500.6", "490")).isEqualTo(PointCategory.EXCEEDED_TARGET); // 0.6 > 0.5
        assertThat(category("500.5", "490")).isEqualTo(PointCategory.MET_TARGET); // 0.5 is within
    }

    @Test
    void metMeansWithinTheToleranceEitherSide() {
        assertThat(category("499.5", "510")).isEqualTo(PointCategory.MET_TARGET); // even after a decline
        assertThat(category("500", null)).isEqualTo(PointCategory.MET_TARGET);
    }

    @Test
    void belowTheTargetThePriorYearDecides() {
        assertThat(category("499.4", "499.0")).isEqualTo(PointCategory.IMPROVED_BELOW_TARGET);
        assertThat(category("499.4", "499.4")).isEqualTo(PointCategory.NO_CHANGE);
        assertThat(category("499.4", "499.5")).isEqualTo(PointCategory.DECLINED);
        assertThat(category("499.4", null)).isEqualTo(PointCategory.DECLINED);
    }

    @Test
    void pointsFollowTheCategories() {
        assertThat(achievement.award(Fraction.of("500.6"), Optional.empty(), target).points()).isEqualTo(4);
        assertThat(achievement.award(Fraction.of("499.4"), Optional.of(Fraction.of(499)), target).points()).isEqualTo(2);
    }

    @Test
    void statewideBenchmarksAwardPointsBelowTheTarget() {
        // target 500, but the school reached the statewide 90th percentile 495: exceeded; 80th (490): met.
        TargetPoints withBenchmarks = achievement.withBenchmarks(Fraction.of(495), Fraction.of(490));
        assertThat(withBenchmarks.award(Fraction.of(496), Optional.empty(), target).category())
                .isEqualTo(PointCategory.EXCEEDED_TARGET);
        assertThat(withBenchmarks.award(Fraction.of(491), Optional.empty(), target).category())
                .isEqualTo(PointCategory.MET_TARGET);
        assertThat(withBenchmarks.award(Fraction.of(489), Optional.of(Fraction.of(480)), target).category())
                .isEqualTo(PointCategory.IMPROVED_BELOW_TARGET);
    }

    @Test
    void lowerIsBetterMirrorsEveryComparison() {
        // chronic absence target 10.0%, tolerance 0.5 points (0.005).
        TargetPoints chronic = TargetPoints.of(Direction.LOWER, "0.005");
        Fraction goal = Fraction.of("0.10");
        // 9.4%: 0.6 points better than the target: exceeded. 10.4%: within 0.5: met.
        assertThat(chronic.award(Fraction.of("0.094"), Optional.empty(), goal).category())
                .isEqualTo(PointCategory.EXCEEDED_TARGET);
        assertThat(chronic.award(Fraction.of("0.104"), Optional.empty(), goal).category())
                .isEqualTo(PointCategory.MET_TARGET);
        // 11% after 12%: improved; after 10.8%: declined.
        assertThat(chronic.award(Fraction.of("0.11"), Optional.of(Fraction.of("0.12")), goal).category())
                .isEqualTo(PointCategory.IMPROVED_BELOW_TARGET);
        assertThat(chronic.award(Fraction.of("0.11"), Optional.of(Fraction.of("0.108")), goal).category())
                .isEqualTo(PointCategory.DECLINED);
    }

    @Test
    void growthBandsCountTheCutsReached() {
        BandPoints growth = BandPoints.massachusettsGrowth();
        assertThat(growth.points(Fraction.of(60))).isEqualTo(4);
        assertThat(growth.points(Fraction.of("59.9"))).isEqualTo(3);
        assertThat(growth.points(Fraction.of(50))).isEqualTo(3);
        assertThat(growth.points(Fraction.of("49.9"))).isEqualTo(2);
        assertThat(growth.points(Fraction.of(40))).isEqualTo(2);
        assertThat(growth.points(Fraction.of(35))).isEqualTo(1);
        assertThat(growth.points(Fraction.of("29.9"))).isEqualTo(0);
    }
}
