package org.flashlight.duckdb.metric;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;

/**
 * {@code lowest_race} (metrics.md, CORE): per metric, school year and entity, the race group with at
 * least min n students that performs worst on that metric, copied as a row of group {@code lowest_race}
 * whose {@code group_detail} names the race. Values are compared exactly (cross-multiplied numerators
 * and denominators, never divided). A tie goes to the group with more students, then to the first in
 * the contract's race order (docs/metrics/groups-derived-and-results.md). Metrics without a direction
 * have no such row.
 */
final class LowestRaceGroup {
    private LowestRaceGroup() {
    }

    static void add(BundleDatabase db, List<MetricDefinition> metrics, int minN) {
        for (MetricDefinition metric : metrics) {
            if (metric.direction() != Direction.NONE && !metric.excludedGroups().contains(StudentGroup.LOWEST_RACE.id())) {
                db.execute(sql(metric, minN));
            }
        }
    }

    private static String sql(MetricDefinition metric, int minN) {
        List<StudentGroup> races = StudentGroup.RACES;
        String order = IntStream.range(0, races.size())
                .mapToObj(i -> "WHEN '" + races.get(i).id() + "' THEN " + i).collect(Collectors.joining(" "));
        boolean byValue = metric.kind() == ValueKind.MEDIAN || metric.kind() == ValueKind.CHANGE;
        // value(b) compared with value(a), exactly
        String left = byValue ? "b.value" : "b.numerator * a.denominator";
        String right = byValue ? "a.value" : "a.numerator * b.denominator";
        String worse = metric.direction() == Direction.HIGHER ? "<" : ">";
        return """
                INSERT INTO metric_aggregates
                WITH candidates AS (
                    SELECT *, CASE student_group %s END AS race_order FROM metric_aggregates
                    WHERE metric = '%s' AND students >= %d AND student_group IN (%s))
                SELECT a.metric, a.school_year, a.level, a.entity_id, '%s', a.numerator, a.denominator, a.students,
                       a.value, a.student_group
                FROM candidates a
                WHERE NOT EXISTS (
                    SELECT 1 FROM candidates b
                    WHERE b.school_year = a.school_year AND b.level = a.level AND b.entity_id = a.entity_id
                      AND b.student_group <> a.student_group
                      AND (%s %s %s OR (%s = %s AND (b.students > a.students
                           OR (b.students = a.students AND b.race_order < a.race_order)))))"""
                .formatted(order, metric.id(), minN,
                        races.stream().map(g -> "'" + g.id() + "'").collect(Collectors.joining(", ")),
                        StudentGroup.LOWEST_RACE.id(), left, worse, right, left, right);
    }
}
