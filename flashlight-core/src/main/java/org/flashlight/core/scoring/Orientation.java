package org.flashlight.core.scoring;

import java.math.BigDecimal;
import org.flashlight.core.metric.Direction;

/**
 * The one place "lower is better" is mirrored: a value is negated, so that "better" is "larger" in
 * every rule written for higher-is-better metrics. Negation is exact.
 */
final class Orientation {

    private Orientation() {
    }

    /** {@code value} when higher is better, {@code -value} when lower is better. */
    static BigDecimal oriented(BigDecimal value, Direction direction) {
        return switch (direction) {
            case HIGHER -> value;
            case LOWER -> value.negate();
            case NONE -> throw notScored();
        };
    }

    /** Whether {@code value} is at {@code reference} or better than it. */
    static boolean atOrBeyond(BigDecimal value, BigDecimal reference, Direction direction) {
        return oriented(value, direction).compareTo(oriented(reference, direction)) >= 0;
    }

    /** Rejects {@link Direction#NONE}: such a metric is reported, never scored. */
    static void requireScored(Direction direction) {
        if (direction == Direction.NONE) {
            throw notScored();
        }
    }

    static IllegalArgumentException notScored() {
        return new IllegalArgumentException("a metric with direction 'none' is reported, not scored");
    }
}
