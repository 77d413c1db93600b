package org.flashlight.core.targets;

import java.util.Objects;

/** Points an indicator earned for a group, out of those possible (4 for a scored indicator). */
public record IndicatorPoints(String indicator, IndicatorCategory category, int earned, int possible) {

    public IndicatorPoints {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(category, "category is null");
        if (possible < 0 || earned < 0 || earned > possible) {
            throw new IllegalArgumentException(indicator + ": earned must be between 0 and possible, got "
                    + earned + " of " + possible);
        }
    }

    public static IndicatorPoints of(String indicator, IndicatorCategory category, PointsAward award) {
        return new IndicatorPoints(indicator, category, award.points(), 4);
    }
}
