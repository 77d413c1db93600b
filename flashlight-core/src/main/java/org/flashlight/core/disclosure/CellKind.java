package org.flashlight.core.disclosure;

/** What a published value is, which decides whether it may be top- or bottom-coded. */
public enum CellKind {
    /** A share of students 0..1 (numerator / denominator): the only kind that is top- and bottom-coded. */
    RATE,
    /** A mean (scale score, distance from standard, CLASS score): never coded. */
    MEAN,
    /** A median or percentile (median growth percentile, value-added percentile): never coded. */
    MEDIAN_OR_PERCENTILE;

    /** Whether a value of this kind is top- and bottom-coded. */
    public boolean coded() {
        return this == RATE;
    }
}
