package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.synth.GeneratorSettings;
import org.flashlight.synth.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flashlight demo}: the newcomer's first command. Generates a small state, validates it and
 * loads it into a database file, then says what is in it and what to run next. (Later issues add
 * the framework runs and the web application to this same command.)
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates a small synthetic state, validates and loads it, and shows what is in it.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "demo",
            description = "working folder for the demo (default: ${DEFAULT-VALUE})")
    Path dir;

    @Option(names = "--students", paramLabel = "N", defaultValue = "20000",
            description = "students per year in the demo state (default: ${DEFAULT-VALUE})")
    long students;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path bundle = dir.resolve("bundle");
        Path database = dir.resolve("flashlight.duckdb");
        Outputs.createFolder(bundle, "--dir");
        out.printf("1/2 Generating a synthetic state of %,d students over 3 school years into %s%n", students, bundle);
        GenerateCommand.generate(new GeneratorSettings(students, 3, 1, 2025, OutputFormat.CSV), bundle);
        out.println("2/2 Validating every row and loading the bundle into " + database);
        java.nio.file.Files.deleteIfExists(database);
        try (BundleDatabase db = BundleDatabase.file(database)) {
            LoadReport report = ValidateCommand.load(BundleFiles.scan(bundle), db);
            LoadSummary.print(report, out);
            BundleLoader.writeRejectionsCsv(db, dir.resolve("rejections.csv"));
            DemoOverview.print(db, out);
            out.println();
            out.println("Next steps:");
            out.println("  ./flashlight validate --data " + bundle + "     check a bundle (try one of your own)");
            out.println("  ./flashlight generate --out my-state --students 50000 --seed 7");
            out.println("  The data contract: docs/data-contract.md; the generator's model: docs/generator.md");
            return report.hasRejections() ? ExitCodes.DATA_REJECTED : ExitCodes.OK;
        }
    }
}
