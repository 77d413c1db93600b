package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * BTSC-3: one metric at one entity and year for two groups, as rates and the gap in percentage points
 * ("No Ds or Fs in 9th grade: 34% vs 59%"). Computed exactly from the counts and rounded once
 * ({@link Rate#points}).
 */
public record GapRow(String metric, int schoolYear, String level, String entityId, String group, Rate groupRate,
        String comparison, Rate comparisonRate) {
    public GapRow {
        requireNonNull(metric, "metric is null");
        requireNonNull(level, "level is null");
        requireNonNull(entityId, "entityId is null");
        requireNonNull(group, "group is null");
        requireNonNull(groupRate, "groupRate is null");
        requireNonNull(comparison, "comparison is null");
        requireNonNull(comparisonRate, "comparisonRate is null");
    }

    /** The group's rate in percent, one decimal, half up. */
    public BigDecimal groupPercent() {
        return groupRate.percent();
    }

    public BigDecimal comparisonPercent() {
        return comparisonRate.percent();
    }

    /**
     * group rate - comparison rate in percentage points from the exact fraction 100 x (a/b - c/d), so it is
     * never off by a rounding of the two percentages.
     */
    public BigDecimal gapPoints() {
        return Rate.points(groupRate.minus(comparisonRate));
    }

    /**
     * How the gap changed since {@code prior} (the same metric, entity and groups a year earlier), in points,
     * from the four exact rates: (a/b - c/d) - (a'/b' - c'/d'), rounded once. It can differ by 0.1 from the
     * difference of the two rounded gaps.
     */
    public BigDecimal gapChangeSince(GapRow prior) {
        return Rate.points(groupRate.minus(comparisonRate).minus(prior.groupRate.minus(prior.comparisonRate)));
    }
}
