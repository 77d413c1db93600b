package org.flashlight.core.colors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Five levels of a value, in ascending order of the value, split by four inclusive upper bounds: a value
 * (already rounded to one decimal) is at level i when it is at most {@code upperBounds[i]} and above the
 * bound before it; above the last bound it is at the top level. CDE prints each range with both ends at
 * one decimal ("2.6% to 5.0%"), so "at most 5.0" is the same rule as "5.1 starts the next level".
 *
 * <p>Chronic absenteeism status (CDE, 2023): labels {@code [Very Low, Low, Medium, High, Very High]},
 * upper bounds {@code [2.5, 5.0, 10.0, 20.0]}.
 */
public record CutScale(List<String> labels, List<BigDecimal> upperBounds) {

    public static final int LEVELS = 5;

    public CutScale {
        labels = List.copyOf(labels);
        upperBounds = List.copyOf(upperBounds);
        if (labels.size() != LEVELS || upperBounds.size() != LEVELS - 1) {
            throw new IllegalArgumentException("a cut scale has 5 labels and 4 upper bounds, got "
                    + labels.size() + " labels and " + upperBounds.size() + " bounds");
        }
        for (int i = 1; i < upperBounds.size(); i++) {
            if (upperBounds.get(i).compareTo(upperBounds.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("upper bounds must rise: " + upperBounds);
            }
        }
    }

    /** Parses bounds written as text ("2.5"), so that a table reads like the published one. */
    public static CutScale of(List<String> labels, String... upperBounds) {
        return new CutScale(labels, java.util.Arrays.stream(upperBounds).map(BigDecimal::new).toList());
    }

    /** The 0-based level (0 = lowest values) of a value already rounded to the table's precision. */
    public int level(BigDecimal rounded) {
        Objects.requireNonNull(rounded, "rounded is null");
        for (int i = 0; i < upperBounds.size(); i++) {
            if (rounded.compareTo(upperBounds.get(i)) <= 0) {
                return i;
            }
        }
        return LEVELS - 1;
    }

    public String label(int level) {
        return labels.get(level);
    }
}
