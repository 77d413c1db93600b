package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.simulation.RatingChange;
import org.flashlight.core.simulation.SchoolComparison;
import org.flashlight.core.simulation.SettingDifference;
import org.flashlight.core.simulation.Simulation;
import org.flashlight.core.simulation.SimulationSide;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.accountability.Accountability;
import org.flashlight.duckdb.accountability.SchoolInputs;
import org.flashlight.duckdb.group.StudentGroups;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.duckdb.metric.MetricEngine;
import org.flashlight.duckdb.metric.MetricResult;
import org.flashlight.duckdb.metric.MetricResults;
import org.flashlight.duckdb.simulation.SimulationFiles;
import org.flashlight.ingest.BundleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flashlight simulate} (FW-4, CA-4): scores one bundle under two frameworks and writes, per school,
 * both results, the changes with their reasons, summary tables and, per school and metric, why the two
 * treat it differently. Metrics are computed once per distinct measurement (measurement settings,
 * economic-disadvantage rule, metric definitions, min n): two variants that differ only in scoring share one
 * computation.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Scores a bundle under two frameworks (A and B, e.g. a shipped framework and your variant of "
                + "it) and writes simulation_schools.csv, simulation_changes.csv, simulation_summary.csv, "
                + "simulation_disagreements.csv and simulation_settings.csv (docs/simulate.md).",
            "Exit code 0 when nothing was rejected, 3 when input rows were rejected (results are still written for "
                + "the accepted rows), 2 on a usage error."})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the bundle folder")
    Path data;

    @Option(names = "--framework", required = true, paramLabel = "ID_OR_FILE",
            description = "give it twice: framework A, then framework B (a shipped id or a framework YAML file)")
    List<String> frameworks;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the result files")
    Path out;

    @Option(names = "--year", paramLabel = "Y", description = "compare this school year only")
    Integer year;

    /** What a metric computation depends on: two frameworks equal in these share one computation. */
    record Measurement(MeasurementSettings settings, String econRule, List<MetricDefinition> metrics, int minN) {
        static Measurement of(FrameworkSettings framework) {
            return new Measurement(framework.measurement(), framework.econDisadvRule(), framework.metricsToCompute(),
                    framework.minN());
        }
    }

    @Override
    public Integer call() throws IOException {
        if (frameworks.size() != 2) {
            throw new ExitCodes.UsageException("--framework: give exactly two frameworks, A then B (e.g. --framework "
                    + "core-sqii --framework my-core-variant.yaml); got " + frameworks.size());
        }
        Instant start = Instant.now();
        FrameworkSettings a = FrameworkFiles.load(frameworks.get(0));
        FrameworkSettings b = FrameworkFiles.load(frameworks.get(1));
        BundleFiles bundle = BundleFiles.scan(data);
        Outputs.createFolder(out, "--out");
        Path database = out.resolve("simulation.duckdb");
        Files.deleteIfExists(database);
        PrintWriter console = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (FrameworkSettings f : List.of(a, b)) {
            if (f.scoring().system() == ScoringSystem.NONE) {
                err.println("flashlight: " + f.id() + " has no scoring section: it gives no score, rating or "
                        + "designation, so its side of the comparison is empty");
            }
        }
        try (BundleDatabase db = BundleDatabase.file(database)) {
            LoadReport report = ValidateCommand.load(bundle, db);
            BundleLoader.writeRejectionsCsv(db, out.resolve("rejections.csv"));
            Instant loaded = Instant.now();
            Set<Integer> years = year == null ? Set.of() : Set.of(year);
            boolean shared = Measurement.of(a).equals(Measurement.of(b));
            List<MetricResult> resultsA = compute(db, a, shared ? "metrics (A and B)" : "metrics (A)");
            Accountability.Inputs inputsA = Accountability.inputs(db, resultsA, a.metricsToCompute());
            ScoringOutcome outcomeA = Accountability.score(a, inputsA, years);
            List<MetricResult> resultsB = shared ? resultsA : compute(db, b, "metrics (B)");
            // shared measurement: the same results and metric definitions, so the same inputs
            Accountability.Inputs inputsB = shared ? inputsA : Accountability.inputs(db, resultsB, b.metricsToCompute());
            ScoringOutcome outcomeB = Accountability.score(b, inputsB, years);
            List<SchoolProfile> profiles = povertyProfiles(db, a, inputsA, b, inputsB);
            Instant scored = Instant.now();
            List<String> labels = labels(a, b);
            Simulation simulation = Simulation.of(new SimulationSide(labels.get(0), a, outcomeA),
                    new SimulationSide(labels.get(1), b, outcomeB), profiles.stream()
                            .filter(p -> year == null || p.schoolYear() == year).toList());
            SimulationFiles.write(out, simulation);
            summarize(console, simulation, shared);
            console.printf("Load and validate %s, metrics and scoring %s, comparing and writing %s%n",
                    RunCommand.seconds(start, loaded), RunCommand.seconds(loaded, scored),
                    RunCommand.seconds(scored, Instant.now()));
            console.println("Wrote " + out.resolve("simulation_schools.csv") + ", simulation_changes.csv, "
                    + "simulation_summary.csv, simulation_disagreements.csv, simulation_settings.csv, rejections.csv "
                    + "and " + database.getFileName());
            return report.hasRejections() ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }
    }

    private List<MetricResult> compute(BundleDatabase db, FrameworkSettings framework, String task) {
        try (Progress bar = Progress.start(task, 1, " passes", 1)) {
            RunCommand.computeMetrics(db, framework, framework.metricsToCompute(), (description, done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
                bar.message(description);
            });
        }
        return MetricResults.read(db);
    }

    /**
     * The schools with their econ_disadv share under {@code frl_or_direct_cert}, as FW-4's poverty quartiles
     * ask, from whichever side computed under that rule, else from one more pass over enrolment.
     */
    private static List<SchoolProfile> povertyProfiles(BundleDatabase db, FrameworkSettings a,
            Accountability.Inputs inputsA, FrameworkSettings b, Accountability.Inputs inputsB) {
        String rule = EconomicDisadvantageRule.FRL_OR_DIRECT_CERT.id();
        if (a.econDisadvRule().equals(rule)) {
            return inputsA.profiles();
        }
        if (b.econDisadvRule().equals(rule)) {
            return inputsB.profiles();
        }
        StudentGroups.create(db, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        List<MetricDefinition> enrolment = a.metricsToCompute().stream()
                .filter(m -> m.id().equals(SchoolInputs.ENROLLMENT_METRIC)).toList();
        new MetricEngine(db).compute(enrolment, a.measurement(), a.minN());
        return SchoolInputs.profiles(db, MetricResults.read(db));
    }

    /** The frameworks' ids, or what was given on the command line where two variants share an id. */
    private List<String> labels(FrameworkSettings a, FrameworkSettings b) {
        if (!a.id().equals(b.id())) {
            return List.of(a.id(), b.id());
        }
        String first = Path.of(frameworks.get(0)).getFileName().toString();
        String second = Path.of(frameworks.get(1)).getFileName().toString();
        return first.equals(second) ? List.of(a.id() + " (A)", b.id() + " (B)") : List.of(first, second);
    }

    private static void summarize(PrintWriter console, Simulation simulation, boolean shared) {
        console.printf("A = %s, B = %s (%s)%n", simulation.a().label(), simulation.b().label(), shared
                ? "same measurement: metrics computed once, scored twice"
                : "different measurement: metrics computed for each");
        List<SettingDifference> settings = simulation.settings();
        console.printf("%d setting%s differ%s%s%n", settings.size(), settings.size() == 1 ? "" : "s",
                settings.size() == 1 ? "s" : "", settings.isEmpty() ? "" : ":");
        settings.stream().limit(10).forEach(s -> console.println("  " + s.describe()));
        if (settings.size() > 10) {
            console.printf("  ... and %d more in simulation_settings.csv%n", settings.size() - 10);
        }
        if (simulation.schools().isEmpty()) {
            console.println("No school has a result under either framework.");
            return;
        }
        for (int y : simulation.years()) {
            Simulation ofYear = simulation.forYear(y);
            List<SchoolComparison> schools = ofYear.schools();
            List<String> designations = new ArrayList<>();
            ofYear.schoolsGaining().forEach((id, n) -> designations.add(n + " gain " + id));
            ofYear.schoolsLosing().forEach((id, n) -> designations.add(n + " lose " + id));
            String ratings = schools.stream().anyMatch(c -> c.rating() == RatingChange.NOT_COMPARABLE)
                    ? String.format("%,d schools; ratings not comparable (different rating scales)", schools.size())
                    : String.format("%,d of %,d schools change rating (%d up, %d down)",
                            schools.stream().filter(c -> c.rating().changed()).count(), schools.size(),
                            schools.stream().filter(c -> c.rating() == RatingChange.UP).count(),
                            schools.stream().filter(c -> c.rating() == RatingChange.DOWN).count());
            console.printf("%d: %s; %s%n", y, ratings,
                    designations.isEmpty() ? "no designation changes" : String.join(", ", designations));
        }
        Map<String, Long> kinds = simulation.disagreements().stream().flatMap(d -> d.kinds().stream())
                .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        console.printf("%,d school results change rating or designation (simulation_changes.csv); %,d metric "
                + "treatments differ%s%n", simulation.changes().size(), simulation.disagreements().size(),
                kinds.isEmpty() ? "" : " (" + kinds.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")) + "; simulation_disagreements.csv)");
    }
}
