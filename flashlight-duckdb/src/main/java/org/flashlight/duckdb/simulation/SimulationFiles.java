package org.flashlight.duckdb.simulation;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.Numbers;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.simulation.Disagreement;
import org.flashlight.core.simulation.SchoolComparison;
import org.flashlight.core.simulation.SettingDifference;
import org.flashlight.core.simulation.Simulation;
import org.flashlight.core.simulation.SummaryRow;

/**
 * Writes a simulation (FW-4, CA-4; docs/simulate.md): simulation_schools.csv (every school under A and B),
 * simulation_changes.csv (the schools whose rating or a designation changes, with the reasons),
 * simulation_summary.csv (state, district, school type and poverty quartile rows),
 * simulation_disagreements.csv (per school and metric treated differently, why) and
 * simulation_settings.csv (the settings the two frameworks hold differently). Numbers to at most 6
 * decimals, half up, as the run's files; rows in a fixed order, so the same inputs give the same bytes.
 */
public final class SimulationFiles {
    static final List<String> SCHOOLS = List.of("school_year", "school_id", "school_name", "district_id",
            "school_type", "poverty_quartile", "framework_a", "framework_b", "framework_level_a", "framework_level_b",
            "score_a", "score_b", "score_change", "rating_a", "rating_b", "rating_change", "designations_a",
            "designations_b", "changed", "reason");
    static final List<String> CHANGES = List.of("school_year", "school_id", "school_name", "district_id",
            "school_type", "poverty_quartile", "framework_level_a", "framework_level_b", "score_a", "score_b",
            "rating_a", "rating_b", "rating_change", "designations_gained", "designations_lost", "reason",
            "designation_detail_a", "designation_detail_b", "indicator_shifts");
    static final List<String> SUMMARY = List.of("school_year", "dimension", "key", "schools", "scored_a",
            "mean_score_a", "scored_b", "mean_score_b", "ratings_up", "ratings_down", "ratings_gained_or_lost",
            "changed", "designations_gained", "designations_lost");
    static final List<String> DISAGREEMENTS = List.of("school_year", "school_id", "framework_level", "metric",
            "kinds", "treatment_a", "treatment_b", "why");
    static final List<String> SETTINGS = List.of("setting", "a", "b");

    private SimulationFiles() {
    }

    public static void write(Path out, Simulation simulation) {
        String a = simulation.a().label();
        String b = simulation.b().label();
        writeCsv(out.resolve("simulation_schools.csv"), SCHOOLS, simulation.schools(), c -> List.of(
                Integer.toString(c.schoolYear()), c.schoolId(), c.profile().schoolName(), c.profile().districtId(),
                c.profile().schoolType(), quartile(c), a, b, c.levelA(), c.levelB(), show(c.scoreA().orElse(null)),
                show(c.scoreB().orElse(null)), scoreChange(c), rating(c.a()), rating(c.b()), c.rating().id(),
                ids(c.a() == null ? List.of() : c.a().designations()),
                ids(c.b() == null ? List.of() : c.b().designations()), Boolean.toString(c.changed()), c.reason()));
        writeCsv(out.resolve("simulation_changes.csv"), CHANGES, simulation.changes(), c -> List.of(
                Integer.toString(c.schoolYear()), c.schoolId(), c.profile().schoolName(), c.profile().districtId(),
                c.profile().schoolType(), quartile(c), c.levelA(), c.levelB(), show(c.scoreA().orElse(null)),
                show(c.scoreB().orElse(null)), rating(c.a()), rating(c.b()), c.rating().id(), ids(c.gained()),
                ids(c.lost()), c.reason(), details(c.a()), details(c.b()), c.shifts().stream()
                        .filter(s -> s.delta().signum() != 0).map(s -> s.describe())
                        .collect(Collectors.joining("; "))));
        writeCsv(out.resolve("simulation_summary.csv"), SUMMARY, simulation.summary(), (SummaryRow r) -> List.of(
                Integer.toString(r.schoolYear()), r.dimension(), r.key(), Integer.toString(r.schools()),
                Integer.toString(r.scoredA()), show(r.meanA()), Integer.toString(r.scoredB()), show(r.meanB()),
                Integer.toString(r.ratingsUp()), Integer.toString(r.ratingsDown()),
                Integer.toString(r.ratingsGainedOrLost()), Integer.toString(r.changed()),
                Integer.toString(r.designationsGained()), Integer.toString(r.designationsLost())));
        writeCsv(out.resolve("simulation_disagreements.csv"), DISAGREEMENTS, simulation.disagreements(),
                (Disagreement d) -> List.of(Integer.toString(d.schoolYear()), d.schoolId(), d.frameworkLevel(),
                        d.metric(), String.join("|", d.kinds()), d.treatmentA(), d.treatmentB(), d.reason()));
        writeCsv(out.resolve("simulation_settings.csv"), SETTINGS, simulation.settings(),
                (SettingDifference s) -> List.of(s.path(), s.a(), s.b()));
    }

    private static String scoreChange(SchoolComparison c) {
        if (c.scoreA().isEmpty() || c.scoreB().isEmpty()) {
            return "";
        }
        return show(c.scoreB().get().subtract(c.scoreA().get()));
    }

    private static String quartile(SchoolComparison c) {
        return c.povertyQuartile() == null ? "" : c.povertyQuartile().toString();
    }

    private static String rating(SchoolScore score) {
        return score == null ? "" : score.rating();
    }

    private static String ids(List<Designation> designations) {
        return designations.stream().map(Designation::id).collect(Collectors.joining("|"));
    }

    private static String details(SchoolScore score) {
        return score == null ? "" : score.designations().stream().map(Designation::detail)
                .collect(Collectors.joining("; "));
    }

    private static String show(BigDecimal value) {
        return Numbers.show(value);
    }

    private static <T> void writeCsv(Path target, List<String> header, List<T> rows, Function<T, List<String>> fields) {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target)) {
            csv.writeRecord(header);
            for (T row : rows) {
                csv.writeRecord(fields.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
