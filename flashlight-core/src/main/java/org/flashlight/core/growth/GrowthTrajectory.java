package org.flashlight.core.growth;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Percentile growth trajectories (growth.md "Projections"): where a student's score goes if they grow at
 * the same growth percentile every year, projected with the fitted quantiles of one year's progressions
 * (the most recent fits stand in for the years to come, as the SGP package does).
 *
 * <p>One year at percentile p: the next grade's model (the fit with the most priors that the scores so far
 * allow) gives the 100 sorted fitted quantiles for the last scores, and the projected score is the p-th of
 * them, the quantile at tau = (p - 0.5) / 100: the middle of the band of scores whose SGP is p. The
 * projected score then joins the scores as the newest prior of the next year.
 */
public final class GrowthTrajectory {
    /** One year's fitted models. */
    @FunctionalInterface
    public interface Models {
        /** The model of current grade {@code grade} with the most priors, at most {@code maxPriors}, if fitted. */
        Optional<GrowthModel> find(int grade, int maxPriors);
    }

    private GrowthTrajectory() {
    }

    /**
     * The score after {@code years} years at percentile {@code percentile} from grade {@code grade}, or empty
     * when a grade on the way has no model.
     *
     * @param scoresOldestFirst the student's consecutive scores, the current one last
     */
    public static OptionalDouble project(Models models, int grade, double[] scoresOldestFirst, int percentile,
            int years) {
        if (percentile < 1 || percentile > 99) {
            throw new IllegalArgumentException("a growth percentile is 1..99, not " + percentile);
        }
        double[] scores = scoresOldestFirst.clone();
        for (int year = 1; year <= years; year++) {
            Optional<GrowthModel> model = models.find(grade + year, scores.length);
            if (model.isEmpty()) {
                return OptionalDouble.empty();
            }
            int priors = model.get().priors();
            double[] fitted = model.get().fittedQuantiles(Arrays.copyOfRange(scores, scores.length - priors,
                    scores.length));
            scores = Arrays.copyOf(scores, scores.length + 1);
            scores[scores.length - 1] = fitted[percentile - 1];
        }
        return OptionalDouble.of(scores[scores.length - 1]);
    }

    /** Whether a (projected) score is at or above a cut, compared exactly in decimals. */
    public static boolean reaches(double score, BigDecimal cut) {
        return new BigDecimal(score).compareTo(cut) >= 0;
    }

    /**
     * The lowest percentile whose trajectory reaches {@code cut} after {@code years} years: empty when even 99
     * does not, or a grade on the way has no model. Found by bisection: a higher percentile projects a score
     * at least as high each year (sorted quantiles, and the conditional quantiles rise with the priors).
     */
    public static OptionalInt percentileNeeded(Models models, int grade, double[] scoresOldestFirst, int years,
            BigDecimal cut) {
        OptionalDouble top = project(models, grade, scoresOldestFirst, 99, years);
        if (top.isEmpty() || !reaches(top.getAsDouble(), cut)) {
            return OptionalInt.empty();
        }
        int low = 1;
        int high = 99; // reaches
        while (low < high) {
            int middle = (low + high) / 2;
            if (reaches(project(models, grade, scoresOldestFirst, middle, years).orElseThrow(), cut)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return OptionalInt.of(high);
    }
}
