package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flashlight ontrack train|score|report} as a script calls them (docs/ontrack.md). A generated bundle of
 * 2,500 students over 9 school years (2017-2025, the fewest that give two whole cohorts with known college
 * persistence), fixed seed, is trained twice with the same seed (college persistence only, to stay quick) and
 * scored with each model. The report's group files come from a {@code flashlight run} of a second, small bundle
 * (1,000 students, 2 years): the report reads a run's metric_results.csv whatever bundle it came from, and the
 * small run keeps the test short (the files' arithmetic is TestGroupTables' job, in flashlight-ontrack).
 */
class TestOntrackCommand {
    private static final int LAST_YEAR = 2025;

    @TempDir
    static Path temp;

    private static Path bundle;
    private static Path small;
    private static CommandRun train1;
    private static CommandRun train2;
    private static CommandRun score1;
    private static CommandRun score2;


    @BeforeAll
    static void generateTrainAndScoreTwice() {
        bundle = temp.resolve("bundle");
        CommandRun generated = run("generate", "--out", bundle.toString(), "--students", "2500", "--years", "9", "--seed", "5");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        train1 = run("ontrack", "train", "--data", bundle.toString(), "--out", temp.resolve("model1").toString(),
                "--outcomes", "college_persistence", "--seed", "3");
        train2 = run("ontrack", "train", "--data", bundle.toString(), "--out", temp.resolve("model2").toString(),
                "--outcomes", "college_persistence", "--seed", "3");
        score1 = run("ontrack", "score", "--data", bundle.toString(), "--model", temp.resolve("model1").toString(),
                "--out", temp.resolve("scores1").toString());
        score2 = run("ontrack", "score", "--data", bundle.toString(), "--model", temp.resolve("model2").toString(),
                "--out", temp.resolve("scores2").toString());
        small = temp.resolve("small");
        CommandRun generatedSmall = run("generate", "--out", small.toString(), "--students", "1000", "--years", "2", "--seed", "5");
        assertThat(generatedSmall.exitCode()).as(generatedSmall.err()).isZero();
        CommandRun ran = run("run", "--data", small.toString(), "--framework", "core-sqii", "--out", temp.resolve("run").toString());
        assertThat(ran.exitCode()).as(ran.err()).isZero();
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static String header(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }

    @Test
    void trainWritesTheModelFolderAndAReportWithTheHeadlineFigures() throws IOException {
        assertThat(train1.exitCode()).as(train1.err()).isZero();
        assertThat(train1.out()).contains("risk_diagnostic").contains("end_of_year").contains("held-out");
        Path model = temp.resolve("model1");
        assertThat(model.resolve("model.json")).isRegularFile();
        assertThat(model.resolve("models")).isDirectory();
        JsonNode report = new ObjectMapper().readTree(model.resolve("model_report.json").toFile());
        for (String figure : List.of("auc", "brier", "calibration_error")) {
            assertThat(report.path(figure).isNumber()).as(figure).isTrue();
        }
        // an AUC and a Brier score are bounded: a report outside these bounds computed something else
        assertThat(report.path("auc").asDouble()).isBetween(0.5, 1.0);
        assertThat(report.path("brier").asDouble()).isBetween(0.0, 0.25);
        assertThat(report.path("by_group").isObject()).isTrue();
        assertThat(report.path("by_group").size()).isPositive();
        report.path("by_group").fields().forEachRemaining(g -> assertThat(g.getValue().path("n").asInt())
                .as(g.getKey()).isGreaterThanOrEqualTo(30));
        // college persistence only: three indicators x two kinds of model
        assertThat(report.path("models").size()).isEqualTo(6);
    }

    @Test
    void scoreWritesOneRowPerSnapshot() throws IOException {
        assertThat(score1.exitCode()).as(score1.err()).isZero();
        List<Map<String, String>> rows = CsvRows.read(temp.resolve("scores1/student_ontrack.csv"));
        assertThat(header(temp.resolve("scores1/student_ontrack.csv"))).isEqualTo("school_year,student_id,school_id,"
                + "indicator,checkpoint_month,probability,previous_probability,change,rule_met,flags,top_factors,"
                + "p_graduation,p_college_enrollment,p_a_g_completion");
        assertThat(score1.out()).contains("Scored " + String.format("%,d", rows.size()) + " snapshots of " + LAST_YEAR);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("school_year")).isEqualTo(Integer.toString(LAST_YEAR)));
        // risk diagnostic: the grade-8 students with a stay open at year end (exit empty, year_end or graduated),
        // counted here from enrollments.csv; the same for the end-of-year grade-9 indicator
        assertThat(students(rows, "risk_diagnostic")).isEqualTo(openAtYearEnd(8));
        assertThat(rows.stream().filter(r -> r.get("indicator").equals("risk_diagnostic")).count())
                .isEqualTo(openAtYearEnd(8).size());
        assertThat(students(rows, "end_of_year")).isEqualTo(openAtYearEnd(9));
        // progress monitoring: grade-9 students of the year, each checkpoint once, August (2) to May (11)
        Set<String> grade9 = enrolledIn(9);
        List<Map<String, String>> progress = rows.stream().filter(r -> r.get("indicator").equals("progress_monitoring"))
                .toList();
        assertThat(progress).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("student_id")).isIn(grade9);
            assertThat(Integer.parseInt(r.get("checkpoint_month"))).isBetween(2, 11);
        });
        assertThat(progress.stream().map(r -> r.get("student_id") + "|" + r.get("checkpoint_month")).distinct())
                .hasSize(progress.size());
        assertThat(rows).hasSize(openAtYearEnd(8).size() + openAtYearEnd(9).size() + progress.size());
        for (Map<String, String> r : rows) {
            assertThat(new BigDecimal(r.get("probability"))).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }

    @Test
    void everySupportListRowIsBelowTheThresholdOrNewlyFlagged() throws IOException {
        Path file = temp.resolve("scores1/support_lists.csv");
        assertThat(header(file)).isEqualTo("school_id,school_year,student_id,indicator,checkpoint_month,probability,"
                + "previous_probability,reasons,why,strengths");
        List<Map<String, String>> rows = CsvRows.read(file);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(
                new BigDecimal(r.get("probability")).compareTo(new BigDecimal("0.5")) < 0
                        || r.get("reasons").contains("newly")).as(r.toString()).isTrue());
        assertThat(temp.resolve("scores1/ontrack_rollup.csv")).isRegularFile();
    }

    /**
     * Found failing at times (2026-11): progress monitoring's term GPA is DuckDB's arg_max(term_gpa, term_month)
     * in OnTrackTables, which picks either of two terms ending the same month (q2 and s1 in January) at random,
     * so a retrained model's g9_term_gpa mean, and the scores, can differ.
     */
    @Test
    void theSameSeedGivesByteIdenticalReportsAndScores() throws IOException {
        assertThat(train2.exitCode()).as(train2.err()).isZero();
        assertThat(score2.exitCode()).as(score2.err()).isZero();
        assertThat(Files.readAllBytes(temp.resolve("model2/model_report.json")))
                .isEqualTo(Files.readAllBytes(temp.resolve("model1/model_report.json")));
        for (String file : List.of("student_ontrack.csv", "support_lists.csv", "ontrack_rollup.csv")) {
            assertThat(Files.readAllBytes(temp.resolve("scores2").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(temp.resolve("scores1").resolve(file)));
        }
    }

    @Test
    void reportWithoutResultsWritesOnlyTheReport() throws IOException {
        Path out = temp.resolve("report-plain");
        CommandRun report = run("ontrack", "report", "--model", temp.resolve("model1").toString(), "--scores",
                temp.resolve("scores1").toString(), "--out", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String md = Files.readString(out.resolve("ontrack_report.md"));
        assertThat(md).contains("## The models on the held-out cohort").contains("## Fairness")
                .contains("## State and district roll-up").contains("Public: none");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("ontrack_report.md");
        }
    }

    @Test
    void reportWithResultsWritesTheGroupFilesAndTheirPublicVariants() throws IOException {
        Path out = temp.resolve("report-results");
        CommandRun report = run("ontrack", "report", "--model", temp.resolve("model1").toString(), "--results",
                temp.resolve("run").toString(), "--compare", "target_group:not_target_group", "--compare",
                "econ_disadv:all", "--out", out.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        String gapHeader = "metric,school_year,level,entity_id,group,group_percent,group_n,comparison,comparison_percent,"
                + "comparison_n,gap_points,gap_points_prior_year,gap_change";
        String rateHeader = "metric,school_year,level,entity_id,student_group,numerator,denominator,percent,"
                + "percent_prior_year,change_points";
        assertThat(header(out.resolve("gap_tables.csv"))).isEqualTo(gapHeader);
        assertThat(header(out.resolve("gap_tables_public.csv"))).isEqualTo(gapHeader);
        assertThat(header(out.resolve("group_rates.csv"))).isEqualTo(rateHeader);
        assertThat(header(out.resolve("group_rates_public.csv"))).isEqualTo(rateHeader);
        List<Map<String, String>> gaps = CsvRows.read(out.resolve("gap_tables.csv"));
        assertThat(gaps.stream().map(g -> g.get("group") + ":" + g.get("comparison")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("target_group:not_target_group", "econ_disadv:all");
        // the state, every district and every school (a school's row names the level it was scored in)
        assertThat(gaps.stream().map(g -> g.get("level")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("state", "district", "school");
        assertThat(gaps.stream().map(g -> g.get("metric")).collect(Collectors.toSet())).isSubsetOf("hs_readiness",
                "ninth_grade_on_track", "ninth_grade_no_df", "ninth_grade_gpa_2_5", "grade9_course_success");
        // every public row is made of cells the run's public view shows exactly, read here from metric_results.csv
        // (a school's row names the level it was scored in; a school scored under two levels also has a whole-school
        // row with an empty framework_level, which is the one that counts)
        Map<String, Map<String, String>> results = new HashMap<>();
        for (Map<String, String> r : CsvRows.read(temp.resolve("run/metric_results.csv"))) {
            String key = String.join("|", r.get("metric"), r.get("school_year"), r.get("level"), r.get("entity_id"),
                    r.get("student_group"));
            if (r.get("framework_level").isEmpty()) {
                results.put(key, r);
            } else {
                results.putIfAbsent(key, r);
            }
        }
        List<Map<String, String>> publicRates = CsvRows.read(out.resolve("group_rates_public.csv"));
        assertThat(publicRates).isNotEmpty().hasSizeLessThan(CsvRows.read(out.resolve("group_rates.csv")).size());
        for (Map<String, String> r : publicRates) {
            Map<String, String> cell = results.get(String.join("|", r.get("metric"), r.get("school_year"),
                    r.get("level"), r.get("entity_id"), r.get("student_group")));
            assertShownExactly(cell);
            assertThat(r.get("numerator")).isEqualTo(cell.get("numerator"));
            assertThat(r.get("denominator")).isEqualTo(cell.get("denominator"));
        }
        for (Map<String, String> g : CsvRows.read(out.resolve("gap_tables_public.csv"))) {
            for (String group : List.of(g.get("group"), g.get("comparison"))) {
                assertShownExactly(results.get(String.join("|", g.get("metric"), g.get("school_year"),
                        g.get("level"), g.get("entity_id"), group)));
            }
        }
        assertThat(Files.readString(out.resolve("ontrack_report.md"))).contains("## Gaps: econ_disadv vs all, state")
                .contains("Public: gap_tables_public.csv and group_rates_public.csv");
    }

    private static void assertShownExactly(Map<String, String> cell) {
        assertThat(cell).isNotNull();
        assertThat(cell.get("suppressed")).isEqualTo("false");
        assertThat(new BigDecimal(cell.get("public_value"))).isEqualByComparingTo(cell.get("value"));
    }

    @Test
    void usageErrorsExitTwoWithAMessageAndNoStackTrace() throws IOException {
        CommandRun noData = run("ontrack", "train", "--data", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("m-none").toString());
        assertThat(noData.exitCode()).isEqualTo(2);
        assertThat(noData.err()).contains("nowhere").doesNotContain("Exception").doesNotContain("\tat ");

        CommandRun outcome = run("ontrack", "train", "--data", bundle.toString(), "--out", temp.resolve("m-bad").toString(),
                "--outcomes", "happiness");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("unknown outcome happiness").contains("college_persistence")
                .doesNotContain("Exception");

        CommandRun fewYears = run("ontrack", "train", "--data", small.toString(), "--out", temp.resolve("m-small").toString(),
                "--outcomes", "college_persistence");
        assertThat(fewYears.exitCode()).isEqualTo(2);
        assertThat(fewYears.err()).contains("--years 9").doesNotContain("Exception");

        CommandRun unknownGroup = run("ontrack", "report", "--model", temp.resolve("model1").toString(), "--results",
                temp.resolve("run").toString(), "--compare", "target_group:martians", "--out",
                temp.resolve("r-bad").toString());
        assertThat(unknownGroup.exitCode()).isEqualTo(2);
        assertThat(unknownGroup.err()).contains("--compare target_group:martians").contains("martians")
                .contains("the groups present: all,").contains("not_target_group").doesNotContain("Exception");

        CommandRun unknownMetric = run("ontrack", "report", "--model", temp.resolve("model1").toString(), "--results",
                temp.resolve("run").toString(), "--metrics", "ninth_grade_on_track,happiness", "--out",
                temp.resolve("r-bad2").toString());
        assertThat(unknownMetric.exitCode()).isEqualTo(2);
        assertThat(unknownMetric.err()).contains("--metrics: happiness").doesNotContain("Exception");

        CommandRun withoutResults = run("ontrack", "report", "--model", temp.resolve("model1").toString(), "--compare",
                "el:all", "--out", temp.resolve("r-bad3").toString());
        assertThat(withoutResults.exitCode()).isEqualTo(2);
        assertThat(withoutResults.err()).contains("--results").doesNotContain("Exception");

        CommandRun noModel = run("ontrack", "report", "--model", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("r-bad4").toString());
        assertThat(noModel.exitCode()).isEqualTo(2);
        assertThat(noModel.err()).contains("model_report.json").doesNotContain("Exception");
    }

    /** Distinct students of the last year with a stay in {@code grade}, read from enrollments.csv. */
    private static Set<String> enrolledIn(int grade) throws IOException {
        return stays(grade).stream().map(r -> r.get("student_id")).collect(Collectors.toSet());
    }

    /** Distinct students of the last year with a stay in {@code grade} still open at year end. */
    private static Set<String> openAtYearEnd(int grade) throws IOException {
        Set<String> open = new HashSet<>();
        for (Map<String, String> r : stays(grade)) {
            if (r.get("exit_date").isEmpty() || Set.of("year_end", "graduated").contains(r.get("exit_code"))) {
                open.add(r.get("student_id"));
            }
        }
        return open;
    }

    private static List<Map<String, String>> stays(int grade) throws IOException {
        return CsvRows.read(bundle.resolve("enrollments.csv")).stream()
                .filter(r -> r.get("school_year").equals(Integer.toString(LAST_YEAR))
                        && r.get("grade_level").equals(Integer.toString(grade)))
                .toList();
    }

    private static Set<String> students(List<Map<String, String>> rows, String indicator) {
        return rows.stream().filter(r -> r.get("indicator").equals(indicator)).map(r -> r.get("student_id"))
                .collect(Collectors.toSet());
    }
}
