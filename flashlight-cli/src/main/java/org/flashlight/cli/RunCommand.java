package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.flashlight.core.disclosure.DisclosurePolicy;
import org.flashlight.core.accountability.FrameworkSplit;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.core.improvement.SupportOutcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.accountability.Accountability;
import org.flashlight.duckdb.accountability.AccountabilityFiles;
import org.flashlight.duckdb.accountability.ScoreColumns;
import org.flashlight.duckdb.accountability.SupportFiles;
import org.flashlight.duckdb.group.StudentGroups;
import org.flashlight.duckdb.growth.GrowthCsv;
import org.flashlight.duckdb.growth.StudentGrowth;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.duckdb.metric.MetricDisclosure;
import org.flashlight.duckdb.metric.MetricEngine;
import org.flashlight.duckdb.metric.MetricProgress;
import org.flashlight.duckdb.metric.MetricResult;
import org.flashlight.duckdb.metric.MetricResults;
import org.flashlight.duckdb.metric.MetricResultsCsv;
import org.flashlight.duckdb.metric.MetricResultsTable;
import org.flashlight.ingest.BundleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flashlight run}: validates and loads a bundle, computes every metric of the catalog for every
 * student group at school, district and state level, and writes the result files of outputs.md.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Computes every metric for every student group, school, district and the state, for every "
                + "school year of the bundle, scores, rates and designates schools under the framework, and writes "
                + "metric_results.csv, school_results.csv, scoring_rules.csv, score_explanations.csv, the support "
                + "files (school_pairings.csv, communities_of_practice.csv, exit_status.csv, "
                + "interim_benchmarks.csv), rejections.csv and run_manifest.json (shared/spec/outputs.md, "
                + "docs/frameworks.md) plus the same tables in the results database flashlight.duckdb; student_growth.csv "
                + "too when a growth metric has results.",
            "Exit code 0 when nothing was rejected, 3 when input rows were rejected (results are still written for "
                + "the accepted rows), 2 on a usage error."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the bundle folder")
    Path data;

    @Option(names = "--framework", required = true, paramLabel = "ID_OR_FILE",
            description = "a shipped framework id (core-sqii, dc-star, ma, ca-dashboard) or a framework YAML file")
    String framework;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the result files")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "write results for this school year only")
    Integer year;

    @Override
    public Integer call() throws IOException {
        Instant start = Instant.now();
        FrameworkSettings settings = FrameworkFiles.load(framework);
        List<MetricDefinition> metrics = settings.metricsToCompute(); // the catalog under its parameters + its own
        BundleFiles bundle = BundleFiles.scan(data);
        Outputs.createFolder(out, "--out");
        Path database = out.resolve("flashlight.duckdb");
        Files.deleteIfExists(database);
        PrintWriter console = spec.commandLine().getOut();
        try (BundleDatabase db = BundleDatabase.file(database)) {
            LoadReport report = ValidateCommand.load(bundle, db);
            BundleLoader.writeRejectionsCsv(db, out.resolve("rejections.csv"));
            Instant loaded = Instant.now();
            PrintWriter timings = System.getenv("FLASHLIGHT_TIMINGS") != null ? spec.commandLine().getErr() : null;
            try (Progress bar = Progress.start("metrics", 1, " passes", 1)) {
                computeMetrics(db, settings, metrics, (description, done, total) -> {
                            if (timings != null) {
                                timings.printf("%6.1f s  %s%n", java.time.Duration.between(loaded, Instant.now())
                                        .toMillis() / 1000.0, description);
                            }
                            bar.maxHint(total);
                            bar.stepTo(done);
                            bar.message(description);
                        });
            }
            Instant computed = Instant.now();
            List<MetricResult> allYears = MetricResults.read(db);
            List<MetricResult> results = allYears.stream().filter(r -> year == null || r.schoolYear() == year).toList();
            List<Outcome<Integer>> publicView = publicView(db, results, settings, metrics);
            long suppressed = publicView.stream().filter(Outcome::suppressed).count();
            Instant protectedAt = Instant.now();
            Accountability.Inputs inputs = Accountability.inputs(db, allYears, metrics);
            ScoringOutcome scoring = Accountability.score(settings, inputs, year == null ? Set.of() : Set.of(year));
            Instant scored = Instant.now();
            SupportOutcome support = Accountability.support(settings, inputs, scoring);
            Instant supported = Instant.now();
            MetricResultsCsv.write(out.resolve("metric_results.csv"), settings.id(), results, metrics, settings.minN(),
                    publicView, new ScoreColumns(scoring));
            MetricResultsTable.load(db, out.resolve("metric_results.csv"));
            boolean growth = writeStudentGrowth(db, metrics, results, out.resolve("student_growth.csv"));
            AccountabilityFiles.write(db, out, settings.id(), settings.econDisadvRule(), scoring);
            SupportFiles.write(db, out, settings.id(), support);
            RunManifest.write(out.resolve("run_manifest.json"), settings, bundle, report, results.size(), start,
                    Instant.now());
            console.printf("%s: %,d metric results (%,d suppressed in public views) for %s; input rows %,d read, %,d "
                    + "rejected%n", settings.id(), results.size(), suppressed, data,
                    report.rowsRead(), report.rowsRejected());
            console.printf("Load and validate %s, metrics %s, disclosure %s, scoring %s, support %s, writing %s%n",
                    seconds(start, loaded), seconds(loaded, computed), seconds(computed, protectedAt),
                    seconds(protectedAt, scored), seconds(scored, supported), seconds(supported, Instant.now()));
            if (!scoring.schools().isEmpty()) {
                console.printf("%s: %,d school results, %,d designations%n", settings.id(), scoring.schools().size(),
                        scoring.schools().stream().mapToLong(s -> s.designations().size()).sum());
            }
            console.println("Wrote " + out.resolve("metric_results.csv") + ", school_results.csv, scoring_rules.csv, "
                    + "score_explanations.csv, " + String.join(", ", SupportFiles.FILES)
                    + ", rejections.csv, run_manifest.json, " + (growth ? "student_growth.csv, " : "")
                    + "and " + database.getFileName());
            return report.hasRejections() ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }
    }

    /**
     * Student groups under the framework's rule, then {@code metrics} (the framework's) into metric_aggregates,
     * with a row per framework level for the schools the framework splits (STAR-1).
     */
    static void computeMetrics(BundleDatabase db, FrameworkSettings settings, List<MetricDefinition> metrics,
            MetricProgress progress) {
        StudentGroups.create(db, EconomicDisadvantageRule.fromId(settings.econDisadvRule()));
        new MetricEngine(db).compute(metrics, settings.measurement(), settings.minN(), progress,
                new FrameworkSplit(settings.scoring()));
    }

    /**
     * student_growth.csv beside metric_results.csv when a growth metric of the framework has results (the
     * SGPs behind its medians and means); returns whether it was written.
     */
    static boolean writeStudentGrowth(BundleDatabase db, List<MetricDefinition> metrics, List<MetricResult> results,
            Path target) {
        java.util.Set<String> growthMetrics = metrics.stream()
                .filter(m -> m.population() == Population.FAY_GROWTH || m.population() == Population.VALUE_ADDED_STUDENTS)
                .map(MetricDefinition::id).collect(java.util.stream.Collectors.toSet());
        if (!StudentGrowth.exists(db) || results.stream().noneMatch(r -> growthMetrics.contains(r.metric()))) {
            return false;
        }
        GrowthCsv.writeStudentGrowth(db, target);
        return true;
    }

    /** What the public may see of each result (docs/disclosure.md), in the order of {@code results}. */
    static List<Outcome<Integer>> publicView(BundleDatabase db, List<MetricResult> results, FrameworkSettings settings,
            List<MetricDefinition> metrics) {
        return MetricDisclosure.apply(results, MetricDisclosure.districtOfSchool(db),
                DisclosurePolicy.defaults(settings.minNPublic()), metrics);
    }

    static String seconds(Instant from, Instant to) {
        return String.format(java.util.Locale.ROOT, "%.1f s", java.time.Duration.between(from, to).toMillis() / 1000.0);
    }
}
