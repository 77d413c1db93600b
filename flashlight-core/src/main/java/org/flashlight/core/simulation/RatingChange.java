package org.flashlight.core.simulation;

import java.util.List;
import java.util.Locale;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.scoring.RatingBands;

/**
 * How a school's rating moved from A to B. Ratings are compared only on one scale: the same scoring system
 * with the same rating labels (a variant of one framework), where the later label is the higher rating.
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
    /** A different rating on a scale without an order (e.g. another tally of Dashboard colours). */
    OTHER,
    /** The two frameworks rate on different scales (or one does not rate at all): not comparable. */
    NOT_COMPARABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public boolean changed() {
        return this == UP || this == DOWN || this == GAINED || this == LOST || this == OTHER;
    }

    /**
     * A framework's rating scale: its scoring system and its rating labels from the lowest up (empty where the
     * labels have no order, e.g. the Dashboard's colour tally, or where it does not rate). Ratings compare only
     * on one scale.
     */
    record Scale(ScoringSystem system, List<String> labels) {
        static Scale of(ScoringSettings scoring) {
            RatingBands bands = scoring.ratingBands();
            return new Scale(scoring.system(), bands == null ? List.of()
                    : bands.bands().stream().map(RatingBands.Band::label).toList());
        }
    }

    /** @param ratingA the school's rating under A, or empty */
    static RatingChange of(Scale scaleA, String ratingA, Scale scaleB, String ratingB) {
        if (!scaleA.equals(scaleB)) {
            return ratingA.isEmpty() && ratingB.isEmpty() ? SAME : NOT_COMPARABLE;
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
        List<String> labels = scaleA.labels();
        if (!labels.contains(ratingA) || !labels.contains(ratingB)) {
            return OTHER;
        }
        return labels.indexOf(ratingB) > labels.indexOf(ratingA) ? UP : DOWN;
    }
}
