package org.flashlight.core.metric;

/** Which way a metric improves; "lower is better" metrics are mirrored when scored. */
public enum Direction {
    HIGHER, LOWER, NONE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
