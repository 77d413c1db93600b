package org.flashlight.core.simulation;

import java.util.List;
import java.util.Locale;

/**
 * How a school's rating moved from A to B. Ratings are compared only on one scale: where both frameworks
 * use the same rating labels (a variant of one framework), the later label is the higher rating.
 */
public enum RatingChange {
    /** The same label, or no rating under either. */
    SAME,
    /** A higher label under B. */
    UP,
    /** A lower label under B. */
    DOWN,
    /** Rated under B only (e.g. B's min n lets the school's values count). */
    GAINED,
    /** Rated under A only. */
    LOST,
    /** The two frameworks rate on different scales (or one does not rate at all): not comparable. */
    NOT_COMPARABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean changed() {
        return this == UP || this == DOWN || this == GAINED || this == LOST;
    }

    /**
     * @param labelsA A's rating labels from the lowest up (empty: A does not rate)
     * @param ratingA the school's rating under A, or empty
     */
    static RatingChange of(List<String> labelsA, String ratingA, List<String> labelsB, String ratingB) {
        if (!labelsA.equals(labelsB) || labelsA.isEmpty()) {
            return labelsA.isEmpty() && labelsB.isEmpty() ? SAME : NOT_COMPARABLE;
        }
        if (ratingA.equals(ratingB)) {
            return SAME;
        }
        if (ratingA.isEmpty()) {
            return GAINED;
        }
        if (ratingB.isEmpty()) {
            return LOST;
        }
        return labelsA.indexOf(ratingB) > labelsA.indexOf(ratingA) ? UP : DOWN;
    }
}
