package org.flashlight.core.growth;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Percentile growth trajectories and the growth needed to reach a cut score (growth.md "Projections"), by the
 * rule of the SGP package's studentGrowthProjections (see docs/growth.md "Projections" for the rule and a
 * worked example).
 *
 * <p>Trajectory q (q = 1..100) is the path of a student who grows at the q-th percentile every year. Year 1:
 * the 100 fitted quantiles of the next progression's model given the student's scores, sorted; trajectory q
 * takes the q-th. Year k > 1: trajectory q's candidate is the q-th quantile function of year k's model
 * evaluated at trajectory q's own scores so far (the student's scores, then trajectory q's projections); the
 * 100 candidates are clamped into the grade's score range, sorted, and trajectory q takes the q-th smallest;
 * every projection is rounded to 5 decimals.
 *
 * <p>The percentile needed to reach a cut in the last year projected is the lowest q whose trajectory reaches
 * it (score >= cut), with 100 and "none" reported as 99, as the package does.
 */
public final class GrowthProjection {
    private GrowthProjection() {
    }

    /**
     * The 100 trajectories: result[k][q - 1] is trajectory q's projected score in year k + 1.
     *
     * @param nextModels one model per year ahead (the first for next year's grade); each uses the last
     *                   {@code priors()} scores of the history
     * @param bounds     each year's score range (the same length as nextModels)
     * @param scores     the student's scores, oldest first, the current score last
     */
    public static double[][] trajectories(List<GrowthModel> nextModels, List<ScoreRange> bounds, double[] scores) {
        if (nextModels.isEmpty()) {
            throw new IllegalArgumentException("a projection needs at least one next-year model");
        }
        if (bounds.size() != nextModels.size()) {
            throw new IllegalArgumentException(nextModels.size() + " models but " + bounds.size() + " score ranges");
        }
        int percentiles = GrowthModel.QUANTILE_COUNT;
        // history[q] = trajectory q's scores so far, oldest first
        double[][] history = new double[percentiles][];
        for (int q = 0; q < percentiles; q++) {
            history[q] = scores.clone();
        }
        double[][] projected = new double[nextModels.size()][];
        for (int year = 0; year < nextModels.size(); year++) {
            GrowthModel model = nextModels.get(year);
            double[] candidates = new double[percentiles];
            for (int q = 0; q < percentiles; q++) {
                double[] priors = lastScores(history[q], model.priors());
                candidates[q] = bounds.get(year).clamp(model.quantileAt(q, priors));
            }
            Arrays.sort(candidates);
            for (int q = 0; q < percentiles; q++) {
                candidates[q] = Rounding.half5(candidates[q]);
                history[q] = append(history[q], candidates[q]);
            }
            projected[year] = candidates;
        }
        return projected;
    }

    /** {@link #trajectories(List, List, double[])} without score ranges. */
    public static double[][] trajectories(List<GrowthModel> nextModels, double[] scores) {
        return trajectories(nextModels, Collections.nCopies(nextModels.size(), ScoreRange.UNBOUNDED), scores);
    }

    /**
     * The lowest growth percentile (1..99) whose trajectory reaches the cut score (score >= cut) in the last
     * year of nextModels; 99 when only the 100th trajectory or none reaches it (the package's convention).
     */
    public static int percentileNeeded(List<GrowthModel> nextModels, List<ScoreRange> bounds, double[] scores, double cut) {
        double[][] paths = trajectories(nextModels, bounds, scores);
        double[] finalYear = paths[paths.length - 1];
        return Percentiles.clamp(Percentiles.countBelow(finalYear, cut) + 1);
    }

    /**
     * The lowest growth percentile (1..99) whose projected score in {@code finalYear} (one year of
     * {@link #trajectories}, sorted) reaches the cut, or empty when only the 100th trajectory or none does (where
     * {@link #percentileNeeded} reports the package's 99).
     */
    public static java.util.OptionalInt percentileReaching(double[] finalYear, double cut) {
        int needed = Percentiles.countBelow(finalYear, cut) + 1;
        return needed <= 99 ? java.util.OptionalInt.of(needed) : java.util.OptionalInt.empty();
    }

    /** {@link #percentileNeeded(List, List, double[], double)} without score ranges. */
    public static int percentileNeeded(List<GrowthModel> nextModels, double[] scores, double cut) {
        return percentileNeeded(nextModels, Collections.nCopies(nextModels.size(), ScoreRange.UNBOUNDED), scores, cut);
    }

    private static double[] lastScores(double[] history, int count) {
        if (history.length < count) {
            throw new IllegalArgumentException("the model needs " + count + " prior scores, the history has " + history.length);
        }
        return Arrays.copyOfRange(history, history.length - count, history.length);
    }

    private static double[] append(double[] values, double value) {
        double[] longer = Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }
}
