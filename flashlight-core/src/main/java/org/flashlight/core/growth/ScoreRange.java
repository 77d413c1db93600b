package org.flashlight.core.growth;

/**
 * The lowest and highest obtainable scale score of a grade (the SGP package's "loss" and "hoss"); growth
 * projections clamp each projected score into it.
 */
public record ScoreRange(double lowest, double highest) {
    public static final ScoreRange UNBOUNDED = new ScoreRange(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    public ScoreRange {
        if (!(lowest <= highest)) {
            throw new IllegalArgumentException("a score range needs lowest <= highest: " + lowest + ", " + highest);
        }
    }

    double clamp(double score) {
        return Math.max(lowest, Math.min(highest, score));
    }
}
