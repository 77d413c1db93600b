package org.flashlight.core.colors;

import java.util.List;

/**
 * CA-1's rules for small groups. A group with fewer than {@code minRated} students gets no color. A group
 * with fewer than {@code smallBelow} students is colored on the "3x5" grid CDE applies to populations
 * under 150 (its data files flag it "Student population less than 150: 3x5 color grid was applied"):
 * the five change levels fold into three, as {@code smallChangeLevel} says, so one volatile year cannot
 * move a small group by a "significant" change.
 *
 * @param smallChangeLevel for each of the five change levels (ascending), the level a small group uses
 */
public record GroupSizeRule(int minRated, int smallBelow, List<Integer> smallChangeLevel) {

    public GroupSizeRule {
        smallChangeLevel = List.copyOf(smallChangeLevel);
        if (minRated < 1 || smallBelow < minRated) {
            throw new IllegalArgumentException("need 1 <= minRated <= smallBelow, got " + minRated + ", " + smallBelow);
        }
        if (smallChangeLevel.size() != CutScale.LEVELS
                || smallChangeLevel.stream().anyMatch(l -> l < 0 || l >= CutScale.LEVELS)) {
            throw new IllegalArgumentException("smallChangeLevel maps each of 5 change levels to a level 0-4");
        }
    }

    /**
     * CDE's rule as Flashlight reads it: at least 30 students for a color; under 150, "Declined
     * Significantly" counts as "Declined" and "Increased Significantly" as "Increased" (5 status rows x 3
     * change columns).
     */
    public static GroupSizeRule california() {
        return new GroupSizeRule(30, 150, List.of(1, 1, 2, 3, 3));
    }

    public boolean rated(int students) {
        return students >= minRated;
    }

    public boolean small(int students) {
        return students < smallBelow;
    }
}
