package org.flashlight.web.results;

import java.util.Objects;

/** One line of score_explanations (FW-3) that the public may read: a step of a school's score in words. */
public record ExplanationLine(int year, String schoolId, String frameworkLevel, String step, String group,
        String indicator, String metric, String text) {
    public ExplanationLine {
        Objects.requireNonNull(schoolId, "schoolId is null");
        frameworkLevel = Objects.requireNonNullElse(frameworkLevel, "");
        step = Objects.requireNonNullElse(step, "");
        group = Objects.requireNonNullElse(group, "");
        indicator = Objects.requireNonNullElse(indicator, "");
        metric = Objects.requireNonNullElse(metric, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
