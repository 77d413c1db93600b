package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flashlight.duckdb.load.ValidBundle;
import org.flashlight.duckdb.load.ValidBundle.CsvFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight validate} as a script calls it (shared/spec/outputs.md): exit code 0 when nothing
 * was rejected, 3 when rows or files were rejected, 2 on a usage error; per-file counts on stdout,
 * {@code file:line: column: message} lines on stderr, every rejection in the rejections file.
 */
class TestValidateCommand {
    @TempDir
    Path temp;

    /** One run of the command line with its output captured. */
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

    @Test
    void validBundleExitsZeroAndPrintsReadAcceptedRejectedPerFile() {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Path rejections = temp.resolve("rejections.csv");

        Run run = run("validate", "--data", bundle.toString(), "--rejections", rejections.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // rows per file of the fixture, counted by hand: read, accepted, 0 rejected
        Map<String, Integer> rows = Map.ofEntries(Map.entry("tests.csv", 2), Map.entry("schools.csv", 4),
                Map.entry("students.csv", 5), Map.entry("enrollments.csv", 5), Map.entry("assessments.csv", 4),
                Map.entry("discipline.csv", 3), Map.entry("course_grades.csv", 3),
                Map.entry("graduation_cohorts.csv", 3), Map.entry("attendance_monthly.csv", 3),
                Map.entry("surveys.csv", 3), Map.entry("class_observations.csv", 2), Map.entry("postsecondary.csv", 2));
        rows.forEach((file, n) -> assertThat(run.out())
                .containsPattern("(?m)^" + file.replace(".", "\\.") + "\\s+" + n + "\\s+" + n + "\\s+0\\b"));
        assertThat(run.out()).containsPattern("(?m)^total\\s+39\\s+39\\s+0\\s*$");
        assertThat(run.out()).contains("columns not in the contract were ignored: " + ValidBundle.EXTRA_COLUMN);
        assertThat(run.out()).contains("Nothing rejected.");
        assertThat(run.errLines()).isEmpty();
        assertThat(rejections).exists();
    }

    @Test
    void corruptedBundleExitsThreeListsRejectionsOnStderrAndWritesTheRejectionsFile() throws IOException {
        List<CsvFile> files = ValidBundle.files();
        // enrollments.csv line 4 (000124): 181 days present of 180 enrolled
        CsvFile enrollments = ValidBundle.named(files, "enrollments.csv");
        enrollments.rows().get(2).set(enrollments.column("days_present"), "181");
        // discipline.csv line 3: 2023 is not a leap year
        CsvFile discipline = ValidBundle.named(files, "discipline.csv");
        discipline.rows().get(1).set(discipline.column("incident_date"), "2023-02-29");
        Path bundle = ValidBundle.write(temp.resolve("bundle"), files);
        Path rejections = temp.resolve("out/rejected.csv");
        Files.createDirectories(rejections.getParent());

        Run run = run("validate", "--data", bundle.toString(), "--rejections", rejections.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).containsPattern("(?m)^enrollments\\.csv\\s+5\\s+4\\s+1\\b");
        assertThat(run.out()).containsPattern("(?m)^discipline\\.csv\\s+3\\s+2\\s+1\\b");
        assertThat(run.out()).contains(rejections.toString());
        assertThat(run.errLines()).containsExactly(
                "enrollments.csv:4: days_present: is greater than days_enrolled (days_enrolled 180) (value '181')",
                "discipline.csv:3: incident_date: not a date (expected YYYY-MM-DD between 1900 and 2100) (value '2023-02-29')");
        assertThat(run.errLines()).allSatisfy(l -> assertThat(l).matches("[a-z_]+\\.csv:\\d+: [a-z_+]+: .+"));
        assertThat(Files.readAllLines(rejections)).containsExactly(
                "file,line,column,value,reason",
                "enrollments.csv,4,days_present,181,is greater than days_enrolled (days_enrolled 180)",
                "discipline.csv,3,incident_date,2023-02-29,not a date (expected YYYY-MM-DD between 1900 and 2100)");
    }

    @Test
    void missingRequiredFileExitsThree() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Files.delete(bundle.resolve("students.csv"));

        Run run = run("validate", "--data", bundle.toString(), "--rejections", temp.resolve("r.csv").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).contains("students.csv: required file is missing");
    }

    @Test
    void dataFolderThatDoesNotExistIsAUsageErrorNamingTheFlag() {
        Path missing = temp.resolve("no-such-bundle");

        Run run = run("validate", "--data", missing.toString(), "--rejections", temp.resolve("r.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains("--data").contains(missing.toString());
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(temp.resolve("r.csv")).doesNotExist();
    }

    @Test
    void rejectionsFileInAFolderThatDoesNotExistIsAUsageErrorNamingTheFlag() {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));

        Run run = run("validate", "--data", bundle.toString(), "--rejections", temp.resolve("nope/r.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).contains("--rejections");
    }

    @Test
    void unknownFlagIsAUsageError() {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));

        Run run = run("validate", "--data", bundle.toString(), "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'").doesNotContain("Exception");
    }

    @Test
    void missingDataFlagIsAUsageError() {
        Run run = run("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--data");
    }
}
