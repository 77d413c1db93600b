package org.flashlight.ontrack;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flashlight.core.ontrack.GapRow;

/**
 * BTSC-3 from a run's metric_results.csv (the measurement engine's own counts): for each readiness and
 * on-track metric, year and entity, the target group against the rest, with the change of the gap
 * since the year before. Whole-entity rows only (empty framework_level).
 */
public final class GapTables {
    public static final Set<String> METRICS = Set.of("hs_readiness", "ninth_grade_on_track", "ninth_grade_no_df",
            "ninth_grade_gpa_2_5", "grade9_course_success");
    public static final List<String> HEADER = List.of("metric", "school_year", "level", "entity_id", "group",
            "group_percent", "group_n", "comparison", "comparison_percent", "comparison_n", "gap_points",
            "gap_points_prior_year", "gap_change");

    private GapTables() {
    }

    /** target_group vs not_target_group, sorted by metric, level, entity and year. */
    public static List<GapRow> fromMetricResults(Path metricResultsCsv) {
        if (!Files.isRegularFile(metricResultsCsv)) {
            throw new IllegalArgumentException("--results needs a `flashlight run` output folder with metric_results.csv; "
                    + metricResultsCsv + " does not exist");
        }
        Map<String, long[]> counts = new TreeMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(metricResultsCsv)) {
            for (NamedCsvRecord r : csv) {
                String metric = r.getField("metric");
                String group = r.getField("student_group");
                if (!METRICS.contains(metric) || !r.getField("framework_level").isEmpty()
                        || !(group.equals("target_group") || group.equals("not_target_group"))) {
                    continue;
                }
                String key = String.join("|", metric, r.getField("level"), r.getField("entity_id"),
                        String.format(java.util.Locale.ROOT, "%04d", Integer.parseInt(r.getField("school_year"))));
                long[] c = counts.computeIfAbsent(key, k -> new long[4]);
                int offset = group.equals("target_group") ? 0 : 2;
                c[offset] = Long.parseLong(r.getField("numerator"));
                c[offset + 1] = Long.parseLong(r.getField("denominator"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metricResultsCsv + ": " + e.getMessage(), e);
        }
        List<GapRow> rows = new ArrayList<>();
        counts.forEach((key, c) -> {
            if (c[1] > 0 && c[3] > 0) {
                String[] k = key.split("\\|");
                rows.add(new GapRow(k[0], Integer.parseInt(k[3]), k[1], k[2], "target_group", c[0], c[1],
                        "not_target_group", c[2], c[3]));
            }
        });
        return rows;
    }

    public static void write(Path file, List<GapRow> rows) {
        try (CsvLines csv = new CsvLines(file, HEADER)) {
            GapRow prior = null;
            for (GapRow r : rows) {
                boolean sameSeries = prior != null && prior.metric().equals(r.metric()) && prior.level().equals(r.level())
                        && prior.entityId().equals(r.entityId()) && prior.schoolYear() == r.schoolYear() - 1;
                csv.row(r.metric(), r.schoolYear(), r.level(), r.entityId(), r.group(), r.groupPercent(),
                        r.groupDenominator(), r.comparison(), r.comparisonPercent(), r.comparisonDenominator(),
                        r.gapPoints(), sameSeries ? prior.gapPoints() : "",
                        sameSeries ? r.gapPoints().subtract(prior.gapPoints()) : "");
                prior = r;
            }
        }
    }
}
