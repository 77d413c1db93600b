package org.flashlight.core.metric;

import java.util.Objects;
import java.util.Set;

/**
 * A metric, declared once: whom it counts, what each counted student adds to the numerator and to
 * the denominator, and which way is better. The engine compiles it to one SQL query that serves
 * every school year, aggregate level and student group; nothing is written per level or per group.
 *
 * @param id          stable id of metrics.md, e.g. {@code chronic_absence}
 * @param label       plain-language name for reports
 * @param population  whom the metric counts
 * @param numerator   SQL expression over the population's columns: what one student adds to the
 *                    numerator (a condition counts 1 when true)
 * @param denominator SQL expression: what one student adds to the denominator ({@code 1} for a rate
 *                    over students)
 * @param kind        how the value is read
 * @param direction   which way is better
 * @param subject     the assessment subject the population is about ({@code ela}, {@code math},
 *                    {@code science}), empty for other metrics
 * @param minNApplies whether the framework's min n decides if the value counts (false for the CLASS
 *                    observation means, metrics.md)
 * @param excludedGroups student groups this metric has no row for (R-12: {@code el_redesignation} has
 *                    no {@code el} row, since the reclassified are no longer el)
 */
public record MetricDefinition(String id, String label, Population population, String numerator, String denominator,
        ValueKind kind, Direction direction, String subject, boolean minNApplies,
        Set<String> excludedGroups) {
    public MetricDefinition {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(population, "population is null");
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(direction, "direction is null");
        subject = Objects.requireNonNullElse(subject, "");
        excludedGroups = Set.copyOf(excludedGroups);
    }

    public MetricDefinition(String id, String label, Population population, String numerator, String denominator,
            ValueKind kind, Direction direction) {
        this(id, label, population, numerator, denominator, kind, direction, "", true, Set.of());
    }

    public MetricDefinition(String id, String label, Population population, String numerator, String denominator,
            ValueKind kind, Direction direction, String subject) {
        this(id, label, population, numerator, denominator, kind, direction, subject, true, Set.of());
    }

    /** This metric, counted whatever the number of students (min n does not apply). */
    public MetricDefinition withoutMinN() {
        return new MetricDefinition(id, label, population, numerator, denominator, kind, direction, subject, false,
                excludedGroups);
    }

    /** This metric for an assessment subject. */
    public MetricDefinition forSubject(String newSubject) {
        return new MetricDefinition(id, label, population, numerator, denominator, kind, direction, newSubject,
                minNApplies, excludedGroups);
    }

    /** This metric without rows for these student groups. */
    public MetricDefinition withoutGroups(String... groups) {
        return new MetricDefinition(id, label, population, numerator, denominator, kind, direction, subject,
                minNApplies, Set.of(groups));
    }

    /** A share of the population's students: numerator a condition, denominator one per student. */
    public static MetricDefinition rate(String id, String label, Population population, String condition,
            Direction direction) {
        return new MetricDefinition(id, label, population, "CASE WHEN " + condition + " THEN 1 ELSE 0 END", "1",
                ValueKind.RATE, direction);
    }
}
