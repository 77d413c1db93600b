package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flashlight.synth.GenerationSummary;
import org.flashlight.synth.GeneratorSettings;
import org.flashlight.synth.OutputFormat;
import org.flashlight.synth.StateGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flashlight generate}: writes a synthetic data bundle for a made-up state (docs/generator.md). */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a complete synthetic data bundle (every file of the contract) for a made-up state.",
            "Deterministic: the same options give byte-identical files. The model is described in docs/generator.md."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the bundle into")
    Path out;

    @Option(names = "--students", paramLabel = "N", defaultValue = "10000",
            description = "students enrolled per school year, 1,000 to 6,000,000 (default: ${DEFAULT-VALUE})")
    long students;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "3",
            description = "school years in the bundle (default: ${DEFAULT-VALUE})")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--last-year", paramLabel = "YEAR", defaultValue = "2025",
            description = "the last school year, named by its spring (default: ${DEFAULT-VALUE}, i.e. 2024-25)")
    int lastYear;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv or parquet (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        GeneratorSettings settings = new GeneratorSettings(students, years, seed, lastYear, parseFormat(format));
        Outputs.createFolder(out, "--out");
        GenerationSummary summary = generate(settings, out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Wrote %s: %,d students over %d school years (%d-%d), seed %d%n", out, summary.distinctStudents(),
                years, lastYear - years + 1, lastYear, seed);
        summary.rowsPerFile().forEach((file, rows) -> w.printf("  %-26s %,14d rows%n", file, rows));
        w.println("Next: ./flashlight validate --data " + out);
        return ExitCodes.OK;
    }

    static GenerationSummary generate(GeneratorSettings settings, Path out) throws IOException {
        try (Progress bar = Progress.start("generate", settings.students(), " students", 1)) {
            return new StateGenerator(settings).generate(out, (done, total) -> bar.stepTo(done));
        }
    }

    private static OutputFormat parseFormat(String text) {
        try {
            return OutputFormat.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--format " + text + ": expected csv or parquet");
        }
    }
}
