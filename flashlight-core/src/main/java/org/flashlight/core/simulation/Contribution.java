package org.flashlight.core.simulation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one indicator added to a school's score (from the score's arithmetic, FW-3).
 *
 * @param indicator the indicator id (the metric id for a one-metric indicator)
 * @param metric    the metric that earned the points (the better one of a "best of" indicator)
 * @param weight    the indicator's weight in this school's score: its share of the index (deciles) or its
 *                  full points (floors and targets)
 * @param points    the points it added to the score, on the score's own scale
 * @param level     the {@code all} group's decile level, or null
 */
public record Contribution(String indicator, String metric, BigDecimal weight, BigDecimal points, Integer level) {
    public Contribution {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(points, "points");
    }
}
