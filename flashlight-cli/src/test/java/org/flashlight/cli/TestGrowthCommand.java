package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flashlight growth} as a script calls it: a generated bundle (1,000 students over 3 school years,
 * fixed seed) with a minimum cohort of 20 so that its small grades are fitted, run twice.
 */
class TestGrowthCommand {
    @TempDir
    static Path temp;

    private static Path bundle;
    private static CommandRun first;
    private static CommandRun second;


    @BeforeAll
    static void generateAndRunTwice() {
        bundle = temp.resolve("bundle");
        CommandRun generated = run("generate", "--out", bundle.toString(), "--students", "1000", "--years", "3", "--seed",
                "11");
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        first = run("growth", "--data", bundle.toString(), "--out", temp.resolve("out1").toString(), "--min-cohort",
                "20");
        second = run("growth", "--data", bundle.toString(), "--out", temp.resolve("out2").toString(), "--min-cohort",
                "20");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static List<CsvRecord> read(Path file) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            csv.forEach(records::add);
        }
        return records;
    }

    @Test
    void growthWritesStudentGrowthWithTheContractsColumnsFirst() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("fitted  ").contains("students with an SGP");
        List<CsvRecord> rows = read(temp.resolve("out1/student_growth.csv"));
        assertThat(rows.get(0).getFields()).startsWith("school_year", "student_id", "subject", "grade", "priors_used",
                "sgp");
        assertThat(rows).hasSizeGreaterThan(100);
        for (CsvRecord r : rows.subList(1, rows.size())) {
            int sgp = Integer.parseInt(r.getField(5));
            int priors = Integer.parseInt(r.getField(4));
            assertThat(sgp).isBetween(1, 99);
            assertThat(priors).isBetween(1, 2);
        }
        // 3 years: two priors only in the last year
        assertThat(rows.subList(1, rows.size()).stream().filter(r -> r.getField(4).equals("2"))
                .map(r -> r.getField(0)).distinct().toList()).hasSize(1);
        assertThat(Files.exists(temp.resolve("out1/school_value_added.csv"))).isTrue();
    }

    @Test
    void twoRunsWriteByteIdenticalFiles() throws IOException {
        for (String file : List.of("student_growth.csv", "school_value_added.csv")) {
            assertThat(Files.readAllBytes(temp.resolve("out2").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(temp.resolve("out1").resolve(file)));
        }
    }

    @Test
    void aBadFlagIsAUsageErrorNamingIt() {
        CommandRun priors = run("growth", "--data", bundle.toString(), "--out", temp.resolve("bad").toString(),
                "--max-priors", "0");
        assertThat(priors.exitCode()).isEqualTo(2);
        assertThat(priors.err()).contains("--max-priors 0").doesNotContain("Exception");
        CommandRun data = run("growth", "--data", temp.resolve("nowhere").toString(), "--out", temp.resolve("bad").toString());
        assertThat(data.exitCode()).isEqualTo(2);
        assertThat(data.err()).doesNotContain("Exception");
    }

    @Test
    void aTestWithoutScoresIsNamed() {
        CommandRun run = run("growth", "--data", bundle.toString(), "--out", temp.resolve("none").toString(), "--tests",
                "parcc");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No scores enter growth: no row of the tests parcc");
    }

    @Test
    void belowTheMinimumCohortNothingIsFittedAndTheUserIsTold() {
        CommandRun run = run("growth", "--data", bundle.toString(), "--out", temp.resolve("big").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("No grade progression reached --min-cohort 1000");
    }
}
