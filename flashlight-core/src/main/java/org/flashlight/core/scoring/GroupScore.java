package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A student group's score under a floors-and-targets framework (STAR-5): points earned / points
 * possible over the metrics that count for the group (at least min n students in the metric's
 * calculation). A metric that does not count leaves both sums ("54.25 out of 90.00"). The group is
 * eligible when at least one metric counts (and its possible points are above 0).
 *
 * @param earned   points earned over the metrics that count
 * @param possible full points of the metrics that count, above 0
 */
public record GroupScore(BigDecimal earned, BigDecimal possible) {

    /**
     * One metric's points for the group.
     *
     * @param metric   metric id
     * @param points   points earned (STAR-4), 0..full
     * @param full     the metric's full points
     * @param students students in the metric's calculation (its denominator)
     */
    public record MetricPoints(String metric, BigDecimal points, BigDecimal full, long students) {
        public MetricPoints {
            Objects.requireNonNull(metric, "metric is null");
            Objects.requireNonNull(points, "points is null");
            Objects.requireNonNull(full, "full is null");
            if (points.signum() < 0 || points.compareTo(full) > 0) {
                throw new IllegalArgumentException(metric + ": points " + points + " are outside 0.." + full);
            }
        }

        public boolean counts(long minN) {
            return students >= minN;
        }
    }

    public GroupScore {
        Objects.requireNonNull(earned, "earned is null");
        Objects.requireNonNull(possible, "possible is null");
        if (possible.signum() <= 0) {
            throw new IllegalArgumentException("a group score needs possible points above 0, not " + possible);
        }
    }

    /** The group's score over the metrics that count; empty when none counts (the group is not eligible). */
    public static Optional<GroupScore> of(List<MetricPoints> metrics, long minN) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal possible = BigDecimal.ZERO;
        for (MetricPoints metric : metrics) {
            if (metric.counts(minN)) {
                earned = earned.add(metric.points());
                possible = possible.add(metric.full());
            }
        }
        return possible.signum() > 0 ? Optional.of(new GroupScore(earned, possible)) : Optional.empty();
    }

    /** earned / possible, a proportion 0..1 ({@link MathContext#DECIMAL128}). */
    public BigDecimal score() {
        return earned.divide(possible, MathContext.DECIMAL128);
    }

    /** "54.25 out of 90.00": both sums to two decimals, half up (display only). */
    public String describe() {
        return twoDecimals(earned) + " out of " + twoDecimals(possible);
    }

    private static String twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
