package org.flashlight.duckdb.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.Population;

/**
 * The student groups as columns, so that one aggregation serves every group: {@code group_flags} holds
 * one row per student and year with the student's race group and a boolean per other group (pivoted from
 * {@code student_groups}), and each {@link Group} is a condition over a population row joined to it.
 */
final class GroupColumns {
    /** A group as the engine filters it: its id, a SQL-safe column suffix and the condition over {@code p}, {@code g}. */
    record Group(String id, String column, String condition) {
    }

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
     * The groups a population's rows can be split by: {@code all}, the race groups, the per-year
     * groups, and {@code lowest_25pct} where the population has that column. ({@code lowest_race} is
     * chosen afterwards from the race rows.)
     */
    static List<Group> groupsOf(Population population) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group(StudentGroup.ALL.id(), StudentGroup.ALL.id(), "TRUE"));
        for (StudentGroup race : StudentGroup.RACES) {
            groups.add(new Group(race.id(), race.id(), "coalesce(g." + PREFIX + "race = '" + race.id() + "', false)"));
        }
        for (StudentGroup flag : flagGroups()) {
            groups.add(new Group(flag.id(), flag.id(), "coalesce(g." + PREFIX + flag.id() + ", false)"));
        }
        if (Arrays.stream(population.columns().split(",")).map(String::trim)
                .anyMatch(StudentGroup.LOWEST_25PCT.id()::equals)) {
            groups.add(new Group(StudentGroup.LOWEST_25PCT.id(), StudentGroup.LOWEST_25PCT.id(),
                    "coalesce(p.lowest_25pct, false)"));
        }
        return groups;
    }
}
