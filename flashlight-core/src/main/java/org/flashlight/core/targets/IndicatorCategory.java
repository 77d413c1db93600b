package org.flashlight.core.targets;

/** The indicator categories Massachusetts weights (MA-3). */
public enum IndicatorCategory {
    ACHIEVEMENT, GROWTH, HIGH_SCHOOL_COMPLETION, ENGLISH_LANGUAGE_PROFICIENCY, ADDITIONAL
}
