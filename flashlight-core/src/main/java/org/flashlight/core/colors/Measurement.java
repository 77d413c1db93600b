package org.flashlight.core.colors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year's value of an indicator for a school or group, with the number of students behind it.
 *
 * @param value a proportion 0..1 for a {@link Unit#PERCENT} indicator, points for {@link Unit#POINTS}
 */
public record Measurement(BigDecimal value, int students) {

    public Measurement {
        Objects.requireNonNull(value, "value is null");
        if (students < 0) {
            throw new IllegalArgumentException("students must be >= 0, got " + students);
        }
    }
}
