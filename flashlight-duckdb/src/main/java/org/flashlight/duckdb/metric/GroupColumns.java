package org.flashlight.duckdb.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.Population;

/**
 * The student groups as columns, so that one aggregation serves every group: {@code group_flags} holds
 * one row per student and year with the student's race group and a boolean per other group (pivoted from
 * {@code student_groups}), from which {@link #groupIds} lists the groups of a population row.
 */
final class GroupColumns {
    /** Flag columns are prefixed so that they never clash with a population's columns (such as swd). */
    private static final String PREFIX = "group_";

    private GroupColumns() {
    }

    private static List<StudentGroup> flagGroups() {
        return StudentGroup.perStudentYear().stream().filter(g -> !g.isRace()).toList();
    }

    /** {@code group_flags(school_year, student_id, group_race, group_<id> boolean per non-race group)}. */
    static String createFlagsTable() {
        String races = StudentGroup.RACES.stream().map(g -> "'" + g.id() + "'").collect(Collectors.joining(", "));
        String flags = flagGroups().stream()
                .map(g -> "bool_or(group_id = '" + g.id() + "') AS " + PREFIX + g.id())
                .collect(Collectors.joining(",\n    "));
        return """
                CREATE OR REPLACE TEMP TABLE group_flags AS
                SELECT school_year, student_id, max(CASE WHEN group_id IN (%1$s) THEN group_id END) AS %3$srace,
                    %2$s
                FROM student_groups GROUP BY school_year, student_id""".formatted(races, flags, PREFIX);
    }

    /**
     * A SQL list of the ids of the groups a population row {@code p} joined to its student's flags
     * {@code g} is in: {@code all}, the student's race group, each per-year group it has, and
     * {@code lowest_25pct} where the population has that column and the row is in it. ({@code lowest_race}
     * is chosen afterwards from the race rows.)
     */
    static String groupIds(Population population) {
        List<String> ids = new ArrayList<>();
        ids.add("'" + StudentGroup.ALL.id() + "'");
        ids.add("g." + PREFIX + "race");
        for (StudentGroup flag : flagGroups()) {
            ids.add("CASE WHEN g." + PREFIX + flag.id() + " THEN '" + flag.id() + "' END");
        }
        if (population.columnNames().contains(StudentGroup.LOWEST_25PCT.id())) {
            ids.add("CASE WHEN p.lowest_25pct THEN '" + StudentGroup.LOWEST_25PCT.id() + "' END");
        }
        return "list_filter([" + String.join(", ", ids) + "], id -> id IS NOT NULL)";
    }
}
