package org.flashlight.core.targets;

/** MA-3: the five outcomes of an indicator against its target, with DESE's points. */
public enum PointCategory {
    DECLINED(0, "Declined"),
    NO_CHANGE(1, "No change"),
    IMPROVED_BELOW_TARGET(2, "Improved below target"),
    MET_TARGET(3, "Met target"),
    EXCEEDED_TARGET(4, "Exceeded target");

    private final int points;
    private final String label;

    PointCategory(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return label;
    }
}
