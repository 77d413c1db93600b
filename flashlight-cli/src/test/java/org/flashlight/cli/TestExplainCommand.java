package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight explain} on the results of {@code flashlight run} over a small generated state (1,000
 * students, two school years): the header repeats the row of metric_results.csv, the listed student rows
 * add up to it, and a bad flag is one line on stderr with exit code 2.
 */
class TestExplainCommand {
    @TempDir
    static Path temp;

    private static Path results;
    private static List<NamedCsvRecord> metricResults;

    /** One run of the command line with its output captured. */
    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }

        String header(String name) {
            return out.lines().filter(l -> l.startsWith("# " + name)).findFirst()
                    .map(l -> l.substring(("# " + name).length()).strip()).orElseThrow(() -> new AssertionError(
                            "no header line " + name + " in:\n" + out));
        }

        /** The CSV part of the output: every line that is not a header line. */
        List<NamedCsvRecord> rows() {
            String csv = String.join("\n", out.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList());
            return CsvReader.builder().ofNamedCsvRecord(csv).stream().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runAFrameworkOnAGeneratedState() throws IOException {
        Path bundle = temp.resolve("bundle");
        results = temp.resolve("out");
        Run generate = run("generate", "--out", bundle.toString(), "--students", "1000", "--years", "2", "--seed", "5");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        Run flashlightRun = run("run", "--data", bundle.toString(), "--framework", "core-sqii", "--out",
                results.toString());
        assertThat(flashlightRun.exitCode()).as(flashlightRun.err()).isIn(0, 3);
        Path csvFile = results.resolve("metric_results.csv");
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(csvFile)) {
            metricResults = csv.stream().toList();
        }
    }

    /** The smallest row of metric_results.csv that matches (small rows keep the output short). */
    private static NamedCsvRecord resultRow(Predicate<NamedCsvRecord> which) {
        return metricResults.stream().filter(which)
                .min(Comparator.comparing((NamedCsvRecord r) -> new BigDecimal(r.getField("denominator")))
                        .thenComparing(r -> r.getField("entity_id")))
                .orElseThrow(() -> new AssertionError("no such row in metric_results.csv"));
    }

    private static Predicate<NamedCsvRecord> is(String metric, String level, String group) {
        return r -> r.getField("metric").equals(metric) && r.getField("level").equals(level)
                && r.getField("student_group").equals(group);
    }

    /** The totals as the header's result line writes them, from a metric_results.csv row. */
    private static String totals(NamedCsvRecord r) {
        String numerator = r.getField("numerator").isEmpty() ? "(empty: R-5)" : r.getField("numerator");
        return "numerator " + numerator + ", denominator " + r.getField("denominator") + ", value "
                + r.getField("value") + ", students " + r.getField("students");
    }

    private static BigDecimal sum(List<NamedCsvRecord> rows, String column) {
        return rows.stream().map(r -> r.getField(column)).filter(v -> !v.isEmpty()).map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void headerRepeatsTheMetricResultsRowAndTheStudentRowsAddUpToIt() {
        NamedCsvRecord row = resultRow(is("suspension", "school", "all")
                .and(r -> new BigDecimal(r.getField("numerator")).signum() > 0));

        Run explain = run("explain", "--results", results.toString(), "--metric", "suspension", "--entity",
                row.getField("entity_id"), "--year", row.getField("school_year"));

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("# INTERNAL VIEW");
        assertThat(explain.header("result")).isEqualTo(totals(row) + " (as in metric_results.csv)");
        assertThat(explain.header("population")).contains("at least 1 day enrolled");
        assertThat(explain.header("numerator")).contains("1 when suspended, else 0");
        List<NamedCsvRecord> students = explain.rows();
        assertThat(students.getFirst().getHeader()).startsWith("student_id", "in_numerator", "in_denominator",
                "numerator", "denominator").contains("days_enrolled", "suspended");
        assertThat(students).hasSize(Integer.parseInt(row.getField("students")));
        assertThat(sum(students, "numerator")).isEqualByComparingTo(row.getField("numerator"));
        assertThat(sum(students, "denominator")).isEqualByComparingTo(row.getField("denominator"));
        // the rule: in the numerator exactly when suspended at the school, and every row has at least 1 day there
        assertThat(students).allSatisfy(s -> {
            assertThat(s.getField("in_numerator")).isEqualTo(s.getField("suspended"));
            assertThat(Integer.parseInt(s.getField("days_enrolled"))).isPositive();
        });
        assertThat(students).extracting(s -> s.getField("student_id")).doesNotHaveDuplicates();
    }

    @Test
    void aDistrictGroupWrittenToAFileFromTheDatabasePath() throws IOException {
        NamedCsvRecord row = resultRow(is("chronic_absence", "district", "swd"));
        Path file = temp.resolve("chronic-swd.csv");
        Path database = results.resolve("flashlight.duckdb");
        FileTime before = Files.getLastModifiedTime(database);

        Run explain = run("explain", "--results", database.toString(), "--metric", "chronic_absence", "--level",
                "district", "--entity", row.getField("entity_id"), "--group", "swd", "--year",
                row.getField("school_year"), "--out", file.toString());

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.header("result")).isEqualTo(totals(row) + " (as in metric_results.csv)");
        assertThat(explain.out()).contains("Wrote " + row.getField("students") + " rows to " + file);
        List<NamedCsvRecord> students;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            students = csv.stream().toList();
        }
        assertThat(students).hasSize(Integer.parseInt(row.getField("students")));
        assertThat(sum(students, "numerator")).isEqualByComparingTo(row.getField("numerator"));
        // R-4: every student of an attendance metric has at least 31 days at the district
        assertThat(students).allSatisfy(s -> assertThat(Integer.parseInt(s.getField("days_enrolled")))
                .isGreaterThanOrEqualTo(31));
        assertThat(Files.getLastModifiedTime(database)).as("opened read-only").isEqualTo(before);
    }

    @Test
    void aDerivedMetricListsThisYearsRowsOfItsSource() {
        NamedCsvRecord growth = resultRow(is("attendance_growth", "state", "all"));
        NamedCsvRecord source = resultRow(is("attendance_90plus", "state", "all")
                .and(r -> r.getField("school_year").equals(growth.getField("school_year"))));

        Run explain = run("explain", "--results", results.toString(), "--metric", "attendance_growth", "--level",
                "state", "--year", growth.getField("school_year"));

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.header("result")).isEqualTo(totals(growth) + " (as in metric_results.csv)");
        assertThat(explain.header("note")).contains("derived").contains("attendance_90plus");
        assertThat(explain.header("rows add to")).isEqualTo("attendance_90plus, group all: " + totals(source));
        assertThat(sum(explain.rows(), "numerator")).isEqualByComparingTo(source.getField("numerator"));
    }

    @Test
    void lowestRaceListsTheRaceGroupOfTheResult() {
        NamedCsvRecord row = resultRow(is("suspension", "district", "lowest_race"));

        Run explain = run("explain", "--results", results.toString(), "--metric", "suspension", "--level", "district",
                "--entity", row.getField("entity_id"), "--group", "lowest_race", "--year", row.getField("school_year"));

        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.header("note")).contains("lowest_race here is " + row.getField("group_detail"));
        assertThat(explain.rows()).hasSize(Integer.parseInt(row.getField("students")));
    }

    @Test
    void anUnknownMetricIsOneLineNamingTheFlagAndTheChoices() {
        Run explain = run("explain", "--results", results.toString(), "--metric", "suspensions", "--entity", "x");

        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.errLines()).hasSize(1);
        assertThat(explain.errLines().getFirst()).contains("--metric suspensions").contains("suspension, ")
                .contains("chronic_absence");
        assertThat(explain.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(explain.out()).isEmpty();
    }

    @Test
    void anUnknownEntityYearOrGroupOrAMissingResultsFolderIsOneLineNamingTheFlag() {
        NamedCsvRecord row = resultRow(is("suspension", "school", "all"));
        String entity = row.getField("entity_id");
        String year = row.getField("school_year");

        assertUsageError(run("explain", "--results", results.toString(), "--metric", "suspension", "--entity",
                "no-such-school", "--year", year), "--entity no-such-school", entity);
        assertUsageError(run("explain", "--results", results.toString(), "--metric", "suspension", "--entity", entity,
                "--year", "1999"), "--year 1999", year);
        assertUsageError(run("explain", "--results", results.toString(), "--metric", "suspension", "--entity", entity,
                "--year", year, "--group", "martians"), "--group martians", "all");
        assertUsageError(run("explain", "--results", results.toString(), "--metric", "suspension", "--entity", entity,
                "--level", "county"), "--level county", "district");
        Path missing = temp.resolve("never-run");
        assertUsageError(run("explain", "--results", missing.toString(), "--metric", "suspension", "--entity", entity),
                "--results " + missing, "flashlight run");
    }

    @Test
    void aBundleDatabaseWithoutResultsIsAUsageError() {
        Path database = temp.resolve("bundle-only.duckdb");
        try (BundleDatabase db = BundleDatabase.file(database)) {
            db.execute("CREATE TABLE schools (school_id VARCHAR)");
        }

        assertUsageError(run("explain", "--results", database.toString(), "--metric", "suspension", "--entity", "A"),
                "--results " + database, "metric_aggregates");
    }

    private static void assertUsageError(Run run, String... expected) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.errLines().getFirst()).contains(expected);
        assertThat(run.err()).doesNotContain("Exception");
    }
}
