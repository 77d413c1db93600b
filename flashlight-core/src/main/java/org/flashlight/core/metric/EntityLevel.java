package org.flashlight.core.metric;

/**
 * The aggregate levels a metric is computed at. District and state values are computed from
 * students pooled over the entity's schools, never summed from school rows (metrics.md R-1).
 */
public enum EntityLevel {
    SCHOOL, DISTRICT, STATE;

    /** The state's entity id in every output. */
    public static final String STATE_ID = "state";

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
