package org.flashlight.core.accountability;

import java.math.BigDecimal;

/**
 * What a framework made of one school value: its points (floors and targets) or its level (deciles),
 * the {@code points} and {@code metric_level} columns of metric_results.csv.
 */
public record MetricScore(int schoolYear, String schoolId, String frameworkLevel, String metric, String group,
        BigDecimal points, Integer level) {
}
