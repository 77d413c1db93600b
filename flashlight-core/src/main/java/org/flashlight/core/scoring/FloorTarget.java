package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The floor (zero points at or below it) and the target (full points at or beyond it) of one metric,
 * group and framework level (STAR-3). For a lower-is-better metric the floor is the larger number.
 *
 * @param floor  the value that earns no points
 * @param target the value that earns the metric's full points
 */
public record FloorTarget(BigDecimal floor, BigDecimal target) {
    public FloorTarget {
        Objects.requireNonNull(floor, "floor is null");
        Objects.requireNonNull(target, "target is null");
    }
}
