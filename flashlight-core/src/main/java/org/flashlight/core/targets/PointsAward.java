package org.flashlight.core.targets;

/** The points an indicator earned for a group, with the reason a report prints (FW-3). */
public record PointsAward(PointCategory category, String reason) {

    public int points() {
        return category.points();
    }
}
