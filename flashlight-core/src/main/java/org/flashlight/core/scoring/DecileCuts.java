package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.flashlight.core.metric.Direction;

/**
 * The nine cut points that place a value on a 1-10 level (CORE-4): the 10th, 20th, .., 90th
 * percentiles ({@link Percentile}, NC-1) of the school values, ascending, for either direction.
 *
 * <p>Level (NC-2): a value exactly on a cut belongs to the higher level. Higher is better: level =
 * 1 + the number of cuts c with value &gt;= c. Lower is better: level = 1 + the number of cuts c with
 * value &lt;= c (level 10 is the lowest rate).
 *
 * @param cuts the nine cut points, ascending (equal neighbours allowed)
 */
public record DecileCuts(List<BigDecimal> cuts) {

    public static final int LEVELS = 10;

    public DecileCuts {
        cuts = List.copyOf(cuts);
        if (cuts.size() != LEVELS - 1) {
            throw new IllegalArgumentException("decile cuts are nine values, not " + cuts.size());
        }
        for (int i = 1; i < cuts.size(); i++) {
            if (cuts.get(i - 1).compareTo(cuts.get(i)) > 0) {
                throw new IllegalArgumentException("decile cuts must ascend: " + cuts);
            }
        }
    }

    /**
     * The cuts of these school values (the base year's {@code all}-group values of the schools that
     * meet min n, CORE-4).
     *
     * @throws IllegalArgumentException when there are no values
     */
    public static DecileCuts of(List<BigDecimal> values) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.forEach(value -> Objects.requireNonNull(value, "a value is null"));
        Collections.sort(sorted);
        List<BigDecimal> cuts = new ArrayList<>();
        for (int k = 10; k <= 90; k += 10) {
            cuts.add(Percentile.ofSorted(sorted, k));
        }
        return new DecileCuts(cuts);
    }

    /** The level 1..10 of {@code value} (NC-2); {@link Direction#NONE} is not scored. */
    public int level(BigDecimal value, Direction direction) {
        Objects.requireNonNull(value, "value is null");
        int reached = 0;
        for (BigDecimal cut : cuts) {
            if (Orientation.atOrBeyond(value, cut, direction)) {
                reached++;
            }
        }
        return 1 + reached;
    }

    /**
     * The change of {@code value} that places it at least 1, 2, .. {@code steps} levels higher
     * (CORE-5 "the change needed to move up one, two or three levels"): for the level L+j, the cut
     * it needs minus the value. Positive when higher is better, negative (a decrease) when lower is
     * better; never zero. Where cuts are equal, two levels can need the same change. The list stops at
     * level 10: empty for a value at level 10.
     *
     * @param steps how many levels up, at least 1 (report cards use 3)
     */
    public List<BigDecimal> changesToMoveUp(BigDecimal value, Direction direction, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, not " + steps);
        }
        int level = level(value, direction);
        List<BigDecimal> changes = new ArrayList<>();
        for (int target = level + 1; target <= Math.min(LEVELS, level + steps); target++) {
            changes.add(cutFor(target, direction).subtract(value));
        }
        return List.copyOf(changes);
    }

    /**
     * The cut a value must reach (at or beyond, in the metric's direction) to be at level {@code
     * level} or higher, 2..10. Higher is better: the (level-1)-th smallest cut. Lower is better: the
     * (level-1)-th largest.
     */
    public BigDecimal cutFor(int level, Direction direction) {
        if (level < 2 || level > LEVELS) {
            throw new IllegalArgumentException("only levels 2..10 have a cut, not " + level);
        }
        int index = switch (direction) {
            case HIGHER -> level - 2;
            case LOWER -> LEVELS - level;
            case NONE -> throw Orientation.notScored();
        };
        return cuts.get(index);
    }
}
