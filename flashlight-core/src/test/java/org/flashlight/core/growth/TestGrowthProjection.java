package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestGrowthProjection {
    // next year and the year after: quantile function q is prior + (q - 50) (LinearQuantileModels)
    private static final GrowthModel NEXT = LinearQuantileModels.onePrior(q -> q - 50);
    private static final double[] SCORES = {240, 250}; // last year's and this year's scores

    @Test
    void trajectoryQGrowsAtTheQthPercentileEveryYear() {
        double[][] paths = GrowthProjection.trajectories(List.of(NEXT, NEXT), SCORES);
        // year 1: 250 + (q - 50) = 200 + q; year 2: (200 + q) + (q - 50) = 150 + 2q
        assertThat(paths[0][0]).isEqualTo(201);   // q = 1
        assertThat(paths[0][99]).isEqualTo(300);  // q = 100
        assertThat(paths[1][64]).isEqualTo(280);  // q = 65: 150 + 130
        assertThat(paths[1][99]).isEqualTo(350);
    }

    @Test
    void thePercentileNeededIsTheLowestWhoseTrajectoryReachesTheCut() {
        List<GrowthModel> twoYears = List.of(NEXT, NEXT);
        // 150 + 2q >= 280 from q = 65 (reaching the cut exactly counts); >= 281 from q = 65.5, so 66
        assertThat(GrowthProjection.percentileNeeded(twoYears, SCORES, 280)).isEqualTo(65);
        assertThat(GrowthProjection.percentileNeeded(twoYears, SCORES, 281)).isEqualTo(66);
        // one year: 200 + q >= 280 from q = 80
        assertThat(GrowthProjection.percentileNeeded(List.of(NEXT), SCORES, 280)).isEqualTo(80);
        // already reached at the 1st percentile: 1; reached only by q = 100 or never: 99 (the package's convention)
        assertThat(GrowthProjection.percentileNeeded(twoYears, SCORES, 100)).isEqualTo(1);
        assertThat(GrowthProjection.percentileNeeded(twoYears, SCORES, 350)).isEqualTo(99);
        assertThat(GrowthProjection.percentileNeeded(twoYears, SCORES, 400)).isEqualTo(99);
    }

    @Test
    void projectedScoresAreClampedIntoEachYearsScoreRange() {
        List<ScoreRange> bounds = List.of(new ScoreRange(0, 260), ScoreRange.UNBOUNDED);
        double[][] paths = GrowthProjection.trajectories(List.of(NEXT, NEXT), bounds, SCORES);
        // year 1: min(200 + q, 260); year 2 from the clamped score: q = 100 -> 260 + 50 = 310 (not 350)
        assertThat(paths[0][99]).isEqualTo(260);
        assertThat(paths[1][99]).isEqualTo(310);
        assertThat(paths[1][59]).isEqualTo(270); // q = 60: 260 + 10
    }

    @Test
    void aTwoPriorModelUsesTheLastTwoScoresOfEachTrajectory() {
        // a two-prior model that ignores the older prior: quantile q = immediate prior + (q - 50)
        double[][] coefficients = new double[100][15];
        for (int q = 1; q <= 100; q++) {
            coefficients[q - 1][0] = q - 50;
            System.arraycopy(LinearQuantileModels.LINE, 0, coefficients[q - 1], 8, 7);
        }
        GrowthModel twoPriors = GrowthModel.of(List.of(LinearQuantileModels.KNOTS, LinearQuantileModels.KNOTS), coefficients);
        double[][] paths = GrowthProjection.trajectories(List.of(NEXT, twoPriors), SCORES);
        assertThat(paths[1][64]).isEqualTo(280);
    }
}
