package org.flashlight.core.growth;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Percentile growth trajectories of one student (growth.md "Projections"): where the student's score goes
 * if they grow at the same growth percentile every year, projected with the fitted quantiles of one year's
 * progressions (the most recent fits stand in for the years to come, as the SGP package does).
 *
 * <p>One year at percentile p: the next grade's model (the fit with the most priors that the scores so far
 * allow) gives the 100 sorted fitted quantiles for the last scores, and the projected score is the p-th of
 * them, the quantile at tau = (p - 0.5) / 100: the middle of the band of scores whose SGP is p. The
 * projected score then joins the scores as the newest prior of the next year. The first year's quantiles
 * do not depend on p and are computed once. Not thread-safe (one student, one thread).
 */
public final class GrowthTrajectory {
    /** One year's fitted models. */
    @FunctionalInterface
    public interface Models {
        /** The model of current grade {@code grade} with the most priors, at most {@code maxPriors}, if fitted. */
        Optional<GrowthModel> find(int grade, int maxPriors);
    }

    private final Models models;
    private final int grade;
    private final double[] scores;
    private final int years;
    private final double[] firstYear;

    private GrowthTrajectory(Models models, int grade, double[] scores, int years, double[] firstYear) {
        this.models = models;
        this.grade = grade;
        this.scores = scores;
        this.years = years;
        this.firstYear = firstYear;
    }

    /**
     * The trajectories of a student in grade {@code grade} over {@code years} years (at least 1), or empty
     * when a grade on the way has no model.
     *
     * @param scoresOldestFirst the student's consecutive scores, the current one last
     */
    public static Optional<GrowthTrajectory> of(Models models, int grade, double[] scoresOldestFirst, int years) {
        if (years < 1) {
            throw new IllegalArgumentException("a trajectory runs at least 1 year, not " + years);
        }
        for (int year = 1; year <= years; year++) {
            if (models.find(grade + year, scoresOldestFirst.length + year - 1).isEmpty()) {
                return Optional.empty();
            }
        }
        double[] scores = scoresOldestFirst.clone();
        return Optional.of(new GrowthTrajectory(models, grade, scores, years, quantiles(models, grade + 1, scores)));
    }

    /** The score after the trajectory's years at percentile {@code percentile} (1..99). */
    public double project(int percentile) {
        if (percentile < 1 || percentile > 99) {
            throw new IllegalArgumentException("a growth percentile is 1..99, not " + percentile);
        }
        double[] path = Arrays.copyOf(scores, scores.length + years);
        int length = scores.length;
        path[length++] = firstYear[percentile - 1];
        for (int year = 2; year <= years; year++) {
            double[] fitted = quantiles(models, grade + year, Arrays.copyOf(path, length));
            path[length++] = fitted[percentile - 1];
        }
        return path[length - 1];
    }

    /**
     * The lowest percentile whose trajectory reaches {@code cut}, or empty when even 99 does not. Found by
     * bisection: a higher percentile projects a score at least as high each year (sorted quantiles, and the
     * conditional quantiles rise with the priors).
     */
    public OptionalInt percentileNeeded(BigDecimal cut) {
        if (!reaches(project(99), cut)) {
            return OptionalInt.empty();
        }
        int low = 1;
        int high = 99; // reaches
        while (low < high) {
            int middle = (low + high) / 2;
            if (reaches(project(middle), cut)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return OptionalInt.of(high);
    }

    /** Whether a (projected) score is at or above a cut, compared exactly in decimals. */
    public static boolean reaches(double score, BigDecimal cut) {
        return new BigDecimal(score).compareTo(cut) >= 0;
    }

    /** The sorted fitted quantiles of grade {@code toGrade} given the scores so far (its priors the last ones). */
    private static double[] quantiles(Models models, int toGrade, double[] scoresSoFar) {
        GrowthModel model = models.find(toGrade, scoresSoFar.length).orElseThrow();
        return model.fittedQuantiles(Arrays.copyOfRange(scoresSoFar, scoresSoFar.length - model.priors(),
                scoresSoFar.length));
    }
}
