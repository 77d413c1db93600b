package org.flashlight.core.targets;

import java.util.Objects;
import org.flashlight.core.metric.Direction;

/** An indicator's value for a group against its annual target (MA-5, MA-6). */
public record TargetStanding(String indicator, String group, Fraction value, Fraction target, Direction direction) {

    public TargetStanding {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(group, "group is null");
        if (direction == Direction.NONE) {
            throw new IllegalArgumentException(indicator + ": a target needs a direction");
        }
    }

    /** At or beyond the target in the indicator's better direction. */
    public boolean met() {
        return shortfall().signum() == 0;
    }

    /** How far the value is from the target, in the indicator's unit; 0 when met. */
    public Fraction shortfall() {
        Fraction gap = direction == Direction.HIGHER ? target.minus(value) : value.minus(target);
        return gap.signum() > 0 ? gap : Fraction.ZERO;
    }
}
