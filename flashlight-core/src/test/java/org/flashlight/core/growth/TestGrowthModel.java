package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestGrowthModel {
    @Test
    void theTausAreTheHundredMidpoints() {
        double[] taus = GrowthModel.taus();
        assertThat(taus).hasSize(100);
        assertThat(taus[0]).isEqualTo(0.005);
        assertThat(taus[1]).isEqualTo(0.015);
        assertThat(taus[99]).isEqualTo(0.995);
    }

    @Test
    void fittedQuantilesAreThePredictionsSortedAndRoundedToFiveDecimals() {
        // f_q(x) = x + (50 - q): descending in q (crossing), so sorting reverses them. At prior 250:
        // the values 299, 298, ..., 200, sorted 200..299
        GrowthModel model = LinearQuantileModels.onePrior(q -> 50 - q);
        double[] fitted = model.fittedQuantiles(new double[] {250});
        assertThat(fitted[0]).isEqualTo(200);
        assertThat(fitted[99]).isEqualTo(299);
        // f_q(x) = x + q / 3: 250.333333333... rounds to 250.33333
        double[] thirds = LinearQuantileModels.onePrior(q -> q / 3.0).fittedQuantiles(new double[] {250});
        assertThat(thirds[0]).isEqualTo(250.33333);
    }

    @Test
    void theSgpCountsFittedQuantilesStrictlyBelowTheScore() {
        // quantiles at prior 250: 250 + (q - 50) = 201..300 for q = 1..100
        GrowthModel model = LinearQuantileModels.onePrior(q -> q - 50);
        double[] prior = {250};
        // 250 equals quantile 49 (201 + 49): equal does not count, 201..249 are below: 49
        assertThat(model.percentile(prior, 250)).isEqualTo(49);
        assertThat(model.percentile(prior, 250.5)).isEqualTo(50);
        // below every quantile: 0 becomes 1; above every one: 100 becomes 99
        assertThat(model.percentile(prior, 100)).isEqualTo(1);
        assertThat(model.percentile(prior, 301)).isEqualTo(99);
        assertThat(model.percentile(prior, 300)).isEqualTo(99); // 99 below, 300 itself equal
    }

    @Test
    void aPredictionThatRoundsToTheScoreDoesNotCount() {
        // quantile q = 250 + (q - 50) - 0.000004: q = 50 gives 249.999996, rounded 250.00000 = the score
        GrowthModel model = LinearQuantileModels.onePrior(q -> q - 50 - 0.000004);
        assertThat(model.percentile(new double[] {250}, 250)).isEqualTo(49);
    }

    @Test
    void sgpsNeverFallAsTheCurrentScoreRises() {
        Cohort cohort = Cohort.simulate(new Random(5), 3000, 2);
        GrowthModel model = GrowthModel.fit(cohort.students, cohort.knots);
        Random random = new Random(6);
        for (int trial = 0; trial < 50; trial++) {
            double[] priors = cohort.students.get(random.nextInt(cohort.students.size())).priors();
            int previous = 0;
            for (double current = 380; current <= 720; current += 0.5) {
                int sgp = model.percentile(priors, current);
                assertThat(sgp).isGreaterThanOrEqualTo(previous).isBetween(1, 99);
                previous = sgp;
            }
        }
    }

    @Test
    void onTheNormingCohortEachDecileOfSgpsHoldsEightToTwelvePercent() {
        // expected shares: SGP 1 takes counts 0 and 1 (1.5%), 99 takes 99 and 100; deciles 1-10: 10.5%, 91-99: 9.5%
        for (int priors = 1; priors <= 2; priors++) {
            Cohort cohort = Cohort.simulate(new Random(40 + priors), 10_000, priors);
            GrowthModel model = GrowthModel.fit(cohort.students, cohort.knots);
            int[] deciles = new int[10];
            for (ProgressionScores student : cohort.students) {
                deciles[Math.min(9, (model.percentile(student.priors(), student.current()) - 1) / 10)]++;
            }
            for (int decile = 0; decile < 10; decile++) {
                assertThat(deciles[decile] / (double) cohort.students.size())
                        .as("%d prior(s), decile %d", priors, decile + 1).isBetween(0.08, 0.12);
            }
        }
    }

    @Test
    void aModelFromCoefficientsChecksTheirShape() {
        double[][] tooFew = new double[99][8];
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GrowthModel.of(List.of(LinearQuantileModels.KNOTS), tooFew))
                .hasMessageContaining("expected 100");
    }

    @Test
    void fitAndPredictUseTheSameDesign() {
        Cohort cohort = Cohort.simulate(new Random(9), 2000, 1);
        GrowthModel model = GrowthModel.fit(cohort.students, cohort.knots);
        // the median quantile function passes through observations: about half the students lie below it
        int below = 0;
        for (ProgressionScores student : cohort.students) {
            below += student.current() < model.quantileAt(49, student.priors()) ? 1 : 0;
        }
        assertThat(below / 2000.0).isCloseTo(0.495, within(0.01));
    }

    @Test
    void fittingTwiceGivesIdenticalCoefficientsAndTheParallelSgpsEqualTheOneByOneSgps() {
        Cohort cohort = Cohort.simulate(new Random(12), 4000, 2);
        GrowthModel first = GrowthModel.fit(cohort.students, cohort.knots);
        GrowthModel second = GrowthModel.fit(cohort.students, cohort.knots);
        for (int q = 0; q < 100; q++) {
            assertThat(second.coefficients(q)).containsExactly(first.coefficients(q));
        }
        int[] parallel = first.percentiles(cohort.students);
        for (int s = 0; s < cohort.students.size(); s++) {
            ProgressionScores student = cohort.students.get(s);
            assertThat(parallel[s]).isEqualTo(first.percentile(student.priors(), student.current()));
        }
    }

    @Test
    void priorScoresThatDoNotSpreadOverTheSplinePiecesAreAnErrorThatSaysSo() {
        List<ProgressionScores> students = new ArrayList<>();
        for (int s = 0; s < 500; s++) {
            students.add(new ProgressionScores("s" + s, new double[] {500 + s % 3}, 480 + s % 40));
        }
        // 3 distinct prior scores cannot determine an intercept and 7 spline coefficients
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> GrowthModel.fit(students, List.of(new SplineKnots(new double[] {400, 450, 550, 600}, 300, 700))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rank");
    }

    @Test
    void aStudentWithTheWrongNumberOfPriorsIsNamed() {
        List<ProgressionScores> students = List.of(new ProgressionScores("A17", new double[] {500, 510}, 520));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GrowthModel.fit(students, List.of(LinearQuantileModels.KNOTS)))
                .hasMessageContaining("A17").hasMessageContaining("2 priors");
    }

    /** A seeded norming cohort: integer scale scores driven by one latent ability, as state tests are. */
    static final class Cohort {
        final List<ProgressionScores> students = new ArrayList<>();
        final List<SplineKnots> knots = new ArrayList<>();

        static Cohort simulate(Random random, int size, int priors) {
            Cohort cohort = new Cohort();
            double[][] pooled = new double[priors][size];
            for (int s = 0; s < size; s++) {
                double ability = random.nextGaussian();
                double[] scores = new double[priors];
                for (int k = 0; k < priors; k++) {
                    scores[k] = Math.rint(480 + 30 * k + 40 * ability + 15 * random.nextGaussian());
                    pooled[k][s] = scores[k];
                }
                double current = Math.rint(480 + 30 * priors + 40 * (ability + 0.3 * random.nextGaussian()) + 15 * random.nextGaussian());
                cohort.students.add(new ProgressionScores("s" + s, scores, current));
            }
            for (double[] grade : pooled) {
                cohort.knots.add(SplineKnots.fromScores(grade));
            }
            return cohort;
        }
    }
}
