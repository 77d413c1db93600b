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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.Grades;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight run} with a framework that splits multi-level schools (STAR-1) over a small generated
 * state: every school serving grades of the elementary and the middle level gets rows of both framework
 * levels beside its whole-school rows (outputs.md {@code framework_level}), whose counts add up to the
 * whole school's; {@code flashlight explain --framework-level} lists the rows of one level.
 */
class TestRunSplitSchools {
    @TempDir
    static Path temp;

    private static Path results;
    /** The framework's levels: id, lowest and highest grade. */
    private static final List<Object[]> LEVELS = List.of(new Object[] {"elementary", Grades.PK, 5},
            new Object[] {"middle", 6, 8}, new Object[] {"high", 9, 12});
    /** The schools serving grades of two or more levels, with those levels (STAR-1), by school id. */
    private static Map<String, List<String>> splitSchools;
    private static List<NamedCsvRecord> metricResults;

    private record Run(int exitCode, String out, String err) {
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
    static void runASplittingFrameworkOnAGeneratedState() throws IOException {
        Path bundle = temp.resolve("bundle");
        results = temp.resolve("out");
        Run generate = run("generate", "--out", bundle.toString(), "--students", "1000", "--years", "1", "--seed", "5");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        Path framework = temp.resolve("split.yaml");
        Files.writeString(framework, """
                id: split
                min_n: 10
                scoring:
                  system: none
                  split_multi_level_schools: true
                  levels:
                    elementary: {grades: [PK, 5]}
                    middle: {grades: [6, 8]}
                    high: {grades: [9, 12]}
                """);
        Run flashlightRun = run("run", "--data", bundle.toString(), "--framework", framework.toString(), "--out",
                results.toString());
        assertThat(flashlightRun.exitCode()).as(flashlightRun.err()).isIn(0, 3);
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(bundle.resolve("schools.csv"))) {
            splitSchools = new TreeMap<>();
            csv.stream().forEach(s -> {
                List<String> levels = levels(grade(s.getField("grade_low")), grade(s.getField("grade_high")));
                if (levels.size() > 1) {
                    splitSchools.put(s.getField("school_id"), levels);
                }
            });
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(results.resolve(
                "metric_results.csv"))) {
            metricResults = csv.stream().toList();
        }
    }

    /** The levels whose grades overlap the served span low..high. */
    private static List<String> levels(int low, int high) {
        return LEVELS.stream().filter(l -> low <= (int) l[2] && high >= (int) l[1]).map(l -> (String) l[0]).toList();
    }

    private static int grade(String text) {
        return Grades.parse(text).orElseThrow();
    }

    private static List<NamedCsvRecord> rows(String school, String metric, String frameworkLevel) {
        return metricResults.stream().filter(r -> r.getField("level").equals("school")
                && r.getField("entity_id").equals(school) && r.getField("metric").equals(metric)
                && r.getField("student_group").equals("all") && r.getField("framework_level").equals(frameworkLevel))
                .toList();
    }

    @Test
    void theSchoolsServingTwoLevelsHaveRowsOfEachBesideTheirWholeSchoolRows() {
        assertThat(splitSchools).as("the generated state has a K-8 school").isNotEmpty();
        Set<String> withLevelRows = metricResults.stream().filter(r -> !r.getField("framework_level").isEmpty())
                .map(r -> r.getField("entity_id")).collect(Collectors.toSet());
        assertThat(withLevelRows).isEqualTo(splitSchools.keySet());
        assertThat(metricResults).filteredOn(r -> !r.getField("framework_level").isEmpty())
                .allSatisfy(r -> {
                    assertThat(r.getField("level")).isEqualTo("school");
                    assertThat(r.getField("framework_level")).isIn(splitSchools.get(r.getField("entity_id")));
                });
    }

    @Test
    void aSchoolsEnrolmentIsTheSumOfItsLevels() {
        // a student has one grade a year at a school in this state, so the enrolled students of the levels add up
        for (String school : splitSchools.keySet()) {
            NamedCsvRecord whole = rows(school, "swd_identification", "").getFirst();
            BigDecimal parts = BigDecimal.ZERO;
            BigDecimal partsNumerator = BigDecimal.ZERO;
            for (String level : splitSchools.get(school)) {
                List<NamedCsvRecord> part = rows(school, "swd_identification", level);
                if (part.isEmpty()) {
                    continue; // no enrolled student in the level's grades
                }
                NamedCsvRecord partRow = part.getFirst();
                parts = parts.add(new BigDecimal(partRow.getField("denominator")));
                partsNumerator = partsNumerator.add(new BigDecimal(partRow.getField("numerator")));
            }
            assertThat(parts).as(school).isEqualByComparingTo(whole.getField("denominator"));
            assertThat(partsNumerator).as(school).isEqualByComparingTo(whole.getField("numerator"));
        }
    }

    @Test
    void explainListsTheStudentsOfOneFrameworkLevel() {
        String school = splitSchools.entrySet().stream().filter(e -> e.getValue().contains("middle"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        NamedCsvRecord middle = rows(school, "swd_identification", "middle").getFirst();
        Run explain = run("explain", "--results", results.toString(), "--metric", "swd_identification", "--entity",
                school, "--framework-level", "middle");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("(framework level middle: its grades only)");
        long students = explain.out().lines().filter(l -> !l.startsWith("#") && !l.isBlank()).count() - 1;
        assertThat(students).isEqualTo(Long.parseLong(middle.getField("students")));
    }

    @Test
    void aFrameworkLevelOutsideASchoolOrOfAnUnsplitSchoolIsAUsageError() {
        Run district = run("explain", "--results", results.toString(), "--metric", "swd_identification", "--level",
                "district", "--entity", "x", "--framework-level", "middle");
        assertThat(district.exitCode()).isEqualTo(2);
        assertThat(district.err()).contains("only a school is split into framework levels");
        Map.Entry<String, List<String>> school = splitSchools.entrySet().iterator().next();
        Run unknown = run("explain", "--results", results.toString(), "--metric", "swd_identification", "--entity",
                school.getKey(), "--framework-level", "alternative");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("its framework levels: "
                + String.join(", ", school.getValue().stream().sorted().toList()));
    }
}
