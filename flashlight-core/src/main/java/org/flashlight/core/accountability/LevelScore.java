package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a scoring system made of one school in one framework level and year: the score (null when
 * nothing counted), its rating where the system gives one itself (else null: the framework's bands
 * decide), each eligible group's score, the points or levels of its values, the designations the
 * system decides itself (the Dashboard's colour patterns, CA-3) and the arithmetic.
 */
record LevelScore(BigDecimal score, String rating, Map<String, BigDecimal> groupScores,
        List<MetricScore> metricScores, List<Designation> designations, List<ScoreLine> lines) {
    LevelScore(BigDecimal score, Map<String, BigDecimal> groupScores, List<MetricScore> metricScores,
            List<ScoreLine> lines) {
        this(score, null, groupScores, metricScores, List.of(), lines);
    }
}
