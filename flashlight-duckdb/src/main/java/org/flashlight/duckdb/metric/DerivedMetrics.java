package org.flashlight.duckdb.metric;

import java.util.List;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;

/**
 * Metrics computed from other metrics' rows ({@link Population#DERIVED}). {@link ValueKind#CHANGE}: this
 * year's rate of the metric named by the numerator minus the prior year's, for the same entity and group
 * (DC {@code attendance_growth}); written only where both years have a row. As R-5 says for
 * differences, the numerator is empty and the denominator is this year's number of students.
 */
final class DerivedMetrics {
    private DerivedMetrics() {
    }

    static void add(BundleDatabase db, List<MetricDefinition> metrics) {
        for (MetricDefinition metric : metrics) {
            if (metric.population() != Population.DERIVED) {
                continue;
            }
            if (metric.kind() != ValueKind.CHANGE) {
                throw new IllegalArgumentException(metric.id() + ": a derived metric must be a change (kind CHANGE)");
            }
            // n1/d1 - n0/d0 = (n1 d0 - n0 d1) / (d1 d0): one division, the only rounding
            db.execute("""
                    INSERT INTO metric_aggregates (metric, school_year, level, entity_id, student_group, numerator,
                        denominator, students, value)
                    SELECT '%s', c.school_year, c.level, c.entity_id, c.student_group, NULL, c.students, c.students,
                           CAST((c.numerator * p.denominator - p.numerator * c.denominator)
                                / (c.denominator * p.denominator) AS DECIMAL(38,12))
                    FROM metric_aggregates c
                    JOIN metric_aggregates p ON p.metric = c.metric AND p.school_year = c.school_year - 1
                         AND p.level = c.level AND p.entity_id = c.entity_id AND p.student_group = c.student_group
                    WHERE c.metric = '%s'""".formatted(metric.id(), metric.numerator()));
        }
    }
}
