package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.flashlight.core.metric.Direction;

/**
 * Points between a floor and a target (STAR-4): at or below the floor 0; at or beyond the target the
 * metric's full points; between, full x (value - floor) / (target - floor), divided with {@link
 * MathContext#DECIMAL128}. Lower is better is the mirror: full x (floor - value) / (floor - target).
 *
 * <p>When the target is not beyond the floor (every school had the same value, so floor = target; or
 * an ltg goal below p10 put the target on the floor's side) the points are a step: full at or
 * beyond the target, 0 otherwise. Points never decrease as the value improves.
 */
public final class LinearPoints {

    private LinearPoints() {
    }

    /**
     * The points {@code value} earns.
     *
     * @param full the metric's full points, at least 0
     * @throws IllegalArgumentException for a metric whose direction is {@code none}
     */
    public static BigDecimal points(BigDecimal value, FloorTarget floorTarget, BigDecimal full, Direction direction) {
        Objects.requireNonNull(value, "value is null");
        if (full.signum() < 0) {
            throw new IllegalArgumentException("full points must not be negative: " + full);
        }
        // Mirrored: "better" is "larger" from here on.
        BigDecimal v = Orientation.oriented(value, direction);
        BigDecimal floor = Orientation.oriented(floorTarget.floor(), direction);
        BigDecimal target = Orientation.oriented(floorTarget.target(), direction);
        if (v.compareTo(target) >= 0) {
            return full;
        }
        if (v.compareTo(floor) <= 0) {
            return BigDecimal.ZERO;
        }
        return full.multiply(v.subtract(floor)).divide(target.subtract(floor), MathContext.DECIMAL128);
    }
}
