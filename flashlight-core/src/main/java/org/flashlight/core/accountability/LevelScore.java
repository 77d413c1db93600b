package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a scoring system made of one school in one framework level and year: the score (null when
 * nothing counted), each eligible group's score, the points or levels of its values and the arithmetic.
 */
record LevelScore(BigDecimal score, Map<String, BigDecimal> groupScores, List<MetricScore> metricScores,
        List<ScoreLine> lines) {
}
