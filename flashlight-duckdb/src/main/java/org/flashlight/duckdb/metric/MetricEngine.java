package org.flashlight.duckdb.metric;

import java.util.List;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;

/**
 * Computes metrics over a loaded bundle: each metric's population and per-student numerator and
 * denominator go to {@code metric_facts} (the records behind every number, for drill-down), then
 * one aggregation serves every metric, school year, level and student group into
 * {@code metric_aggregates}. Requires {@code student_groups(school_year, student_id, group_id)}.
 *
 * <p>Every population has one row per (school year, level, entity, student), so a group's row count
 * is its number of distinct students. The facts live in a temporary table: they are the size of the
 * student records times the levels and metrics, and a drill-down recomputes one slice on demand.
 */
public final class MetricEngine {
    private final BundleDatabase db;

    public MetricEngine(BundleDatabase db) {
        this.db = db;
    }

    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment) {
        TestDefinitions.write(db);
        db.execute(PopulationSql.prepare(assessment));
        db.execute("""
                CREATE OR REPLACE TEMP TABLE metric_facts (metric VARCHAR, school_year INTEGER, level VARCHAR,
                    entity_id VARCHAR, student_id VARCHAR, group_year INTEGER, numerator DECIMAL(38,6),
                    denominator DECIMAL(38,6))""");
        for (MetricDefinition metric : metrics) {
            db.execute("INSERT INTO metric_facts SELECT '" + metric.id() + "', school_year, level, entity_id, student_id, "
                    + PopulationSql.groupYear(metric) + ", "
                    + "CAST(" + metric.numerator() + " AS DECIMAL(38,6)), CAST(" + metric.denominator()
                    + " AS DECIMAL(38,6)) FROM (" + PopulationSql.sql(metric, assessment) + ")");
        }
        db.execute("""
                CREATE OR REPLACE TABLE metric_aggregates AS
                WITH memberships AS (
                    SELECT f.* EXCLUDE (group_year), 'all' AS student_group FROM metric_facts f
                    UNION ALL
                    SELECT f.* EXCLUDE (group_year), g.group_id FROM metric_facts f
                    JOIN student_groups g ON g.school_year = f.group_year AND g.student_id = f.student_id
                    WHERE %s)
                SELECT metric, school_year, level, entity_id, student_group,
                       sum(numerator) AS numerator, sum(denominator) AS denominator,
                       count(*) AS students
                FROM memberships GROUP BY ALL HAVING sum(denominator) > 0""".formatted(notExcluded(metrics)));
    }

    /** SQL condition on {@code f.metric} and {@code g.group_id}: the group is not one the metric leaves out. */
    private static String notExcluded(List<MetricDefinition> metrics) {
        return metrics.stream()
                .flatMap(m -> m.excludedGroups().stream().sorted()
                        .map(g -> "NOT (f.metric = '" + m.id() + "' AND g.group_id = '" + g + "')"))
                .reduce((a, b) -> a + " AND " + b).orElse("TRUE");
    }
}
