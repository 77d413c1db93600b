package org.flashlight.duckdb.metric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;

/**
 * Computes metrics over a loaded bundle into {@code metric_aggregates(metric, school_year, level,
 * entity_id, student_group, numerator, denominator, students, value)}. Requires
 * {@code student_groups(school_year, student_id, group_id)}.
 *
 * <p>Metrics that share a population (and subject) are computed in one pass: the population query runs
 * once, each row is joined to its student's group flags (one row per student and year, see
 * {@link GroupColumns}), and one aggregation sums every metric's numerator and denominator for every
 * group with {@code FILTER} clauses, so nothing is multiplied by the number of groups a student is in.
 * {@code lowest_race} and the derived metrics are added afterwards from these rows
 * ({@link LowestRaceGroup}, {@link DerivedMetrics}).
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

    /** Computes with {@link #DEFAULT_MIN_N} for choosing {@code lowest_race}. */
    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment) {
        compute(metrics, assessment, DEFAULT_MIN_N);
    }

    /**
     * @param minN the framework's min n: a race group is a candidate for {@code lowest_race} only with at
     *             least this many students in the metric's calculation
     */
    public void compute(List<MetricDefinition> metrics, AssessmentSettings assessment, int minN) {
        TestDefinitions.write(db);
        db.execute(PopulationSql.prepare(assessment));
        db.execute(GroupColumns.createFlagsTable());
        db.execute("""
                CREATE OR REPLACE TABLE metric_aggregates (metric VARCHAR, school_year INTEGER, level VARCHAR,
                    entity_id VARCHAR, student_group VARCHAR, numerator DECIMAL(38,6), denominator DECIMAL(38,6),
                    students BIGINT, value DECIMAL(38,12), group_detail VARCHAR)""");
        for (List<MetricDefinition> pass : passes(metrics)) {
            db.execute(aggregateSql(pass, assessment));
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
     * One INSERT for the metrics of one population: per (school year, level, entity) one wide row of
     * sums per metric and group, unpivoted to one row per metric and group with a non-zero denominator.
     */
    private static String aggregateSql(List<MetricDefinition> pass, AssessmentSettings assessment) {
        MetricDefinition first = pass.get(0);
        List<GroupColumns.Group> groups = GroupColumns.groupsOf(first.population());
        StringBuilder facts = new StringBuilder("SELECT p.school_year, p.level, p.entity_id");
        for (GroupColumns.Group g : groups) {
            facts.append(", ").append(g.condition()).append(" AS in_").append(g.column());
        }
        for (int i = 0; i < pass.size(); i++) {
            MetricDefinition m = pass.get(i);
            facts.append(", CAST(").append(m.numerator()).append(" AS DECIMAL(38,6)) AS n").append(i)
                    .append(", CAST(").append(m.denominator()).append(" AS DECIMAL(38,6)) AS d").append(i);
        }
        facts.append(" FROM (").append(PopulationSql.sql(first, assessment)).append(") p LEFT JOIN group_flags g ON g.school_year = p.")
                .append(PopulationSql.groupYear(first)).append(" AND g.student_id = p.student_id");

        StringBuilder sums = new StringBuilder("SELECT school_year, level, entity_id");
        List<String> unpivot = new ArrayList<>();
        for (int i = 0; i < pass.size(); i++) {
            MetricDefinition m = pass.get(i);
            for (GroupColumns.Group g : groups) {
                if (m.excludedGroups().contains(g.id())) {
                    continue;
                }
                String suffix = i + "_" + g.column();
                String filter = " FILTER (WHERE in_" + g.column() + ")";
                if (m.kind() == ValueKind.MEDIAN) {
                    sums.append(", NULL::DECIMAL(38,6) AS n").append(suffix)
                            .append(", count(n").append(i).append(")").append(filter).append(" AS d").append(suffix)
                            .append(", count(n").append(i).append(")").append(filter).append(" AS c").append(suffix)
                            .append(", median(n").append(i).append(")").append(filter).append(" AS v").append(suffix);
                } else {
                    sums.append(", sum(n").append(i).append(")").append(filter).append(" AS n").append(suffix)
                            .append(", sum(d").append(i).append(")").append(filter).append(" AS d").append(suffix)
                            .append(", count(*) FILTER (WHERE in_").append(g.column()).append(" AND d").append(i)
                            .append(" <> 0) AS c").append(suffix)
                            .append(", NULL::DECIMAL(38,12) AS v").append(suffix);
                }
                unpivot.add("(n" + suffix + ", d" + suffix + ", c" + suffix + ", v" + suffix + ") AS \""
                        + m.id() + "|" + g.id() + "\"");
            }
        }
        sums.append(" FROM (").append(facts).append(") GROUP BY school_year, level, entity_id");
        return """
                INSERT INTO metric_aggregates (metric, school_year, level, entity_id, student_group, numerator,
                    denominator, students, value)
                SELECT split_part(key, '|', 1) AS metric, school_year, level, entity_id, split_part(key, '|', 2),
                       numerator, denominator, students, value
                FROM (%s) UNPIVOT INCLUDE NULLS ((numerator, denominator, students, value) FOR key IN (%s))
                WHERE denominator > 0""".formatted(sums, String.join(", ", unpivot));
    }
}
