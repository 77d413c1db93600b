package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A framework level (STAR-1: elementary, middle, high, alternative): the schools or grades scored
 * together, with their own distributions of school values and, where the framework says, their own
 * indicators and points.
 *
 * @param id          e.g. {@code elementary}
 * @param gradeLow    lowest grade of the level ({@code Grades}: PK = -1, KG = 0), or null when the level is
 *                    chosen by school type only
 * @param gradeHigh   highest grade of the level, or null
 * @param schoolTypes the {@code school_type} codes of schools.csv placed in this level whatever their grades
 *                    (e.g. {@code alternative}); a school whose type is listed in no level is placed by grades
 * @param totalPoints the points a school can earn at this level (FW-1 checks the indicators' points sum to it
 *                    within 0.01), or null when the framework does not declare one
 * @param indicators  indicators scored at this level only, in addition to the framework's common ones
 */
public record FrameworkLevel(String id, Integer gradeLow, Integer gradeHigh, List<String> schoolTypes,
        BigDecimal totalPoints, List<Indicator> indicators) {
    public FrameworkLevel {
        Objects.requireNonNull(id, "id");
        schoolTypes = List.copyOf(schoolTypes);
        indicators = List.copyOf(indicators);
    }

    public boolean hasGrades() {
        return gradeLow != null && gradeHigh != null;
    }

    /** Whether the served span [low, high] shares a grade with this level. */
    public boolean overlaps(int low, int high) {
        return hasGrades() && low <= gradeHigh && high >= gradeLow;
    }
}
