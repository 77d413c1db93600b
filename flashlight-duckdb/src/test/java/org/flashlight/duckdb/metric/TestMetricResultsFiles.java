package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * metric_results.csv as {@link MetricResultsCsv} writes it (meets_min_n, R-5 numbers) and the table
 * {@link MetricResultsTable} loads from it, on four hand-made results with min n 20.
 */
class TestMetricResultsFiles {
    @TempDir
    Path temp;

    private static final List<MetricResult> RESULTS = List.of(
            // a rate of 5 students: 5 < 20, so it does not meet min n; value 2/5 = 0.4
            new MetricResult(2024, "school", "A", "", "chronic_absence", "all", new BigDecimal("2"),
                    new BigDecimal("5"), 5, null, ""),
            // exactly 20 students meets min n; 1/3 to 16 significant digits
            new MetricResult(2024, "school", "A", "", "chronic_absence", "lowest_race", new BigDecimal("7"),
                    new BigDecimal("21"), 20, null, "hispanic"),
            // a CLASS mean of 3 observations: min n does not apply (metrics.md), so it meets it
            new MetricResult(2024, "school", "A", "", "class_emotional_support", "all", new BigDecimal("16.5"),
                    new BigDecimal("3"), 3, null, ""),
            // a change: no numerator, the denominator counts the students (40 >= 20)
            new MetricResult(2024, "district", "D1", "", "attendance_growth", "all", null, new BigDecimal("40"),
                    40, new BigDecimal("-0.125"), ""));

    private static final List<Outcome<Integer>> PUBLIC_VIEW = List.of(
            new Outcome<>(0, Outcome.Status.SUPPRESSED, Optional.of(Outcome.Reason.BELOW_MIN_N), Optional.empty(),
                    Optional.empty(), ""),
            shown(1, "0.3333333333333333"),
            new Outcome<>(2, Outcome.Status.SUPPRESSED, Optional.of(Outcome.Reason.BELOW_MIN_N), Optional.empty(),
                    Optional.empty(), ""),
            shown(3, "-0.125"));

    private static Outcome<Integer> shown(int key, String value) {
        return new Outcome<>(key, Outcome.Status.SHOWN, Optional.empty(), Optional.empty(),
                Optional.of(new BigDecimal(value)), value);
    }

    @Test
    void csvWritesR5NumbersAndMeetsMinNOnlyWhereMinNApplies() throws IOException {
        Path csv = temp.resolve("metric_results.csv");
        MetricResultsCsv.write(csv, "fw", RESULTS, 20, PUBLIC_VIEW);

        assertThat(Files.readAllLines(csv)).containsExactly(String.join(",", MetricResultsCsv.HEADER),
                "fw,2024,school,A,,chronic_absence,all,2,5,0.4,false,true,,,5,,",
                "fw,2024,school,A,,chronic_absence,lowest_race,7,21,0.3333333333333333,true,false,,,20,"
                        + "0.3333333333333333,hispanic",
                "fw,2024,school,A,,class_emotional_support,all,16.5,3,5.5,true,true,,,3,,",
                "fw,2024,district,D1,,attendance_growth,all,,40,-0.125,true,false,,,40,-0.125,");
    }

    @Test
    void theTableHoldsTheCsvsRowsWithTypedColumns() throws SQLException {
        Path csv = temp.resolve("metric_results.csv");
        MetricResultsCsv.write(csv, "fw", RESULTS, 20, PUBLIC_VIEW);
        try (BundleDatabase db = BundleDatabase.inMemory()) {
            MetricResultsTable.load(db, csv);

            List<List<Object>> rows = new ArrayList<>();
            try (Statement s = db.connection().createStatement();
                    ResultSet rs = s.executeQuery("SELECT school_year, entity_id, framework_level, numerator, "
                            + "denominator, value, meets_min_n, suppressed, points, students, public_value, group_detail "
                            + "FROM metric_results")) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= 12; i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof BigDecimal d ? MetricResultsCsv.plain(d) : value);
                    }
                    rows.add(row);
                }
            }
            // in the file's order; empty fields are NULL; DECIMAL numbers (shown plainly) exact
            assertThat(rows).containsExactly(
                    Arrays.asList(2024, "A", null, "2", "5", "0.4", false, true, null, 5L, null, null),
                    Arrays.asList(2024, "A", null, "7", "21", "0.3333333333333333", true, false, null, 20L,
                            "0.3333333333333333", "hispanic"),
                    Arrays.asList(2024, "A", null, "16.5", "3", "5.5", true, true, null, 3L, null, null),
                    Arrays.asList(2024, "D1", null, null, "40", "-0.125", true, false, null, 40L, "-0.125", null));
        }
    }

    @Test
    void aNumberTheTableWouldRoundIsAnError() throws IOException {
        // 25 decimals: more than value's DECIMAL(38,24) keeps
        Path csv = temp.resolve("metric_results.csv");
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", MetricResultsCsv.HEADER));
        lines.add("fw,2024,school,A,,m,all,1,3,0.3333333333333333333333333,false,true,,,3,,");
        Files.write(csv, lines);
        try (BundleDatabase db = BundleDatabase.inMemory()) {
            assertThatThrownBy(() -> MetricResultsTable.load(db, csv)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("more decimals");
        }
    }
}
