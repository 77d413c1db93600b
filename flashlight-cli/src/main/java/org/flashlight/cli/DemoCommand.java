package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.synth.GeneratorSettings;
import org.flashlight.synth.OutputFormat;
import org.flashlight.web.results.ResultsLibrary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flashlight demo}: the newcomer's first command. Generates a small state, validates and loads it, runs
 * every shipped framework on it and serves the report cards: one command, then open the printed URL.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a small synthetic state, runs every shipped framework on it and serves the "
                + "report cards and dashboards.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "demo",
            description = "working folder for the demo (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--students", paramLabel = "N", defaultValue = "5000",
            description = "students per year in the demo state (default: ${DEFAULT-VALUE})")
    long students;

    @Option(names = "--port", paramLabel = "P", defaultValue = "7070",
            description = "the port of the web application (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--no-serve", description = "stop after the runs instead of serving them")
    boolean noServe;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path bundle = dir.resolve("bundle");
        Path database = dir.resolve("flashlight.duckdb");
        Path results = dir.resolve("results");
        Outputs.createFolder(bundle, "--dir");
        out.printf("1/4 Generating a synthetic state of %,d students over 3 school years into %s%n", students, bundle);
        GenerateCommand.generate(new GeneratorSettings(students, 3, 1, 2025, OutputFormat.CSV), bundle);
        out.println("2/4 Validating every row and loading the bundle into " + database);
        java.nio.file.Files.deleteIfExists(database);
        boolean rejected;
        try (BundleDatabase db = BundleDatabase.file(database)) {
            LoadReport report = ValidateCommand.load(BundleFiles.scan(bundle), db);
            LoadSummary.print(report, out);
            BundleLoader.writeRejectionsCsv(db, dir.resolve("rejections.csv"));
            DemoOverview.print(db, out);
            rejected = report.hasRejections();
        }
        out.println("3/4 Running every shipped framework into " + results);
        List<String> ran = runFrameworks(bundle, results, out);
        if (ran.isEmpty()) {
            spec.commandLine().getErr().println("flashlight demo: no framework could run on the demo state; "
                    + "see the messages above");
            return ExitCodes.INTERNAL_ERROR;
        }
        out.println();
        out.println("Next steps:");
        out.println("  ./flashlight serve --results " + results + "     the report cards of these runs");
        out.println("  ./flashlight run --data " + bundle + " --framework core-sqii --out my-run");
        out.println("  The frameworks: docs/frameworks.md; the web pages: docs/web.md");
        if (noServe) {
            return rejected ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }
        out.println("4/4 Serving the report cards of " + String.join(", ", ran));
        ServeCommand.serve(ResultsLibrary.open(results), "127.0.0.1", port, out);
        return ExitCodes.OK;
    }

    /** Runs each shipped framework; one that cannot run on this state is reported and left out. */
    private List<String> runFrameworks(Path bundle, Path results, PrintWriter out) {
        List<String> ran = new ArrayList<>();
        for (String id : FrameworkFiles.SHIPPED) {
            out.println("  " + id + ":");
            out.flush();
            // a manifest left by an earlier demo must not make a failed run look served
            try {
                java.nio.file.Files.deleteIfExists(results.resolve(id).resolve("run_manifest.json"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            CommandLine run = Main.commandLine();
            run.setOut(out);
            run.setErr(spec.commandLine().getErr());
            int code = run.execute("run", "--data", bundle.toString(), "--framework", id, "--out",
                    results.resolve(id).toString());
            if (code == ExitCodes.OK || code == ExitCodes.DATA_REJECTED) {
                ran.add(id);
            } else {
                out.println("  " + id + " left out of the demo: its run ended with exit code " + code
                        + " (the message above says why)");
            }
        }
        return ran;
    }
}
