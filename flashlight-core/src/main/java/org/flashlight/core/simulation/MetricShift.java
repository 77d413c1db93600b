package org.flashlight.core.simulation;

import static org.flashlight.core.accountability.Numbers.show;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much one indicator's share of a school's score moved from A to B, and why in numbers: its weight,
 * its level and its points under each (null where the side does not score it for the school).
 */
public record MetricShift(String indicator, Contribution a, Contribution b) {
    public MetricShift {
        Objects.requireNonNull(indicator, "indicator");
        if (a == null && b == null) {
            throw new IllegalArgumentException(indicator + ": scored under neither side");
        }
    }

    /** Points under B minus points under A (a side that does not score it counts 0). */
    public BigDecimal delta() {
        return points(b).subtract(points(a));
    }

    /**
     * The shift in words, e.g. {@code chronic_absence: weight 10 -> 15, level 6, 6 -> 9 points (+3)} or
     * {@code grad_4yr: not scored under A, adds 4.5 points}.
     */
    public String describe() {
        if (a == null) {
            return indicator + ": not scored under A, adds " + show(b.points()) + " points";
        }
        if (b == null) {
            return indicator + ": not scored under B, loses " + show(a.points()) + " points";
        }
        StringBuilder text = new StringBuilder(indicator).append(": ");
        if (a.weight() != null && b.weight() != null) {
            text.append(a.weight().compareTo(b.weight()) == 0 ? "weight " + show(a.weight())
                    : "weight " + show(a.weight()) + " -> " + show(b.weight())).append(", ");
        }
        if (a.level() != null && b.level() != null) {
            text.append(a.level().equals(b.level()) ? "level " + a.level() : "level " + a.level() + " -> "
                    + b.level()).append(", ");
        }
        BigDecimal delta = delta();
        return text.append(show(a.points())).append(" -> ").append(show(b.points())).append(" points (")
                .append(delta.signum() >= 0 ? "+" : "").append(show(delta)).append(")").toString();
    }

    private static BigDecimal points(Contribution c) {
        return c == null ? BigDecimal.ZERO : c.points();
    }
}
