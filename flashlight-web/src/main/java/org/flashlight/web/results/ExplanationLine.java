package org.flashlight.web.results;

import java.util.Objects;

/**
 * One line of score_explanations (FW-3): a step of a school's score in words.
 *
 * @param color the colour a {@code color} step gives (California's Dashboard: {@code Orange}), empty otherwise
 */
public record ExplanationLine(int year, String schoolId, String frameworkLevel, String step, String group,
        String indicator, String metric, String text, String color) {
    public ExplanationLine(int year, String schoolId, String frameworkLevel, String step, String group,
            String indicator, String metric, String text) {
        this(year, schoolId, frameworkLevel, step, group, indicator, metric, text, "");
    }

    public ExplanationLine {
        color = Objects.requireNonNullElse(color, "");
        Objects.requireNonNull(schoolId, "schoolId is null");
        frameworkLevel = Objects.requireNonNullElse(frameworkLevel, "");
        step = Objects.requireNonNullElse(step, "");
        group = Objects.requireNonNullElse(group, "");
        indicator = Objects.requireNonNullElse(indicator, "");
        metric = Objects.requireNonNullElse(metric, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
