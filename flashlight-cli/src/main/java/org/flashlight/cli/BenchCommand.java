package org.flashlight.cli;

import java.io.IOException;
import java.util.List;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.metric.MetricProgress;
import org.flashlight.duckdb.metric.MetricResult;
import org.flashlight.duckdb.metric.MetricResults;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.ingest.BundleFiles.BundleFile;
import org.flashlight.synth.GenerationSummary;
import org.flashlight.synth.GeneratorSettings;
import org.flashlight.synth.OutputFormat;
import org.flashlight.synth.SyntheticProgression;
import org.flashlight.core.growth.GrowthModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flashlight bench ingest}, {@code bench metrics} and {@code bench growth}: the benchmarks of docs/benchmarks.md. Generates a state,
 * measures the floor (DuckDB reading the same CSV files into untyped tables, no checks), then
 * validates and loads it, all in one process, and prints times, rows per second, the ratio to the
 * floor and peak memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (see docs/benchmarks.md).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Metrics.class, BenchCommand.Growth.class, BenchWeb.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "generate + validate + load, with the bare DuckDB scan of the same files as the floor")
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--students", defaultValue = "1000000", description = "students per year (default: ${DEFAULT-VALUE})")
        long students;

        @Option(names = "--years", defaultValue = "3", description = "school years (default: ${DEFAULT-VALUE})")
        int years;

        @Option(names = "--seed", defaultValue = "7", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--work", required = true, paramLabel = "DIR",
                description = "scratch folder for the bundle and the database (needs several GB for 1,000,000 students)")
        Path work;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path bundle = work.resolve("bundle");
            Path database = work.resolve("bench.duckdb");
            Outputs.createFolder(bundle, "--work");
            Files.deleteIfExists(database);

            long t0 = System.nanoTime();
            GenerationSummary generated = GenerateCommand.generate(
                    new GeneratorSettings(students, years, seed, 2025, OutputFormat.CSV), bundle);
            long t1 = System.nanoTime();
            long rows = generated.rowsPerFile().values().stream().mapToLong(Long::longValue).sum();
            BundleFiles files = BundleFiles.scan(bundle);
            long floorRows = floorScan(files);
            long t2 = System.nanoTime();
            LoadReport report;
            try (BundleDatabase db = BundleDatabase.file(database)) {
                report = ValidateCommand.load(files, db);
            }
            long t3 = System.nanoTime();

            double generate = seconds(t0, t1);
            double floor = seconds(t1, t2);
            double load = seconds(t2, t3);
            out.printf("students %,d x %d years, seed %d: %,d rows in %d files, %,d MB of CSV%n", students, years, seed, rows,
                    files.files().size(), files.totalBytes() / 1_000_000);
            out.printf("generate            %8.1f s  %,12.0f rows/s%n", generate, rows / generate);
            out.printf("floor (bare scan)   %8.1f s  %,12.0f rows/s  (DuckDB read_csv of every file, all text, no checks: %,d rows)%n",
                    floor, floorRows / floor, floorRows);
            out.printf("validate + load     %8.1f s  %,12.0f rows/s  = %.2f x the floor; %,d accepted, %,d rejected%n", load,
                    report.rowsRead() / load, load / floor, report.rowsAccepted(), report.rowsRejected());
            out.printf("total (gen+val+load)%8.1f s%n", generate + load);
            out.printf("peak heap %,d MB; peak resident memory of the process (JVM + DuckDB) %,d MB; cores %d%n",
                    peakHeapBytes() / 1_000_000, peakResidentKb() / 1000, Runtime.getRuntime().availableProcessors());
            return report.hasRejections() ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }

        static long floorScan(BundleFiles files) {
            long rows = 0;
            try (BundleDatabase db = BundleDatabase.inMemory()) {
                for (BundleFile file : files.files()) {
                    String path = "'" + file.path().toAbsolutePath().toString().replace("'", "''") + "'";
                    db.execute("CREATE OR REPLACE TABLE floor AS SELECT * FROM read_csv(" + path + ", all_varchar = true)");
                    rows += db.queryLong("SELECT count(*) FROM floor");
                    db.execute("DROP TABLE floor");
                }
            }
            return rows;
        }

        static double seconds(long from, long to) {
            return (to - from) / 1e9;
        }

        static long peakHeapBytes() {
            long sum = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    sum += pool.getPeakUsage().getUsed();
                }
            }
            return sum;
        }

        static long peakResidentKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // not Linux: report 0
            }
            return 0;
        }
    }

    @Command(name = "metrics", mixinStandardHelpOptions = true,
            description = "validate + load an existing bundle, then every catalog metric for every group and level, "
                    + "and public disclosure avoidance, with the bare DuckDB scan of the same files as the floor")
    static final class Metrics implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "the bundle (e.g. from generate)")
        Path data;

        @Option(names = "--framework", defaultValue = "core-sqii", paramLabel = "ID_OR_FILE",
                description = "framework for min n and the economic-disadvantage rule (default: ${DEFAULT-VALUE})")
        String framework;

        @Option(names = "--work", required = true, paramLabel = "DIR", description = "scratch folder for the database")
        Path work;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            FrameworkSettings settings = FrameworkFiles.load(framework);
            List<MetricDefinition> metrics = settings.metricsToCompute();
            BundleFiles files = BundleFiles.scan(data);
            Outputs.createFolder(work, "--work");
            Path database = work.resolve("bench-metrics.duckdb");
            Files.deleteIfExists(database);

            long t0 = System.nanoTime();
            long floorRows = Ingest.floorScan(files);
            long t1 = System.nanoTime();
            long t2;
            long t3;
            long t4;
            int results;
            long suppressed;
            try (BundleDatabase db = BundleDatabase.file(database)) {
                ValidateCommand.load(files, db);
                t2 = System.nanoTime();
                RunCommand.computeMetrics(db, settings, metrics, MetricProgress.NONE);
                List<MetricResult> rows = MetricResults.read(db);
                t3 = System.nanoTime();
                suppressed = RunCommand.publicView(db, rows, settings, metrics).stream().filter(Outcome::suppressed).count();
                t4 = System.nanoTime();
                results = rows.size();
            }
            double floor = Ingest.seconds(t0, t1);
            double metricSeconds = Ingest.seconds(t2, t3);
            out.printf("bundle %s: %,d rows in %d files, %,d MB of CSV; framework %s%n", data, floorRows,
                    files.files().size(), files.totalBytes() / 1_000_000, settings.id());
            out.printf("floor (bare scan)     %8.1f s  (DuckDB read_csv of every file once, all text, no checks)%n", floor);
            out.printf("validate + load       %8.1f s%n", Ingest.seconds(t1, t2));
            out.printf("groups + metrics      %8.1f s  = %.2f x the floor; %,d results (%d metrics)%n", metricSeconds,
                    metricSeconds / floor, results, metrics.size());
            out.printf("public disclosure     %8.1f s  %,d results suppressed%n", Ingest.seconds(t3, t4), suppressed);
            out.printf("peak heap %,d MB; peak resident memory of the process (JVM + DuckDB) %,d MB; cores %d%n",
                    Ingest.peakHeapBytes() / 1_000_000, Ingest.peakResidentKb() / 1000,
                    Runtime.getRuntime().availableProcessors());
            return ExitCodes.OK;
        }
    }

    @Command(name = "growth", mixinStandardHelpOptions = true,
            description = "fit the 100 quantile regressions of a synthetic progression and compute every student's SGP")
    static final class Growth implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--students", defaultValue = "100000", description = "students in the progression (default: ${DEFAULT-VALUE})")
        int students;

        @Option(names = "--priors", defaultValue = "2", description = "prior scores per student (default: ${DEFAULT-VALUE})")
        int priors;

        @Option(names = "--seed", defaultValue = "7", description = "seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            long t0 = System.nanoTime();
            SyntheticProgression progression = SyntheticProgression.generate(seed, students, priors);
            long t1 = System.nanoTime();
            long cpu1 = processCpuNanos();
            GrowthModel model = GrowthModel.fit(progression.students(), progression.knots());
            long cpu2 = processCpuNanos();
            long t2 = System.nanoTime();
            int[] sgps = model.percentiles(progression.students());
            long t3 = System.nanoTime();
            int[] count = new int[100];
            for (int sgp : sgps) {
                count[sgp]++;
            }
            int lowDecile = 0;
            for (int sgp = 1; sgp <= 10; sgp++) {
                lowDecile += count[sgp];
            }
            out.printf("progression: %,d students x %d priors, seed %d (generated in %.2f s)%n", students, priors, seed,
                    Ingest.seconds(t0, t1));
            out.printf("fit 100 quantile regressions  %8.2f s  (%.2f s of CPU)%n", Ingest.seconds(t1, t2), Ingest.seconds(cpu1, cpu2));
            out.printf("SGPs of every student         %8.2f s%n", Ingest.seconds(t2, t3));
            out.printf("fit + SGPs                    %8.2f s  (SGP 1-10: %.1f%% of students)%n", Ingest.seconds(t1, t3),
                    100.0 * lowDecile / students);
            out.printf("peak heap %,d MB; peak resident memory %,d MB; cores %d%n", Ingest.peakHeapBytes() / 1_000_000,
                    Ingest.peakResidentKb() / 1000, Runtime.getRuntime().availableProcessors());
            return ExitCodes.OK;
        }

        /** CPU time of the whole process: on a shared machine it says more than wall time. */
        private static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }
    }
}
