package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One row of metric_results.csv before public suppression: a metric for one school year, entity and
 * student group, with its numerator, denominator and the distinct students behind it.
 */
public record MetricResult(int schoolYear, String level, String entityId, String frameworkLevel, String metric,
        String studentGroup, BigDecimal numerator, BigDecimal denominator, long students) {

    /** numerator / denominator, unrounded up to 16 significant digits (metrics.md R-5). */
    public BigDecimal value() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    public boolean meetsMinN(int minN) {
        return students >= minN;
    }
}
