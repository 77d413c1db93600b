package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.duckdb.load.ValidBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Framework files as {@code flashlight run} reads them (FW-1, FW-2): the shipped files with their
 * measurement parameters, every problem of a bad file listed with exit code 2 and no stack trace,
 * and a metric defined in a file computed and written like the catalog's.
 */
class TestFrameworkFiles {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
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

    private Path write(String name, String yaml) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void everyShippedFrameworkLoadsAndMassachusettsTestsGrade10() {
        for (String id : FrameworkFiles.SHIPPED) {
            FrameworkSettings settings = FrameworkFiles.load(id);
            assertThat(settings.id()).isEqualTo(id);
            // the shipped files state the written 90% and 31 days: the catalog is unchanged
            assertThat(settings.metricsToCompute()).as(id).isEqualTo(MetricCatalog.METRICS);
            assertThat(settings.measurement().attendanceMinDays()).as(id).isEqualTo(31);
        }
        // metrics.md R-6: ma tests grades 3-8 and 10; the others the default 3-8 and 11
        assertThat(FrameworkFiles.load("ma").measurement().assessment().testedGrades())
                .containsExactly(3, 4, 5, 6, 7, 8, 10);
        assertThat(FrameworkFiles.load("core-sqii").measurement().assessment().testedGrades())
                .containsExactly(3, 4, 5, 6, 7, 8, 11);
    }

    @Test
    void aFileWithTwoProblemsExitsTwoListingBoth() throws IOException {
        Path file = write("district.yaml", """
                id: district
                measurement:
                  chronic_absence_threshold: 91
                metrics:
                  - id: chronic_absence_91
                    population: attendance
                    numerator: "100 * days_present <= 91 * days_enrolled AND days_absent > 0"
                    direction: lower
                """);
        Path out = temp.resolve("out");

        Run run = run("run", "--data", ValidBundle.write(temp.resolve("bundle")).toString(), "--framework",
                file.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "flashlight: district.yaml: 2 problems",
                "district.yaml: measurement.chronic_absence_threshold: expected a proportion between 0 and 1, e.g. "
                        + "0.90 for 90%, found '91'",
                "district.yaml: metrics[0].numerator: unknown column 'days_absent' (population attendance has "
                        + "days_enrolled, days_present)");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKeyWrittenTwiceIsAnError() throws IOException {
        Path file = write("twice.yaml", """
                id: twice
                min_n: 20
                min_n: 10
                """);

        Run run = run("run", "--data", temp.toString(), "--framework", file.toString(), "--out",
                temp.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("flashlight: twice.yaml: not valid YAML: Duplicate field 'min_n'");
    }

    @Test
    void aMetricOfTheFrameworkFileIsComputedAndWritten() throws IOException {
        Path file = write("district.yaml", """
                id: district
                min_n: 1
                metrics:
                  - id: chronic_absence_94
                    label: Chronic absence (94%)
                    population: attendance
                    numerator: 100 * days_present <= 94 * days_enrolled
                    direction: lower
                """);
        Path out = temp.resolve("out");

        Run run = run("run", "--data", ValidBundle.write(temp.resolve("bundle")).toString(), "--framework",
                file.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(out.resolve("metric_results.csv"));
        // S001 in 2024 (ValidBundle): 000123 172 of 180 days (100*172 = 17200 > 94*180 = 16920: not chronic),
        // 000126 (PK) 150 of 160 (15000 <= 15040: chronic) -> 1 / 2; the catalog's 90% rule: 0 / 2
        assertThat(rows).anyMatch(r -> r.startsWith("district,2024,school,S001,,chronic_absence_94,all,1,2,0.5,"));
        assertThat(rows).anyMatch(r -> r.startsWith("district,2024,school,S001,,chronic_absence,all,0,2,0,"));
    }
}
