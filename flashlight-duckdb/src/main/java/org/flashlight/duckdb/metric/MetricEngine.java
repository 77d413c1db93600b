package org.flashlight.duckdb.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.FrameworkSplit;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.growth.GrowthSettings;
import org.flashlight.duckdb.growth.GrowthTables;

/**
 * Computes metrics over a loaded bundle into {@code metric_aggregates(metric, school_year, level,
 * entity_id, student_group, numerator, denominator, students, value)}. Requires
 * {@code student_groups(school_year, student_id, group_id)}.
 *
 * <p>Metrics that share a population (and subject) are computed in one pass: the population query runs
 * once, each row is joined to its student's group flags (one row per student and year, see
 * {@link GroupColumns}), each row is repeated once per group its student is in, and one aggregation per
 * (school year, level, entity, group) sums every metric's numerator and denominator.
 * {@code lowest_race} and the derived metrics are added afterwards from these rows
 * ({@link LowestRaceGroup}, {@link DerivedMetrics}).
 *
 * <p>A framework that splits multi-level schools (STAR-1) gets rows of level {@code school:<framework level>}
 * as well: a split school's part, whose population rows are those of the level's grades
 * ({@link FrameworkLevelParts}); {@link MetricResults#read} gives them back as school rows with their
 * framework level.
 *
 * <p>{@code students} is the number of population rows with a non-zero denominator: distinct students
 * for student populations, item responses for surveys, exams for {@code ap_ib_performance}. It
 * is what min n is tested against.
 */
public final class MetricEngine {
    /** Students a race group needs before it can be a school's {@code lowest_race} when no framework says. */
    public static final int DEFAULT_MIN_N = 20;

    private final BundleDatabase db;

    public MetricEngine(BundleDatabase db) {
        this.db = db;
    }

    /** Computes under the written rules with these assessment parameters and {@link #DEFAULT_MIN_N}. */
    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment) {
        compute(metrics, MeasurementSettings.of(assessment), DEFAULT_MIN_N);
    }

    /** Computes under the written rules with these assessment parameters. */
    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment, int minN) {
        compute(metrics, MeasurementSettings.of(assessment), minN, MetricProgress.NONE);
    }

    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment, int minN,
            MetricProgress progress) {
        compute(metrics, MeasurementSettings.of(assessment), minN, progress);
    }

    /**
     * @param settings the framework's measurement parameters (the metrics' own conditions already follow
     *                 them: {@code MetricCatalog.metrics(settings)})
     * @param minN     the framework's min n: a race group is a candidate for {@code lowest_race} only with at
     *                 least this many students in the metric's calculation
     */
    public void compute(List<MetricDefinition> metrics, MeasurementSettings settings, int minN) {
        compute(metrics, settings, minN, MetricProgress.NONE);
    }

    public void compute(List<MetricDefinition> metrics, MeasurementSettings settings, int minN,
            MetricProgress progress) {
        compute(metrics, settings, minN, progress, FrameworkSplit.NONE);
    }

    /**
     * As {@link #compute(List, MeasurementSettings, int, MetricProgress)}, and beside each whole-school row
     * one row per framework level of every school {@code split} splits, over the rows of that level's grades
     * (outputs.md {@code framework_level}; {@link FrameworkLevelParts}). Cohort metrics (graduation,
     * college and career) have no level rows.
     */
    public void compute(List<MetricDefinition> metrics, MeasurementSettings settings, int minN,
            MetricProgress progress, FrameworkSplit split) {
        TestDefinitions.write(db);
        FrameworkLevelParts.write(db, split);
        db.execute(PopulationSql.prepare(settings.assessment()));
        GrowthTables.ensure(db, metrics.stream().map(MetricDefinition::population).toList(),
                GrowthSettings.of(settings.assessment()), TestDefinitions.catalog(db));
        db.execute(GroupColumns.createFlagsTable());
        db.execute("""
                CREATE OR REPLACE TABLE metric_aggregates (metric VARCHAR, school_year INTEGER, level VARCHAR,
                    entity_id VARCHAR, student_group VARCHAR, numerator DECIMAL(38,6), denominator DECIMAL(38,6),
                    students BIGINT, value DECIMAL(38,12), group_detail VARCHAR)""");
        List<List<MetricDefinition>> passes = passes(metrics);
        for (int i = 0; i < passes.size(); i++) {
            List<MetricDefinition> pass = passes.get(i);
            db.execute(aggregateSql(pass, settings));
            progress.passDone(pass.stream().map(MetricDefinition::id).collect(Collectors.joining(", ")), i + 1,
                    passes.size());
        }
        DerivedMetrics.add(db, metrics);
        LowestRaceGroup.add(db, metrics, minN);
    }

    /** Metrics grouped by (population, subject), in catalog order: one pass over the data each. */
    static List<List<MetricDefinition>> passes(List<MetricDefinition> metrics) {
        Map<String, List<MetricDefinition>> byPopulation = new LinkedHashMap<>();
        for (MetricDefinition m : metrics) {
            if (m.population() == Population.DERIVED) {
                continue;
            }
            byPopulation.computeIfAbsent(m.population() + "/" + m.subject(), k -> new ArrayList<>()).add(m);
        }
        return List.copyOf(byPopulation.values());
    }

    /**
     * The per-row part of a pass, the one definition of what a population row adds to a result (the
     * aggregation sums it; {@link MetricDrillDown} lists it): each population row {@code p} once per group
     * its student is in ({@code student_group}), with {@code n<i>} and {@code d<i>}, what it adds to the
     * numerator and denominator of the i-th metric of the pass.
     *
     * @param rowColumns the columns of {@code p} to carry along, e.g. {@code p.*}
     */
    static String factsSql(List<MetricDefinition> pass, MeasurementSettings settings, String rowColumns) {
        MetricDefinition first = pass.get(0);
        StringBuilder facts = new StringBuilder("SELECT ").append(rowColumns).append(", unnest(")
                .append(GroupColumns.groupIds(first.population())).append(") AS student_group");
        for (int i = 0; i < pass.size(); i++) {
            MetricDefinition m = pass.get(i);
            facts.append(", CAST(").append(m.numerator()).append(" AS DECIMAL(38,6)) AS n").append(i)
                    .append(", CAST(").append(m.denominator()).append(" AS DECIMAL(38,6)) AS d").append(i);
        }
        return facts.append(" FROM (").append(PopulationSql.sql(first, settings))
                .append(") p LEFT JOIN group_flags g ON g.school_year = p.").append(PopulationSql.groupYear(first))
                .append(" AND g.student_id = p.student_id").toString();
    }

    /**
     * The median of a DECIMAL column, exactly: the mean of the lower and the upper middle value (the
     * middle value twice for an odd count). DuckDB's {@code median} interpolates a DECIMAL through a
     * double and keeps the input's scale ((1.000001 + 1.000002) / 2 gives 1.000001); its discrete
     * quantile is the lower middle value, and that of the negated values the upper one negated.
     */
    static String exactMedian(String column) {
        return "(quantile_disc(" + column + ", 0.5) - quantile_disc(-" + column + ", 0.5)) * 0.5";
    }

    /**
     * One INSERT for the metrics of one population. Each population row is repeated once per group its
     * student is in ({@link GroupColumns#groupIds}), one aggregation per (school year, level, entity,
     * group) sums every metric of the pass, and the sums are unpivoted to one row per metric and group
     * with a non-zero denominator.
     */
    private static String aggregateSql(List<MetricDefinition> pass, MeasurementSettings settings) {
        StringBuilder sums = new StringBuilder("SELECT school_year, level, entity_id, student_group");
        List<String> unpivot = new ArrayList<>();
        for (int i = 0; i < pass.size(); i++) {
            MetricDefinition m = pass.get(i);
            if (m.kind() == ValueKind.MEDIAN) {
                sums.append(", NULL::DECIMAL(38,6) AS sn").append(i)
                        .append(", count(n").append(i).append(") AS sd").append(i)
                        .append(", count(n").append(i).append(") AS sc").append(i)
                        .append(", CAST(").append(exactMedian("n" + i)).append(" AS DECIMAL(38,12)) AS sv").append(i);
            } else {
                sums.append(", sum(n").append(i).append(") AS sn").append(i)
                        .append(", sum(d").append(i).append(") AS sd").append(i)
                        .append(", count(*) FILTER (WHERE d").append(i).append(" <> 0) AS sc").append(i)
                        .append(", NULL::DECIMAL(38,12) AS sv").append(i);
            }
            unpivot.add("(sn" + i + ", sd" + i + ", sc" + i + ", sv" + i + ") AS \"" + m.id() + "\"");
        }
        sums.append(" FROM (").append(factsSql(pass, settings, "p.school_year, p.level, p.entity_id"))
                .append(") GROUP BY school_year, level, entity_id, student_group");
        String excluded = pass.stream().flatMap(m -> m.excludedGroups().stream().map(g -> "(metric = '" + m.id()
                + "' AND student_group = '" + g + "')")).collect(Collectors.joining(" OR "));
        return """
                INSERT INTO metric_aggregates (metric, school_year, level, entity_id, student_group, numerator,
                    denominator, students, value)
                SELECT metric, school_year, level, entity_id, student_group, numerator, denominator, students, value
                FROM (%s) UNPIVOT INCLUDE NULLS ((numerator, denominator, students, value) FOR metric IN (%s))
                WHERE denominator > 0 AND NOT (%s)""".formatted(sums, String.join(", ", unpivot),
                excluded.isEmpty() ? "FALSE" : excluded);
    }
}
