package org.flashlight.duckdb.load;

import java.util.List;
import org.flashlight.ingest.FileReport;

/**
 * The outcome of loading a bundle: one report per contract table (present or not), in load order,
 * and the folder's files that are not part of the contract.
 */
public record LoadReport(List<FileReport> files, List<String> ignoredFiles) {
    public LoadReport {
        files = List.copyOf(files);
        ignoredFiles = List.copyOf(ignoredFiles);
    }

    /** True when any row or file was rejected (exit code 3). */
    public boolean hasRejections() {
        return files.stream().anyMatch(f -> !f.clean());
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::read).sum();
    }

    public long rowsAccepted() {
        return files.stream().mapToLong(FileReport::accepted).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileReport::rejected).sum();
    }
}
