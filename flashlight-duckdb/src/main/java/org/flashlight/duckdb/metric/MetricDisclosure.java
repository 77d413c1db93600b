package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flashlight.core.disclosure.Cell;
import org.flashlight.core.disclosure.ComplementSet;
import org.flashlight.core.disclosure.Disclosure;
import org.flashlight.core.disclosure.DisclosurePolicy;
import org.flashlight.core.disclosure.DisclosureResult;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * What the public may see of a run's metric results: every result passes through {@link Disclosure}
 * (docs/disclosure.md) in tables per school year and metric: each entity's groups (protected against any
 * combination of their sets), the schools of each district with the district, and the districts with the
 * state (protected set by set), with these complement sets:
 * <ul>
 * <li>per entity, the student-group partitions of {@link StudentGroup#PARTITIONS} (race groups under
 * {@code all}, target / not target, each single group under {@code all});</li>
 * <li>per group, a district = the sum of its schools, and the state = the sum of its districts. Pooled
 * counts make a district at most the sum of its schools, so treating it as equal hides more,
 * never less;</li>
 * <li>per group, a split school (STAR-1) = the sum of its framework-level parts: a student is in one grade
 * a year, so the whole-school row less one level's row gives the other level's away. A school's parts
 * are in the school's own table (each part with its groups' partitions), so that combinations of group
 * and level sets are audited too; the district sums take whole-school rows only. What the parts leave of
 * the whole (a response without a grade) is the set's remainder.</li>
 * </ul>
 * A {@code lowest_race} row repeats one race group's row, so it is shown exactly when that row is.
 */
public final class MetricDisclosure {
    /** Outcome statuses from the least to the most restrictive. */
    private static final List<Outcome.Status> STRICTNESS = List.of(Outcome.Status.SHOWN, Outcome.Status.TOP_CODED,
            Outcome.Status.BOTTOM_CODED, Outcome.Status.SUPPRESSED);

    private MetricDisclosure() {
    }

    /**
     * One public decision per result, in the order of {@code results}.
     *
     * @param districtOfSchool the district of each school, keyed {@code school_year|school_id}
     */
    public static List<Outcome<Integer>> apply(List<MetricResult> results, Map<String, String> districtOfSchool,
            DisclosurePolicy policy) {
        return apply(results, districtOfSchool, policy, MetricCatalog.METRICS);
    }

    /**
     * As {@link #apply(List, Map, DisclosurePolicy)} for results of these metrics (a framework's own metrics
     * included), whose kind decides how a cell is coded.
     */
    public static List<Outcome<Integer>> apply(List<MetricResult> results, Map<String, String> districtOfSchool,
            DisclosurePolicy policy, List<MetricDefinition> metrics) {
        Map<String, ValueKind> kinds = new HashMap<>();
        metrics.forEach(m -> kinds.put(m.id(), m.kind()));
        // Each entity's groups are one table, protected against any combination of its sets; the schools of
        // a district with the district, and the districts with the state, are tables protected set by set
        // (the exact audit of combinations grows with the cube of a table's hidden cells). A cell in several
        // tables takes the strictest outcome, which is sound: publishing less never makes a hidden value
        // derivable.
        Map<String, List<Integer>> entityTables = new LinkedHashMap<>();
        Map<String, List<Integer>> levelTables = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            MetricResult r = results.get(i);
            String table = r.schoolYear() + "|" + r.metric() + "|";
            add(entityTables, table + r.level() + "|" + r.entityId(), i); // a split school's parts included
            if (!r.frameworkLevel().isEmpty()) {
                continue; // parts add up to their school, not to the district
            }
            switch (r.level()) {
                case "school" -> add(levelTables, table + districtOfSchool.getOrDefault(
                        r.schoolYear() + "|" + r.entityId(), "?" + r.entityId()), i);
                case "district" -> {
                    add(levelTables, table + r.entityId(), i);
                    add(levelTables, table + "state", i);
                }
                default -> add(levelTables, table + "state", i);
            }
        }
        List<Outcome<Integer>> outcomes = new ArrayList<>(Collections.nCopies(results.size(), null));
        decideAll(entityTables, Disclosure.Scope.SETS_AND_COMBINATIONS, results, districtOfSchool, policy, kinds,
                outcomes);
        decideAll(levelTables, Disclosure.Scope.EACH_SET, results, districtOfSchool, policy, kinds, outcomes);
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            rowOf.put(rowKey(results.get(i), results.get(i).studentGroup()), i);
        }
        for (int i = 0; i < results.size(); i++) {
            MetricResult r = results.get(i);
            if (r.studentGroup().equals(StudentGroup.LOWEST_RACE.id())) {
                outcomes.set(i, copyOf(i, outcomes.get(rowOf.get(rowKey(r, r.groupDetail())))));
            }
        }
        return outcomes;
    }

    private static void decideAll(Map<String, List<Integer>> tables, Disclosure.Scope scope,
            List<MetricResult> results, Map<String, String> districtOfSchool, DisclosurePolicy policy,
            Map<String, ValueKind> kinds, List<Outcome<Integer>> outcomes) {
        for (Map.Entry<String, List<Integer>> table : tables.entrySet()) {
            DisclosureResult<Integer> decided = decide(table.getKey(), table.getValue(), results, districtOfSchool,
                    policy, kinds, scope);
            for (Outcome<Integer> outcome : decided.outcomes()) {
                Outcome<Integer> earlier = outcomes.get(outcome.key());
                if (earlier == null || STRICTNESS.indexOf(outcome.status()) > STRICTNESS.indexOf(earlier.status())) {
                    outcomes.set(outcome.key(), outcome);
                }
            }
        }
    }

    private static void add(Map<String, List<Integer>> tables, String table, int row) {
        tables.computeIfAbsent(table, k -> new ArrayList<>()).add(row);
    }

    private static DisclosureResult<Integer> decide(String name, List<Integer> rows, List<MetricResult> results,
            Map<String, String> districtOfSchool, DisclosurePolicy policy, Map<String, ValueKind> kinds,
            Disclosure.Scope scope) {
        List<Cell<Integer>> cells = new ArrayList<>();
        Map<String, Integer> keyOf = new HashMap<>(); // entity(r)|group -> row
        for (int i : rows) {
            MetricResult r = results.get(i);
            if (r.studentGroup().equals(StudentGroup.LOWEST_RACE.id())) {
                continue;
            }
            cells.add(cell(i, r, kinds.getOrDefault(r.metric(), ValueKind.MEAN)));
            keyOf.put(entity(r) + "|" + r.studentGroup(), i);
        }
        List<ComplementSet<Integer>> sets = new ArrayList<>();
        Map<String, List<Integer>> schoolsOfDistrict = new LinkedHashMap<>();
        Map<String, List<Integer>> districtsOfState = new LinkedHashMap<>();
        Map<String, List<Integer>> partsOfSchool = new LinkedHashMap<>(); // the whole school's cell key -> parts
        for (int i : rows) {
            MetricResult r = results.get(i);
            if (!r.frameworkLevel().isEmpty() && !r.studentGroup().equals(StudentGroup.LOWEST_RACE.id())) {
                partsOfSchool.computeIfAbsent(r.level() + "|" + r.entityId() + "|" + r.studentGroup(),
                        k -> new ArrayList<>()).add(i);
            }
            if (!r.studentGroup().equals(StudentGroup.ALL.id())) {
                continue;
            }
            String entity = entity(r);
            for (StudentGroup.Partition p : StudentGroup.PARTITIONS) {
                List<Integer> members = p.parts().stream().map(g -> keyOf.get(entity + "|" + g.id()))
                        .filter(Objects::nonNull).toList();
                if (!members.isEmpty()) {
                    sets.add(ComplementSet.withTotal(name + " " + entity + " " + p.id(), i, members));
                }
            }
        }
        partsOfSchool.forEach((school, members) -> {
            Integer total = keyOf.get(school);
            if (total != null) {
                sets.add(ComplementSet.withTotal(name + " levels " + school, total, members));
            }
        });
        for (int i : rows) {
            MetricResult r = results.get(i);
            String district = districtOfSchool.get(r.schoolYear() + "|" + r.entityId());
            if (!r.frameworkLevel().isEmpty()) {
                continue;
            }
            if (r.level().equals("school") && district != null) {
                schoolsOfDistrict.computeIfAbsent(district + "|" + r.studentGroup(), k -> new ArrayList<>()).add(i);
            } else if (r.level().equals("district")) {
                districtsOfState.computeIfAbsent(r.studentGroup(), k -> new ArrayList<>()).add(i);
            }
        }
        schoolsOfDistrict.forEach((districtAndGroup, members) -> {
            Integer total = keyOf.get("district|" + districtAndGroup);
            if (total != null) {
                sets.add(ComplementSet.withTotal(name + " district " + districtAndGroup, total, members));
            }
        });
        districtsOfState.forEach((group, members) -> {
            Integer total = keyOf.get("state|state|" + group);
            if (total != null) {
                sets.add(ComplementSet.withTotal(name + " state " + group, total, members));
            }
        });
        return Disclosure.apply(policy, cells, sets, scope);
    }

    /** The result as a disclosure cell: rates of students are coded; day-weighted rates, means and medians are not counted rates. */
    private static Cell<Integer> cell(int key, MetricResult r, ValueKind kind) {
        long units = Math.max(1, r.students());
        return switch (kind) {
            case RATE -> countsUnits(r) ? Cell.rate(key, r.numerator().longValueExact(), units)
                    : Cell.rate(key, units, r.value());
            case MEAN -> Cell.mean(key, units, r.value());
            case MEDIAN, CHANGE -> Cell.medianOrPercentile(key, units, r.value());
        };
    }

    /** Whether the rate is a count of the units behind it (students, responses, exams) over those units. */
    private static boolean countsUnits(MetricResult r) {
        return r.numerator() != null && r.denominator().compareTo(BigDecimal.valueOf(r.students())) == 0
                && r.numerator().stripTrailingZeros().scale() <= 0;
    }

    /** The district of every school, keyed {@code school_year|school_id}, from the bundle's schools table. */
    public static Map<String, String> districtOfSchool(BundleDatabase db) {
        Map<String, String> districts = new HashMap<>();
        try (Statement s = db.connection().createStatement();
                ResultSet rs = s.executeQuery("SELECT school_year, school_id, district_id FROM schools")) {
            while (rs.next()) {
                districts.put(rs.getInt(1) + "|" + rs.getString(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return districts;
    }

    private static String rowKey(MetricResult r, String group) {
        return r.schoolYear() + "|" + entity(r) + "|" + r.metric() + "|" + group;
    }

    /** The cells' entity: {@code level|entity_id}, and {@code :framework_level} for a split school's part. */
    private static String entity(MetricResult r) {
        return r.level() + "|" + r.entityId() + (r.frameworkLevel().isEmpty() ? "" : ":" + r.frameworkLevel());
    }

    private static Outcome<Integer> copyOf(int key, Outcome<Integer> source) {
        return new Outcome<>(key, source.status(), source.reason(), source.complementSet(), source.value(),
                source.display());
    }
}
