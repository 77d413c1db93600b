package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.growth.GrowthCsv;
import org.flashlight.duckdb.growth.GrowthSettings;
import org.flashlight.duckdb.growth.GrowthSummary;
import org.flashlight.duckdb.growth.SchoolValueAdded;
import org.flashlight.duckdb.growth.StudentGrowth;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.metric.TestDefinitions;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flashlight growth}: validates and loads a bundle like {@code run}, computes every student's Student
 * Growth Percentile (shared/spec/growth.md) and the schools' value-added, and writes student_growth.csv and
 * school_value_added.csv.
 */
@Command(name = "growth", mixinStandardHelpOptions = true,
        description = {"Computes Student Growth Percentiles (shared/spec/growth.md) for every student, subject and "
                + "school year the bundle allows, and the schools' value-added growth, and writes "
                + "student_growth.csv, school_value_added.csv and rejections.csv (plus the database growth.duckdb).",
            "Exit code 0 when nothing was rejected, 3 when input rows were rejected (results are still written for "
                + "the accepted rows), 2 on a usage error."})
final class GrowthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the bundle folder")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the result files")
    Path out;

    @Option(names = "--max-priors", paramLabel = "N", defaultValue = "2",
            description = "the most prior years an SGP conditions on (default: ${DEFAULT-VALUE})")
    int maxPriors;

    @Option(names = "--min-cohort", paramLabel = "N", defaultValue = "1000",
            description = "the fewest students a grade progression needs for SGPs (default: ${DEFAULT-VALUE})")
    int minCohort;

    @Option(names = "--tests", paramLabel = "CODE", split = ",",
            description = "the tests whose scores enter growth (default: sbac, parcc, mcas; a state's own test needs "
                    + "a tests.csv row; alternate assessments never enter)")
    List<String> tests;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        GrowthSettings settings = settings();
        BundleFiles bundle = BundleFiles.scan(data);
        Outputs.createFolder(out, "--out");
        Path database = out.resolve("growth.duckdb");
        Files.deleteIfExists(database);
        PrintWriter console = spec.commandLine().getOut();
        try (BundleDatabase db = BundleDatabase.file(database)) {
            LoadReport report = ValidateCommand.load(bundle, db);
            BundleLoader.writeRejectionsCsv(db, out.resolve("rejections.csv"));
            Instant loaded = Instant.now();
            GrowthSummary summary;
            Instant[] fitted = {loaded};
            try (Progress bar = Progress.start("growth", 1, " progressions", 1)) {
                summary = StudentGrowth.compute(db, settings, TestDefinitions.catalog(db), (progression, done, total) -> {
                    fitted[0] = Instant.now();
                    bar.maxHint(total);
                    bar.stepTo(done);
                    bar.message(progression);
                });
            }
            Instant percentiles = Instant.now();
            long schools = SchoolValueAdded.compute(db, settings);
            Instant valueAdded = Instant.now();
            long students = GrowthCsv.writeStudentGrowth(db, out.resolve("student_growth.csv"));
            GrowthCsv.writeSchoolValueAdded(db, out.resolve("school_value_added.csv"));
            summary.fits().forEach(f -> console.println("fitted  " + f));
            summary.tooSmall().forEach(f -> console.println("skipped " + f + " (below --min-cohort " + minCohort + ")"));
            if (summary.scores() == 0) {
                console.println("No scores enter growth: no row of the tests " + String.join(", ",
                        settings.assessment().tests()) + " in a tested grade with participation tested, a performance "
                        + "level and a scale score (alternate assessments never enter). A state's own test: name it "
                        + "with --tests and define it in tests.csv.");
            } else if (summary.fits().isEmpty()) {
                console.println("No grade progression reached --min-cohort " + minCohort + ": no SGPs. A progression "
                        + "needs students tested in consecutive grades in consecutive years on one test.");
            }
            console.printf("%,d students with an SGP, %,d school value-added estimates; input rows %,d read, %,d "
                    + "rejected%n", students, schools, report.rowsRead(), report.rowsRejected());
            console.printf("Load and validate %s, SGP fits %s, projections and table %s, value-added %s, writing %s%n",
                    RunCommand.seconds(start, loaded), RunCommand.seconds(loaded, fitted[0]),
                    RunCommand.seconds(fitted[0], percentiles), RunCommand.seconds(percentiles, valueAdded),
                    RunCommand.seconds(valueAdded, Instant.now()));
            console.println("Wrote " + out.resolve("student_growth.csv") + ", school_value_added.csv, rejections.csv and "
                    + database.getFileName());
            return report.hasRejections() ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }
    }

    private GrowthSettings settings() {
        if (maxPriors < 1) {
            throw new ExitCodes.UsageException("--max-priors " + maxPriors + ": at least 1 prior year is needed");
        }
        if (minCohort < 1) {
            throw new ExitCodes.UsageException("--min-cohort " + minCohort + ": the minimum cohort size must be at least 1");
        }
        AssessmentSettings assessment = AssessmentSettings.DEFAULT;
        if (tests != null && !tests.isEmpty()) {
            assessment = assessment.withTests(tests.stream().map(t -> t.trim().toLowerCase(java.util.Locale.ROOT))
                    .toList());
        }
        return new GrowthSettings(maxPriors, minCohort, assessment);
    }
}
