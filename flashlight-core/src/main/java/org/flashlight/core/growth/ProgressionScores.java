package org.flashlight.core.growth;

import java.util.Arrays;
import java.util.Objects;

/**
 * One student of a progression: prior scale scores oldest first, then the current score.
 *
 * @param studentId the student's identifier (not used by the math; carried for the caller)
 * @param priors    prior scale scores, oldest first, the immediate prior last; at least one
 * @param current   the scale score in the progression's current grade and year
 */
public record ProgressionScores(String studentId, double[] priors, double current) {
    public ProgressionScores {
        Objects.requireNonNull(studentId, "studentId is null");
        Objects.requireNonNull(priors, "priors is null");
        if (priors.length == 0) {
            throw new IllegalArgumentException("student " + studentId + " has no prior score");
        }
        priors = priors.clone();
        for (double prior : priors) {
            requireFinite(studentId, prior);
        }
        requireFinite(studentId, current);
    }

    /** A copy: the record stays immutable. */
    @Override
    public double[] priors() {
        return priors.clone();
    }

    double prior(int index) {
        return priors[index];
    }

    int priorCount() {
        return priors.length;
    }

    private static void requireFinite(String studentId, double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("student " + studentId + " has a score that is not a number: " + score);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProgressionScores that
                && studentId.equals(that.studentId)
                && Arrays.equals(priors, that.priors)
                && Double.compare(current, that.current) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, Arrays.hashCode(priors), current);
    }

    @Override
    public String toString() {
        return "ProgressionScores[" + studentId + ", priors=" + Arrays.toString(priors) + ", current=" + current + "]";
    }
}
