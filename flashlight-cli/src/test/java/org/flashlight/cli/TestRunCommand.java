package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight run} as a script calls it (shared/spec/outputs.md): the result files, their columns,
 * the rules every metric row keeps (R-5, min n, public suppression), determinism, and the results
 * database. One generated bundle (1,000 students, the generator's minimum, over 2 school years, fixed
 * seed) is run twice with {@code core-sqii} (min n 20, min_n_public 10) into two folders.
 */
class TestRunCommand {
    /** outputs.md's columns of metric_results.csv, in its order. */
    private static final List<String> CONTRACT_COLUMNS = List.of("framework", "school_year", "level", "entity_id",
            "framework_level", "metric", "student_group", "numerator", "denominator", "value", "meets_min_n",
            "suppressed", "points", "metric_level");
    private static final int MIN_N = 20;
    private static final int MIN_N_PUBLIC = 10;

    /**
     * Catalog metrics a generated bundle cannot support: the generator's default state tests with SBAC,
     * and the shipped test catalog has no science test for it (CAST is not shipped), so the bundle has
     * no science rows (docs/generator.md, "Test plan") and these have no denominator anywhere; and at
     * 1,000 students no grade has the 1,000 students an SGP fit needs.
     */
    private static final Set<String> NOT_IN_A_GENERATED_BUNDLE = Set.of("science_proficiency",
            "science_participation", "science_avg_scale_score",
            // SGPs need a grade progression of at least 1,000 students (growth.md's default minimum cohort)
            "ela_mgp", "math_mgp", "ela_sgp_mean", "math_sgp_mean", "ela_growth_to_proficiency",
            "math_growth_to_proficiency");

    @TempDir
    static Path temp;

    private static Run first;
    private static Run second;
    private static List<Map<String, String>> rows;

    /** One run of the command line with its output captured. */
    private record Run(int exitCode, String out, String err, Path folder) {
    }

    @BeforeAll
    static void generateAndRunTwice() throws IOException {
        Path bundle = temp.resolve("bundle");
        Run generated = run(null, "generate", "--out", bundle.toString(), "--students", "1000", "--years", "2",
                "--seed", "5");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        first = run(temp.resolve("out1"), "run", "--data", bundle.toString(), "--framework", "core-sqii");
        second = run(temp.resolve("out2"), "run", "--data", bundle.toString(), "--framework", "core-sqii");
        rows = CsvRows.read(first.folder().resolve("metric_results.csv"));
    }

    private static Run run(Path out, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (out != null) {
            all.addAll(List.of("--out", out.toString()));
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(stdout, true));
        cli.setErr(new PrintWriter(stderr, true));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, stdout.toString(), stderr.toString(), out);
    }

    @Test
    void runWritesTheResultFilesAndExitsZeroOnACleanBundle() {
        assertThat(first.exitCode()).as(first.err()).isZero();
        for (String file : List.of("metric_results.csv", "rejections.csv", "run_manifest.json", "flashlight.duckdb")) {
            assertThat(first.folder().resolve(file)).exists();
        }
        assertThat(rows).isNotEmpty();
    }

    @Test
    void studentGrowthIsWrittenBesideTheResultsWhenAGrowthMetricHasRows() throws IOException {
        // the bundle's second year has value-added rows (no SGPs: no grade has 1,000 students)
        assertThat(rows).anyMatch(r -> r.get("metric").equals("ela_growth_value_added"));
        List<String> lines = Files.readAllLines(first.folder().resolve("student_growth.csv"));
        assertThat(lines.get(0)).startsWith("school_year,student_id,subject,grade,priors_used,sgp");
    }

    @Test
    void metricResultsStartWithTheContractsColumnsInOrder() throws IOException {
        List<String> header = List.of(Files.readAllLines(first.folder().resolve("metric_results.csv")).get(0)
                .split(",", -1));
        assertThat(header.subList(0, CONTRACT_COLUMNS.size())).containsExactlyElementsOf(CONTRACT_COLUMNS);
        assertThat(header).doesNotHaveDuplicates();
    }

    @Test
    void everyCatalogMetricTheBundleSupportsHasRows() {
        Set<String> expected = MetricCatalog.METRICS.stream().map(MetricDefinition::id)
                .filter(id -> !NOT_IN_A_GENERATED_BUNDLE.contains(id)).collect(Collectors.toSet());
        Set<String> written = rows.stream().map(r -> r.get("metric")).collect(Collectors.toSet());
        assertThat(written).containsExactlyInAnyOrderElementsOf(expected);
        // The last year has every one of them but college_career: its A-G measure needs postsecondary.csv
        // rows of the year's leavers, which (as with real Clearinghouse data) are not delivered for the last
        // year, so that year is not computable (docs/metrics/english-learners-and-readiness.md).
        Set<String> lastYear = rows.stream().filter(r -> r.get("school_year").equals("2025"))
                .map(r -> r.get("metric")).collect(Collectors.toSet());
        assertThat(lastYear).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(id -> !id.equals("college_career")).toList());
        // a change from the prior year has no row in the first year
        Set<String> firstYear = rows.stream().filter(r -> r.get("school_year").equals("2024"))
                .map(r -> r.get("metric")).collect(Collectors.toSet());
        assertThat(firstYear).doesNotContain("attendance_growth").contains("attendance_90plus");
    }

    @Test
    void everyRowHasAPositiveDenominatorAndItsValueFollowsR5() {
        for (Map<String, String> r : rows) {
            BigDecimal denominator = new BigDecimal(r.get("denominator"));
            assertThat(denominator.signum()).as("%s", r).isPositive();
            ValueKind kind = MetricCatalog.find(r.get("metric")).orElseThrow().kind();
            BigDecimal value = new BigDecimal(r.get("value"));
            if (kind == ValueKind.RATE || kind == ValueKind.MEAN) {
                // numerator / denominator, unrounded up to the 16 significant digits written
                BigDecimal exact = new BigDecimal(r.get("numerator")).divide(denominator, MathContext.DECIMAL64);
                assertThat(value).as("%s", r).isEqualByComparingTo(exact);
            } else {
                // medians and changes: no numerator, the denominator counts the students
                assertThat(r.get("numerator")).as("%s", r).isEmpty();
                assertThat(denominator).as("%s", r).isEqualByComparingTo(r.get("students"));
            }
            if (kind == ValueKind.RATE) {
                assertThat(value).as("a proportion: %s", r).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            }
        }
    }

    @Test
    void levelsAreSchoolDistrictAndStateWhoseEntityIsState() {
        assertThat(rows).extracting(r -> r.get("level")).containsOnly("school", "district", "state");
        assertThat(rows).filteredOn(r -> r.get("level").equals("state")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("entity_id")).isEqualTo("state"));
        assertThat(rows).filteredOn(r -> !r.get("level").equals("state"))
                .allSatisfy(r -> assertThat(r.get("entity_id")).isNotEqualTo("state"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("framework")).isEqualTo("core-sqii"));
    }

    @Test
    void twoRunsWriteByteIdenticalResults() throws IOException {
        assertThat(second.exitCode()).as(second.err()).isZero();
        for (String file : List.of("metric_results.csv", "rejections.csv")) {
            assertThat(Files.readAllBytes(second.folder().resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(first.folder().resolve(file)));
        }
    }

    @Test
    void suppressedRowsShowNothingAndNoShownRowHasFewerThanMinNPublicStudents() {
        assertThat(rows).filteredOn(r -> r.get("suppressed").equals("true")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("public_value")).as("%s", r).isEmpty());
        List<Map<String, String>> shown = rows.stream().filter(r -> r.get("suppressed").equals("false")).toList();
        assertThat(shown).isNotEmpty().allSatisfy(r -> {
            assertThat(Long.parseLong(r.get("students"))).as("%s", r).isGreaterThanOrEqualTo(MIN_N_PUBLIC);
            assertThat(r.get("public_value")).as("%s", r).isNotEmpty();
        });
    }

    @Test
    void meetsMinNIsStudentsAtLeastMinNExceptWhereMinNDoesNotApply() {
        Set<String> withoutMinN = MetricCatalog.METRICS.stream().filter(m -> !m.minNApplies())
                .map(MetricDefinition::id).collect(Collectors.toSet());
        // metrics.md: the CLASS observation means ("min n does not apply")
        assertThat(withoutMinN).containsExactlyInAnyOrder("class_emotional_support", "class_classroom_organization",
                "class_instructional_support");
        for (Map<String, String> r : rows) {
            boolean expected = withoutMinN.contains(r.get("metric")) || Long.parseLong(r.get("students")) >= MIN_N;
            assertThat(r.get("meets_min_n")).as("%s", r).isEqualTo(Boolean.toString(expected));
        }
        // the exemption is exercised: CLASS rows with fewer than min n observations exist, and meet it
        assertThat(rows).filteredOn(r -> withoutMinN.contains(r.get("metric"))
                && Long.parseLong(r.get("students")) < MIN_N).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("meets_min_n")).isEqualTo("true"));
    }

    @Test
    void lowestRaceRowsNameTheirRaceAndRepeatItsRow() {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(key(r, r.get("student_group")), r));
        Set<String> races = StudentGroup.RACES.stream().map(StudentGroup::id).collect(Collectors.toSet());
        List<Map<String, String>> lowest = rows.stream().filter(r -> r.get("student_group").equals("lowest_race"))
                .toList();
        assertThat(lowest).isNotEmpty().allSatisfy(r -> {
            assertThat(races).contains(r.get("group_detail"));
            Map<String, String> race = byKey.get(key(r, r.get("group_detail")));
            assertThat(race).as("%s", r).isNotNull();
            for (String column : List.of("numerator", "denominator", "value", "students", "suppressed", "public_value")) {
                assertThat(r.get(column)).as("%s of %s", column, r).isEqualTo(race.get(column));
            }
            // a candidate needs min n students in the calculation
            assertThat(Long.parseLong(r.get("students"))).isGreaterThanOrEqualTo(MIN_N);
        });
        assertThat(rows).filteredOn(r -> !r.get("student_group").equals("lowest_race"))
                .allSatisfy(r -> assertThat(r.get("group_detail")).isEmpty());
    }

    @Test
    void manifestNamesTheFrameworkAndCountsTheRows() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(first.folder().resolve("run_manifest.json").toFile());
        assertThat(manifest.path("framework").path("id").asText()).isEqualTo("core-sqii");
        assertThat(manifest.path("framework").path("min_n").asInt()).isEqualTo(MIN_N);
        // core-sqii.yaml: publish_score: true; the web app hides the score unless the manifest says so
        assertThat(manifest.path("framework").path("publish_score").booleanValue()).isTrue();
        assertThat(manifest.path("metric_results_rows").asLong()).isEqualTo(rows.size());
        assertThat(manifest.path("inputs").size()).isPositive();
    }

    @Test
    void theResultsDatabaseHoldsTheSameMetricResultsAsTheCsv() throws SQLException {
        try (BundleDatabase db = BundleDatabase.file(first.folder().resolve("flashlight.duckdb"));
                Statement s = db.connection().createStatement()) {
            Map<String, String> types = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns "
                    + "WHERE table_name = 'metric_results' ORDER BY ordinal_position")) {
                while (rs.next()) {
                    types.put(rs.getString(1), rs.getString(2));
                }
            }
            assertThat(types.keySet()).containsExactlyElementsOf(rows.get(0).keySet());
            assertThat(types).containsEntry("school_year", "INTEGER").containsEntry("level", "VARCHAR")
                    .containsEntry("numerator", "DECIMAL(38,6)").containsEntry("denominator", "DECIMAL(38,6)")
                    .containsEntry("meets_min_n", "BOOLEAN").containsEntry("suppressed", "BOOLEAN")
                    .containsEntry("students", "BIGINT");
            assertThat(types.get("value")).startsWith("DECIMAL");
            assertThat(types.get("points")).startsWith("DECIMAL");

            List<Map<String, String>> table = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT * FROM metric_results")) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String column : types.keySet()) {
                        row.put(column, asCsvText(rs.getObject(column)));
                    }
                    table.add(row);
                }
            }
            // the same rows in the same order, each field the CSV's text (an empty field is NULL)
            assertThat(table).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(table.get(i)).as("row %d", i + 1).isEqualTo(rows.get(i));
            }
        }
    }

    /** How the CSV writes a value: numbers plainly without trailing zeros, NULL as an empty field. */
    private static String asCsvText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            BigDecimal stripped = d.stripTrailingZeros();
            return stripped.signum() == 0 ? "0" : stripped.toPlainString();
        }
        return value.toString();
    }

    private static String key(Map<String, String> r, String group) {
        return String.join("|", r.get("school_year"), r.get("level"), r.get("entity_id"), r.get("framework_level"),
                r.get("metric"), group);
    }
}
