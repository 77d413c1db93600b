package org.flashlight.core.simulation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.SchoolProfile;

/**
 * Two frameworks side by side on one run (FW-4, CA-4): every school's result under both, the settings
 * that differ, the summary tables and, per school and metric, why the two treat it differently.
 *
 * @param settings      the settings the two frameworks hold differently
 * @param schools       one comparison per school, year and framework level, by year, school_id, level
 * @param summary       per year: the state, then districts, school types and poverty quartiles
 * @param disagreements per school and metric treated differently, in school order
 */
public record Simulation(SimulationSide a, SimulationSide b, List<SettingDifference> settings,
        List<SchoolComparison> schools, List<SummaryRow> summary, List<Disagreement> disagreements) {
    public Simulation {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        settings = List.copyOf(settings);
        schools = List.copyOf(schools);
        summary = List.copyOf(summary);
        disagreements = List.copyOf(disagreements);
    }

    /**
     * Compares the outcomes of two frameworks on the same schools.
     *
     * @param profiles the schools of every year (district, type, econ_disadv share for the quartiles)
     */
    public static Simulation of(SimulationSide a, SimulationSide b, List<SchoolProfile> profiles) {
        List<SettingDifference> settings = SettingsDifferences.of(a.framework(), b.framework());
        List<SchoolComparison> schools = new SchoolComparisons(a, b).compare(profiles);
        return new Simulation(a, b, settings, schools, Summaries.of(schools),
                new Disagreements(a, b, settings).of(schools));
    }

    /** The school years compared, ascending. */
    public java.util.SortedSet<Integer> years() {
        return new java.util.TreeSet<>(schools.stream().map(SchoolComparison::schoolYear).toList());
    }

    /** This simulation restricted to one school year. */
    public Simulation forYear(int year) {
        return new Simulation(a, b, settings, schools.stream().filter(c -> c.schoolYear() == year).toList(),
                summary.stream().filter(r -> r.schoolYear() == year).toList(),
                disagreements.stream().filter(d -> d.schoolYear() == year).toList());
    }

    /** The comparisons whose rating or a designation changes. */
    public List<SchoolComparison> changes() {
        return schools.stream().filter(SchoolComparison::changed).toList();
    }

    /**
     * Schools gaining each designation, by its id before any {@code :group} suffix ({@code tsi:swd} counts
     * as {@code tsi}), ids in order; a school gaining two groups' designations of one id counts once.
     */
    public Map<String, Integer> schoolsGaining() {
        return countSchools(true);
    }

    /** Schools losing each designation, as {@link #schoolsGaining()}. */
    public Map<String, Integer> schoolsLosing() {
        return countSchools(false);
    }

    private Map<String, Integer> countSchools(boolean gained) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SchoolComparison c : schools) {
            (gained ? c.gained() : c.lost()).stream().map(Designation::id).map(id -> id.split(":", 2)[0]).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
