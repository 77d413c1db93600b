package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One row of metric_results.csv before public suppression: a metric for one school year, entity and
 * student group, with its numerator, denominator and the units (students, responses, exams) behind it.
 *
 * @param numerator   sum of the numerator; null for medians and changes (metrics.md R-5)
 * @param value       the value where it is not numerator / denominator (medians, changes); else null
 * @param groupDetail for {@code lowest_race}, the race group it stands for; else empty
 */
public record MetricResult(int schoolYear, String level, String entityId, String frameworkLevel, String metric,
        String studentGroup, BigDecimal numerator, BigDecimal denominator, long students, BigDecimal value,
        String groupDetail) {

    /** The value: numerator / denominator unrounded up to 16 significant digits, or the stored value. */
    public BigDecimal value() {
        return value != null ? value : numerator.divide(denominator, MathContext.DECIMAL64);
    }

    public boolean meetsMinN(int minN) {
        return students >= minN;
    }
}
