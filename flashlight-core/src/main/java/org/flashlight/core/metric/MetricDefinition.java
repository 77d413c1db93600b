package org.flashlight.core.metric;

import java.util.Objects;

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
 */
public record MetricDefinition(String id, String label, Population population, String numerator, String denominator,
        ValueKind kind, Direction direction, String subject, boolean minNApplies) {
    public MetricDefinition {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(population, "population is null");
        Objects.requireNonNull(numerator, "numerator is null");
        Objects.requireNonNull(denominator, "denominator is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(direction, "direction is null");
        subject = Objects.requireNonNullElse(subject, "");
    }

    public MetricDefinition(String id, String label, Population population, String numerator, String denominator,
            ValueKind kind, Direction direction) {
        this(id, label, population, numerator, denominator, kind, direction, "", true);
    }

    public MetricDefinition(String id, String label, Population population, String numerator, String denominator,
            ValueKind kind, Direction direction, String subject) {
        this(id, label, population, numerator, denominator, kind, direction, subject, true);
    }

    /** This metric, counted whatever the number of students (min n does not apply). */
    public MetricDefinition withoutMinN() {
        return new MetricDefinition(id, label, population, numerator, denominator, kind, direction, subject, false);
    }

    /** This metric for an assessment subject. */
    public MetricDefinition forSubject(String newSubject) {
        return new MetricDefinition(id, label, population, numerator, denominator, kind, direction, newSubject,
                minNApplies);
    }

    /** A share of the population's students: numerator a condition, denominator one per student. */
    public static MetricDefinition rate(String id, String label, Population population, String condition,
            Direction direction) {
        return new MetricDefinition(id, label, population, "CASE WHEN " + condition + " THEN 1 ELSE 0 END", "1",
                ValueKind.RATE, direction);
    }
}
