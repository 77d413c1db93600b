package org.flashlight.core.metric;

import static org.flashlight.core.metric.MetricDefinition.rate;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of shared/spec/metrics.md that the engine computes, each defined once. (The catalog
 * grows issue by issue; growth metrics plug in through the growth module.)
 */
public final class MetricCatalog {
    /** at exactly 90.0% a student is in both; compared in integers, never floating point. */
    private static final String AT_MOST_90_PERCENT = "10 * days_present <= 9 * days_enrolled";
    private static final String AT_LEAST_90_PERCENT = "10 * days_present >= 9 * days_enrolled";

    public static final List<MetricDefinition> METRICS = List.of(
            rate("chronic_absence", "Chronic absence", Population.ATTENDANCE, AT_MOST_90_PERCENT, Direction.LOWER),
            rate("attendance_90plus", "Attending 90% or more", Population.ATTENDANCE, AT_LEAST_90_PERCENT,
                    Direction.HIGHER),
            new MetricDefinition("in_seat_attendance", "In-seat attendance", Population.ATTENDANCE, "days_present",
                    "days_enrolled", ValueKind.RATE, Direction.HIGHER),
            new MetricDefinition("prek_in_seat_attendance", "Pre-K in-seat attendance", Population.PREK_ATTENDANCE,
                    "days_present", "days_enrolled", ValueKind.RATE, Direction.HIGHER),
            rate("suspension", "Suspended at least once", Population.ENROLLED, "suspended", Direction.LOWER),
            rate("swd_identification", "Students with disabilities (share)", Population.ENROLLED, "swd",
                    Direction.NONE),
            rate("dropout", "Annual dropout rate (grades 9-12)", Population.HIGH_SCHOOL_ENROLLED, "dropped_out",
                    Direction.LOWER));

    private MetricCatalog() {
    }

    public static Optional<MetricDefinition> find(String id) {
        return METRICS.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
