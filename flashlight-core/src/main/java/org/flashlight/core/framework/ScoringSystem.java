package org.flashlight.core.framework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a framework turns metric values into a school's score and rating (frameworks.md). Each system
 * composes the scoring pieces of {@code org.flashlight.core.scoring}; a framework file chooses one and
 * gives its numbers.
 */
public enum ScoringSystem {
    /** No score: the framework reports metrics only. */
    NONE,
    /** CORE-4, CORE-5: levels 1-10 from frozen decile cuts, points = weight x level / 10, an index of 100. */
    DECILE_INDEX,
    /** STAR-3 .. STAR-5: floors and targets, linear points, group scores weighted into a 0-100 score. */
    FLOORS_AND_TARGETS,
    /** MA-3, MA-4: 0-4 target points per indicator and group, criterion-referenced target percentage. */
    TARGET_PERCENTAGE,
    /** CA-1, CA-2: status and change levels, a colour from a 5 x 5 grid; no summative score. */
    DASHBOARD_COLORS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScoringSystem> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }
}
