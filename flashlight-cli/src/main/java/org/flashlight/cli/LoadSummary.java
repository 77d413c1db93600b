package org.flashlight.cli;

import java.io.PrintWriter;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.FileReport;

/** Prints a load report as a table a person can read: per file, read = accepted + rejected. */
final class LoadSummary {
    private LoadSummary() {
    }

    static void print(LoadReport report, PrintWriter out) {
        out.printf("%-24s %12s %12s %12s  %s%n", "file", "read", "accepted", "rejected", "notes");
        for (FileReport f : report.files()) {
            String notes = f.fileError().orElse(f.present() ? "" : "absent (optional)");
            if (!f.warnings().isEmpty()) {
                notes = (notes.isEmpty() ? "" : notes + "; ") + String.join("; ", f.warnings());
            }
            out.printf("%-24s %12d %12d %12d  %s%n", f.file(), f.read(), f.accepted(), f.rejected(), notes);
        }
        out.printf("%-24s %12d %12d %12d%n", "total", report.rowsRead(), report.rowsAccepted(), report.rowsRejected());
        if (!report.ignoredFiles().isEmpty()) {
            out.println("Not part of the contract, not read: " + String.join(", ", report.ignoredFiles()));
        }
    }
}
