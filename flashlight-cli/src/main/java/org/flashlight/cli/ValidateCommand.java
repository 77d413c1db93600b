package org.flashlight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadProgress;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flashlight validate}: checks every row of a bundle and reports what was rejected and why. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a data bundle (shared/spec/input-data.md): prints per-file counts (read = accepted + "
                + "rejected) and the first rejections, and writes every rejection to a CSV file.",
            "Exit code 0 when nothing was rejected, 3 when rows or files were rejected, 2 on a usage error."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the bundle folder (CSV or Parquet files)")
    Path data;

    @Option(names = "--rejections", paramLabel = "FILE", defaultValue = "rejections.csv",
            description = "where every rejected row is written with its reason (default: ${DEFAULT-VALUE})")
    Path rejections;

    @Option(names = "--database", paramLabel = "FILE",
            description = "keep the loaded bundle in this DuckDB database file (default: in memory, discarded)")
    Path database;

    @Option(names = "--show", paramLabel = "N", defaultValue = "10",
            description = "how many rejections to print (default: ${DEFAULT-VALUE})")
    int show;

    @Override
    public Integer call() {
        BundleFiles bundle = BundleFiles.scan(data);
        Outputs.requireWritableParent(rejections, "--rejections");
        try (BundleDatabase db = database == null ? BundleDatabase.inMemory() : BundleDatabase.file(database)) {
            LoadReport report = load(bundle, db);
            BundleLoader.writeRejectionsCsv(db, rejections);
            PrintWriter out = spec.commandLine().getOut();
            LoadSummary.print(report, out);
            if (report.hasRejections()) {
                PrintWriter err = spec.commandLine().getErr();
                BundleLoader.firstRejections(db, show).forEach(r -> err.println(r.oneLine()));
                out.println("Every rejection, with file, line, column, value and reason: " + rejections);
                return ExitCodes.DATA_REJECTED;
            }
            out.println("Nothing rejected." + (database == null ? "" : " Loaded into " + database + "."));
            return ExitCodes.OK;
        }
    }

    static LoadReport load(BundleFiles bundle, BundleDatabase db) {
        try (Progress bar = Progress.start("validate", Math.max(1, bundle.totalBytes() / 1_000_000), "MB", 1)) {
            return new BundleLoader(db, new LoadProgress() {
                @Override
                public void bytesRead(long done, long total) {
                    bar.stepTo(done / 1_000_000);
                }

                @Override
                public void step(String description) {
                    bar.message(description);
                }
            }).load(bundle);
        }
    }
}
