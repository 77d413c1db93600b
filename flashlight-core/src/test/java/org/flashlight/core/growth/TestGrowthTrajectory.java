package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Percentile growth trajectories on models whose fitted quantiles do not depend on the priors (every spline
 * coefficient 0), so each year's quantiles are known by hand: grade g's model predicts base(g) + q for the
 * q-th quantile, q = 0..99; growing at percentile p gives its p-th quantile, base(g) + p - 1.
 */
class TestGrowthTrajectory {
    private static final SplineKnots KNOTS = new SplineKnots(new double[] {200, 300, 400, 500}, 100, 900);

    /** A one-prior model whose q-th fitted quantile is base + q whatever the prior. */
    private static GrowthModel flat(double base) {
        double[][] coefficients = new double[100][8]; // intercept + 7 basis columns
        for (int q = 0; q < 100; q++) {
            coefficients[q][0] = base + q;
        }
        return GrowthModel.of(List.of(KNOTS), coefficients);
    }

    private static final Map<Integer, GrowthModel> BY_GRADE = Map.of(4, flat(400), 5, flat(500), 6, flat(600));
    private static final GrowthTrajectory.Models MODELS = (grade, priors) -> Optional.ofNullable(BY_GRADE.get(grade));

    /** A grade-3 student scoring 350, projected over {@code years} years. */
    private static GrowthTrajectory trajectory(int years) {
        return GrowthTrajectory.of(MODELS, 3, new double[] {350}, years).orElseThrow();
    }

    @Test
    void aSustainedPercentileTakesItsQuantileEachYear() {
        // from grade 3 at percentile 50: grade 4 -> 400 + 49, grade 5 -> 549, grade 6 -> 649
        assertThat(trajectory(1).project(50)).isEqualTo(449);
        assertThat(trajectory(3).project(50)).isEqualTo(649);
        assertThat(trajectory(3).project(1)).isEqualTo(600);
        assertThat(trajectory(3).project(99)).isEqualTo(698);
    }

    @Test
    void aGradeWithoutAModelEndsTheTrajectory() {
        // grade 7 has no model
        assertThat(GrowthTrajectory.of(MODELS, 4, new double[] {420}, 3)).isEmpty();
        assertThat(GrowthTrajectory.of(MODELS, 4, new double[] {420}, 2)).isPresent();
    }

    @Test
    void thePercentileNeededIsTheLowestThatReachesTheCut() {
        // cut 620 in grade 6: 600 + p - 1 >= 620 -> p >= 21
        assertThat(trajectory(3).percentileNeeded(new BigDecimal("620"))).hasValue(21);
        // cut 600: even percentile 1 reaches it (600 + 0)
        assertThat(trajectory(3).percentileNeeded(new BigDecimal("600"))).hasValue(1);
        // cut 699: 99 gives 698, short of it
        assertThat(trajectory(3).percentileNeeded(new BigDecimal("699"))).isEmpty();
    }

    @Test
    void reachingACutIsExact() {
        assertThat(GrowthTrajectory.reaches(2502.0, new BigDecimal("2502"))).isTrue();
        assertThat(GrowthTrajectory.reaches(2501.99999, new BigDecimal("2502"))).isFalse();
        // 0.1 + 0.2 as a double is 0.30000000000000004: above 0.3 exactly
        assertThat(GrowthTrajectory.reaches(0.1 + 0.2, new BigDecimal("0.3"))).isTrue();
    }
}
