package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * BTSC-3: one metric's rate for one group at one entity and year, with the same entity's same group the year
 * before when it was counted ("on track by group, and how it changed this year").
 */
public record GroupRate(String metric, int schoolYear, String level, String entityId, String group, Rate rate,
        Optional<Rate> priorYear) {
    public GroupRate {
        requireNonNull(metric, "metric is null");
        requireNonNull(level, "level is null");
        requireNonNull(entityId, "entityId is null");
        requireNonNull(group, "group is null");
        requireNonNull(rate, "rate is null");
        requireNonNull(priorYear, "priorYear is null");
    }

    public BigDecimal percent() {
        return rate.percent();
    }

    public Optional<BigDecimal> priorYearPercent() {
        return priorYear.map(Rate::percent);
    }

    /** This year's rate minus last year's in percentage points, from the exact fractions, rounded once. */
    public Optional<BigDecimal> changePoints() {
        return priorYear.map(prior -> Rate.points(rate.minus(prior)));
    }
}
