package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight simulate} as a script calls it (FW-4): "what changes if we weigh culture and climate
 * more?" One generated bundle (1,000 students, 2 years, fixed seed), the shipped core-sqii (academic 60,
 * social-emotional 40) against a full copy of it with 40 and 60 (and the same variant as a file that
 * {@code extends} core-sqii), and against a copy counting chronic absence at 91%.
 */
class TestSimulateCommand {
    private static final List<String> FILES = List.of("simulation_schools.csv", "simulation_changes.csv",
            "simulation_summary.csv", "simulation_disagreements.csv", "simulation_settings.csv");

    @TempDir
    static Path temp;

    private static Path bundle;
    private static Run run;
    private static Run culture;
    private static Run cultureAgain;
    private static Run absence91;

    private record Run(int exitCode, String out, String err, Path folder) {
    }

    @BeforeAll
    static void generateRunAndSimulate() throws IOException {
        bundle = temp.resolve("bundle");
        Run generated = execute(null, "generate", "--out", bundle.toString(), "--students", "1000", "--years", "2",
                "--seed", "5");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        String shipped = shipped("core-sqii");
        Path cultureFile = write("core-culture.yaml", replace(replace(replace(shipped, "id: core-sqii",
                "id: core-culture"), "academic: {weight: 60}", "academic: {weight: 40}"),
                "social_emotional: {weight: 40}", "social_emotional: {weight: 60}"));
        Path absenceFile = write("core-91.yaml", replace(replace(shipped, "id: core-sqii", "id: core-91"),
                "chronic_absence_threshold: 0.90", "chronic_absence_threshold: 0.91"));
        run = execute(temp.resolve("run"), "run", "--data", bundle.toString(), "--framework", "core-sqii");
        culture = execute(temp.resolve("culture"), "simulate", "--data", bundle.toString(), "--framework",
                "core-sqii", "--framework", cultureFile.toString());
        // the same variant written as FW-2's extension of the shipped file
        Path extending = write("core-culture-extends.yaml", String.join("\n", "extends: core-sqii", "id: core-culture",
                "scoring:", "  domains:", "    academic: {weight: 40}", "    social_emotional: {weight: 60}", ""));
        cultureAgain = execute(temp.resolve("culture-again"), "simulate", "--data", bundle.toString(),
                "--framework", "core-sqii", "--framework", extending.toString());
        absence91 = execute(temp.resolve("absence91"), "simulate", "--data", bundle.toString(), "--framework",
                "core-sqii", "--framework", absenceFile.toString(), "--year", "2025");
    }

    @Test
    void simulateWritesItsFilesAndSaysWhatDiffers() {
        assertThat(culture.exitCode()).as(culture.err()).isZero();
        for (String file : FILES) {
            assertThat(culture.folder().resolve(file)).exists();
        }
        assertThat(culture.out()).contains("A = core-sqii, B = core-culture (same measurement: metrics computed once, "
                + "scored twice)", "scoring.domains[academic].weight: 60 vs 40",
                "scoring.domains[social_emotional].weight: 40 vs 60");
        assertThat(culture.out()).containsPattern("2024: \\d+ of \\d+ schools change rating \\(\\d+ up, \\d+ down\\)");
    }

    @Test
    void scoresUnderAAreTheScoresOfARunWithA() throws IOException {
        Map<String, String> runScores = CsvRows.read(run.folder().resolve("school_results.csv")).stream().collect(
                Collectors.toMap(r -> r.get("school_year") + "|" + r.get("school_id") + "|" + r.get("framework_level"),
                        r -> r.get("score")));
        List<Map<String, String>> schools = CsvRows.read(culture.folder().resolve("simulation_schools.csv"));
        assertThat(schools).hasSize(runScores.size());
        for (Map<String, String> s : schools) {
            assertThat(s.get("score_a")).as("%s", s).isEqualTo(runScores.get(s.get("school_year") + "|"
                    + s.get("school_id") + "|" + s.get("framework_level_a")));
        }
    }

    @Test
    void reweightedScoresFollowTheDomainWeights() throws IOException {
        // A = 60 x + 40 y and B = 40 x + 60 y, with x and y the academic and social-emotional shares of the
        // full points a school earns (CORE-5: mean level / 10, in [0.1, 1]). For a school with both domains:
        // B - A = 20 (y - x) and A + B = 100 (x + y), so x = (3A - 2B) / 100 and y = (3B - 2A) / 100, each in
        // [0.1, 1]; a school with one domain only keeps it at 100 (B = A).
        BigDecimal tolerance = new BigDecimal("0.00002"); // the files' 6-decimal rounding, times 5
        int moved = 0;
        for (Map<String, String> s : CsvRows.read(culture.folder().resolve("simulation_schools.csv"))) {
            BigDecimal a = new BigDecimal(s.get("score_a"));
            BigDecimal b = new BigDecimal(s.get("score_b"));
            if (a.compareTo(b) == 0) {
                continue;
            }
            moved++;
            BigDecimal x = a.multiply(BigDecimal.valueOf(3)).subtract(b.multiply(BigDecimal.TWO)).movePointLeft(2);
            BigDecimal y = b.multiply(BigDecimal.valueOf(3)).subtract(a.multiply(BigDecimal.TWO)).movePointLeft(2);
            assertThat(x).as("%s", s).isBetween(new BigDecimal("0.1").subtract(tolerance), BigDecimal.ONE.add(tolerance));
            assertThat(y).as("%s", s).isBetween(new BigDecimal("0.1").subtract(tolerance), BigDecimal.ONE.add(tolerance));
            assertThat(s.get("reason")).as("%s", s).contains("score " + s.get("score_a") + " -> " + s.get("score_b"));
        }
        assertThat(moved).isPositive();
    }

    @Test
    void changedRowsAreThoseWhoseRatingOrDesignationsDifferAndAreTheChangesFile() throws IOException {
        List<Map<String, String>> schools = CsvRows.read(culture.folder().resolve("simulation_schools.csv"));
        List<String> labels = List.of("below average", "average", "above average"); // core-sqii's bands
        List<String> changed = new ArrayList<>();
        for (Map<String, String> s : schools) {
            int from = labels.indexOf(s.get("rating_a"));
            int to = labels.indexOf(s.get("rating_b"));
            String expected = to > from ? "up" : to < from ? "down" : "same";
            assertThat(s.get("rating_change")).as("%s", s).isEqualTo(expected);
            boolean differs = !expected.equals("same") || !Set.of(s.get("designations_a").split("\\|"))
                    .equals(Set.of(s.get("designations_b").split("\\|")));
            assertThat(s.get("changed")).as("%s", s).isEqualTo(Boolean.toString(differs));
            if (differs) {
                changed.add(s.get("school_year") + "|" + s.get("school_id"));
                assertThat(s.get("reason")).as("%s", s).isNotEmpty();
            }
        }
        assertThat(CsvRows.read(culture.folder().resolve("simulation_changes.csv")))
                .extracting(r -> r.get("school_year") + "|" + r.get("school_id")).containsExactlyElementsOf(changed);
    }

    @Test
    void theStateSummaryRowCountsAndAveragesTheSchoolsFile() throws IOException {
        List<Map<String, String>> schools = CsvRows.read(culture.folder().resolve("simulation_schools.csv"));
        for (Map<String, String> state : CsvRows.read(culture.folder().resolve("simulation_summary.csv")).stream()
                .filter(r -> r.get("dimension").equals("state")).toList()) {
            List<Map<String, String>> ofYear = schools.stream()
                    .filter(s -> s.get("school_year").equals(state.get("school_year"))).toList();
            assertThat(state.get("schools")).isEqualTo(Integer.toString(ofYear.size()));
            assertThat(state.get("changed")).isEqualTo(Long.toString(ofYear.stream()
                    .filter(s -> s.get("changed").equals("true")).count()));
            assertThat(state.get("ratings_down")).isEqualTo(Long.toString(ofYear.stream()
                    .filter(s -> s.get("rating_change").equals("down")).count()));
            // the file's scores are rounded to 6 decimals, so their mean is within 0.000001 of the exact mean
            BigDecimal mean = ofYear.stream().map(s -> new BigDecimal(s.get("score_b")))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(ofYear.size()),
                            MathContext.DECIMAL128);
            assertThat(new BigDecimal(state.get("mean_score_b")).subtract(mean).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.000001"));
        }
    }

    @Test
    void anExtendingVariantRunAgainGivesByteIdenticalFilesToTheFullCopy() throws IOException {
        assertThat(cultureAgain.exitCode()).as(cultureAgain.err()).isZero();
        for (String file : FILES) {
            assertThat(Files.readAllBytes(cultureAgain.folder().resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(culture.folder().resolve(file)));
        }
    }

    @Test
    void aDifferentChronicAbsenceThresholdIsComputedSeparatelyAndExplainedAsAPopulation() throws IOException {
        assertThat(absence91.exitCode()).as(absence91.err()).isZero();
        assertThat(absence91.out()).contains("different measurement: metrics computed for each",
                "measurement.chronic_absence_threshold: 0.9 vs 0.91");
        List<Map<String, String>> rows = CsvRows.read(absence91.folder().resolve("simulation_disagreements.csv"));
        assertThat(rows).isNotEmpty();
        for (Map<String, String> r : rows) {
            // only chronic_absence's definition follows the threshold among core-sqii's indicators
            assertThat(r.get("metric")).isEqualTo("chronic_absence");
            assertThat(r.get("school_year")).isEqualTo("2025");
            assertThat(r.get("kinds")).startsWith("population");
            assertThat(r.get("why")).contains("10 * days_present <= 9 * days_enrolled",
                    "100 * days_present <= 91 * days_enrolled");
        }
        // at 91% a student is chronically absent whenever they are at 90%: no school's rate goes down
        for (Map<String, String> r : rows) {
            String why = r.get("why");
            int at = why.indexOf("counting ");
            if (at >= 0) {
                String[] parts = why.substring(at + "counting ".length()).split(" ");
                // "counting V_A (N students) vs V_B (N students)"
                assertThat(new BigDecimal(parts[4])).as(why).isGreaterThanOrEqualTo(new BigDecimal(parts[0]));
            }
        }
    }

    @Test
    void oneFrameworkOnlyIsAUsageError() {
        Run one = execute(temp.resolve("one"), "simulate", "--data", bundle.toString(), "--framework", "core-sqii");
        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).contains("--framework: give exactly two frameworks, A then B").contains("got 1");
        assertThat(one.err()).doesNotContain("Exception");
    }

    @Test
    void anUnknownFrameworkIsAUsageError() {
        Run unknown = execute(temp.resolve("unknown"), "simulate", "--data", bundle.toString(), "--framework",
                "core-sqii", "--framework", "core-sqi");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--framework core-sqi: not a file and not a shipped framework");
    }

    private static String replace(String text, String from, String to) {
        assertThat(text).as("the shipped file still says " + from).contains(from);
        return text.replace(from, to);
    }

    private static String shipped(String id) throws IOException {
        try (InputStream in = TestSimulateCommand.class.getResourceAsStream("/frameworks/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static Run execute(Path out, String... args) {
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
}
