package org.flashlight.core.accountability;

import java.math.BigDecimal;

/**
 * One step of a score's arithmetic (FW-3), as the report card's "how was this calculated" shows it and
 * score_explanations.csv writes it: a metric's value placed against its rule, a group's score, or the
 * weighting of the groups into the school's score.
 *
 * @param step         {@code metric}, {@code group} or {@code score}
 * @param group        the student group, or empty for the school's score
 * @param indicator    the indicator (metric steps), else empty
 * @param value        the metric's value (metric steps), the group's score (group steps) or the score
 * @param rule         the cuts or the floor and target applied, in words
 * @param level        the decile level, or null
 * @param points       points earned (metric steps) or the weighted contribution
 * @param possible     points possible (metric and group steps), or null
 * @param weight       the weight applied (a metric's share of the index, a group's weight)
 * @param text         the step as a sentence
 */
public record ScoreLine(int schoolYear, String schoolId, String frameworkLevel, String step, String group,
        String indicator, String metric, BigDecimal value, long students, String rule, Integer level,
        BigDecimal points, BigDecimal possible, BigDecimal weight, String text) {
}
