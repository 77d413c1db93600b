package org.flashlight.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flashlight.ingest.importer.EdFiImport;
import org.flashlight.ingest.importer.ImportSummary;
import org.flashlight.ingest.importer.OpenSdpTexasImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code flashlight import}: converts a third-party data set into a data bundle (docs/importing.md). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Converts a third-party data set into a data bundle: opensdp-texas (the OpenSDP synthetic Texas "
                + "STAAR file) or edfi (Ed-Fi bulk-interchange XML, Data Standard 5). Every mapping and assumption is "
                + "in docs/importing.md; what the source could not give is listed after the row counts.",
            "Exit code 0 when the bundle was written, 2 on a usage error (a missing source file or flag)."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "SOURCE",
            description = "the kind of source: opensdp-texas or edfi")
    String from;

    @Option(names = "--source", required = true, paramLabel = "DIR", description = "the folder holding the source files")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "BUNDLE_DIR",
            description = "folder to write the bundle into (files of the same names are replaced)")
    Path out;

    @Override
    public Integer call() {
        if (!OpenSdpTexasImport.SOURCE_ID.equals(from) && !EdFiImport.SOURCE_ID.equals(from)) {
            throw new ExitCodes.UsageException("--from " + from + ": expected " + OpenSdpTexasImport.SOURCE_ID + " or "
                    + EdFiImport.SOURCE_ID);
        }
        if (!Files.isDirectory(source)) {
            throw new ExitCodes.UsageException("--source " + source + ": not a folder");
        }
        Outputs.createFolder(out, "--out");
        ImportSummary summary = switch (from) {
            case OpenSdpTexasImport.SOURCE_ID -> OpenSdpTexasImport.run(source, out);
            case EdFiImport.SOURCE_ID -> EdFiImport.run(source, out);
            default -> throw new IllegalStateException("checked above: " + from);
        };
        PrintWriter w = spec.commandLine().getOut();
        w.printf("Imported %s from %s into %s%n", summary.source(), source, out);
        summary.recordsRead().forEach((file, n) -> w.printf("  read %-44s %,10d records%n", file, n));
        if (summary.recordsSkipped() > 0) {
            w.printf("  %,d source records gave no row (reasons below)%n", summary.recordsSkipped());
        }
        summary.rowsPerFile().forEach((file, n) -> w.printf("  wrote %-26s %,10d rows%n", file, n));
        if (!summary.notes().isEmpty()) {
            w.println("Not mapped as written (docs/importing.md explains each):");
            summary.notes().forEach(note -> w.println("  " + note));
        }
        w.println("Next: ./flashlight validate --data " + out);
        return ExitCodes.OK;
    }
}
