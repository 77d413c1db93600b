package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TestQuantileRegression {
    @Test
    void interceptOnlyMedianOfAnOddSampleIsTheMiddleValue() {
        double[][] x = column(5);
        double[] y = {20, 1, 8, 3, 7};
        // sorted 1 3 7 8 20: the median 7 is the unique minimizer
        assertThat(QuantileRegression.fit(x, y, 0.5)[0]).isCloseTo(7, within(1e-12));
    }

    @Test
    void interceptOnlyMedianOfAnEvenSampleIsAnEndOfTheMedianInterval() {
        double[][] x = column(4);
        double[] y = {1, 2, 3, 4};
        // every b in [2, 3] minimizes 0.5 * sum |y - b| = 0.5 * ((b - 1) + (b - 2) + (3 - b) + (4 - b)) = 2.
        // The solver returns a vertex (an observed value): it starts at the observation nearest the least-squares
        // fit 2.5 (2 and 3 tie; the lower index wins: 2) and pivots only while the objective strictly falls, so 2.
        double[] b = QuantileRegression.fit(x, y, 0.5);
        assertThat(b[0]).isCloseTo(2, within(1e-12));
        assertThat(QuantileRegression.checkLoss(x, y, 0.5, b)).isCloseTo(2, within(1e-12));
    }

    @Test
    void aSmallLinearProgramSolvedByHand() {
        // y = 1, 2, 3, 4, 5 on an intercept, tau = 0.75: the 0.75 quantile of 5 values is the ceil(3.75) = 4th, 4.
        // Check-function objective there: residuals -3, -2, -1, 0, 1 -> 0.25 * (3 + 2 + 1) + 0.75 * 1 = 2.25
        double[][] x = column(5);
        double[] y = {1, 2, 3, 4, 5};
        double[] b = QuantileRegression.fit(x, y, 0.75);
        assertThat(b[0]).isCloseTo(4, within(1e-12));
        assertThat(QuantileRegression.checkLoss(x, y, 0.75, b)).isCloseTo(2.25, within(1e-12));
    }

    @Test
    void aLineThroughThreeOfFourPointsIgnoresTheOutlierAtTheMedian() {
        // (0, 0), (1, 1), (2, 2), (3, 10): y = x fits three points; moving off it costs 0.5 per point per unit on the
        // three and saves at most 0.5 per unit on the one, so (0, 1) is the unique LAD line, loss 0.5 * 7 = 3.5
        double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 3}};
        double[] y = {0, 1, 2, 10};
        double[] b = QuantileRegression.fit(x, y, 0.5);
        assertThat(b[0]).isCloseTo(0, within(1e-12));
        assertThat(b[1]).isCloseTo(1, within(1e-12));
        assertThat(QuantileRegression.checkLoss(x, y, 0.5, b)).isCloseTo(3.5, within(1e-12));
    }

    @Test
    void anExactLinearRelationIsRecoveredAtEveryTau() {
        Random random = new Random(11);
        double[] truth = {3, -2, 0.5, 7};
        double[][] x = new double[60][];
        double[] y = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {1, random.nextDouble(), random.nextDouble() * 10, random.nextGaussian()};
            for (int c = 0; c < truth.length; c++) {
                y[i] += x[i][c] * truth[c];
            }
        }
        double[][] fits = QuantileRegression.fitAll(x, y, new double[] {0.05, 0.3, 0.5, 0.77, 0.95});
        for (double[] b : fits) {
            for (int c = 0; c < truth.length; c++) {
                assertThat(b[c]).isCloseTo(truth[c], within(1e-9));
            }
        }
    }

    @Test
    void noPerturbationOfTheSolutionLowersTheCheckLoss() {
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            SplineKnots knots = new SplineKnots(new double[] {-1, -0.3, 0.3, 1}, -4, 4);
            BSplineBasis basis = new BSplineBasis(knots);
            double[][] x = new double[400][];
            double[] y = new double[400];
            for (int i = 0; i < x.length; i++) {
                double prior = random.nextGaussian();
                x[i] = new double[8];
                x[i][0] = 1;
                basis.evaluate(prior, x[i], 1);
                y[i] = Math.rint(10 * (prior + 0.6 * random.nextGaussian())); // integers: ties, as real scores
            }
            double[] taus = {0.005, 0.105, 0.5, 0.895, 0.995};
            double[][] fits = QuantileRegression.fitAll(x, y, taus);
            for (int t = 0; t < taus.length; t++) {
                double best = QuantileRegression.checkLoss(x, y, taus[t], fits[t]);
                for (int trial = 0; trial < 200; trial++) {
                    double[] moved = fits[t].clone();
                    moved[random.nextInt(moved.length)] += (random.nextBoolean() ? 1 : -1) * Math.pow(10, -random.nextInt(6));
                    assertThat(QuantileRegression.checkLoss(x, y, taus[t], moved))
                            .as("seed %d tau %s", seed, taus[t]).isGreaterThanOrEqualTo(best - 1e-9);
                }
            }
        }
    }

    @Test
    void coarseScoresWithManyExactDuplicatesStillReachTheOptimum() {
        // 11 possible current scores and 21 possible priors: most students duplicate another exactly, the
        // degenerate case in which a simplex can cycle
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            SplineKnots knots = new SplineKnots(new double[] {6, 9, 11, 14}, -2, 22);
            BSplineBasis basis = new BSplineBasis(knots);
            double[][] x = new double[3000][];
            double[] y = new double[3000];
            for (int i = 0; i < x.length; i++) {
                int prior = Math.max(0, Math.min(20, (int) Math.rint(10 + 4 * random.nextGaussian())));
                x[i] = new double[8];
                x[i][0] = 1;
                basis.evaluate(prior, x[i], 1);
                y[i] = Math.max(0, Math.min(10, Math.rint(prior / 2.0 + 1.5 * random.nextGaussian())));
            }
            double[] taus = GrowthModel.taus();
            double[][] fits = QuantileRegression.fitAll(x, y, taus);
            for (int t = 0; t < taus.length; t += 11) {
                double best = QuantileRegression.checkLoss(x, y, taus[t], fits[t]);
                for (int trial = 0; trial < 100; trial++) {
                    double[] moved = fits[t].clone();
                    moved[random.nextInt(moved.length)] += (random.nextBoolean() ? 1 : -1) * Math.pow(10, -random.nextInt(5));
                    assertThat(QuantileRegression.checkLoss(x, y, taus[t], moved))
                            .as("seed %d tau %s", seed, taus[t]).isGreaterThanOrEqualTo(best - 1e-9);
                }
            }
        }
    }

    @Test
    void warmStartedChainsFindTheSameOptimumAsSeparateFits() {
        Random random = new Random(3);
        double[][] x = new double[300][];
        double[] y = new double[300];
        for (int i = 0; i < x.length; i++) {
            double v = random.nextDouble() * 4;
            x[i] = new double[] {1, v, v * v};
            y[i] = Math.rint(5 * v + 3 * random.nextGaussian());
        }
        double[] taus = GrowthModel.taus();
        double[][] chained = QuantileRegression.fitAll(x, y, taus);
        for (int t = 0; t < taus.length; t += 7) {
            double separate = QuantileRegression.checkLoss(x, y, taus[t], QuantileRegression.fit(x, y, taus[t]));
            assertThat(QuantileRegression.checkLoss(x, y, taus[t], chained[t])).isCloseTo(separate, within(1e-9));
        }
    }

    private static double[][] column(int n) {
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {1};
        }
        return x;
    }
}
