package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A designation of a school (e.g. {@code csi}, {@code tsi:swd}, {@code priority}) and the rule that fired,
 * in words a reader can check (e.g. {@code tsi:swd because swd score 18.2 <= csi cut 21.4}).
 *
 * @param exitLines for each rule that gave the designation and compares one number with a line (a "lowest x%"
 *                  cut, a threshold, the highest CSI score), that number and the line the school must cross to
 *                  leave (MA-5's exit distance); empty for recognitions (reward) and rules without one line
 */
public record Designation(String id, String detail, List<ExitLine> exitLines) {

    /**
     * The number a designation rule tested and the line the school must cross to no longer meet the rule.
     *
     * @param measure         what was tested, e.g. {@code score}, {@code swd score}, {@code grad_4yr}
     * @param line            the cut: exit above it, or at it when {@code reachingExits}
     * @param reachingExits   true where the rule is "below the line" (reaching it is enough), false where it is
     *                        "at or below the line" (the school must rise above it)
     * @param lineName        the line in words, e.g. {@code the csi cut (the highest score designated csi)}
     */
    public record ExitLine(String measure, BigDecimal value, BigDecimal line, boolean reachingExits,
            String lineName) {
        public ExitLine {
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(lineName, "lineName");
        }

        /** How far the value is from the line (0 when it is already there). */
        public BigDecimal distance() {
            BigDecimal gap = line.subtract(value);
            return gap.signum() > 0 ? gap : BigDecimal.ZERO;
        }

        /** Whether the value has crossed the line, i.e. the rule no longer holds for this number. */
        public boolean crossed() {
            int against = value.compareTo(line);
            return reachingExits ? against >= 0 : against > 0;
        }
    }

    public Designation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(detail, "detail");
        exitLines = List.copyOf(exitLines);
    }

    public Designation(String id, String detail) {
        this(id, detail, List.of());
    }
}
