package org.flashlight.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What happened to one file of the bundle: rows read = rows accepted + rows rejected, always.
 *
 * @param table     contract table name
 * @param file      file name as found ({@code students.csv}), or the expected CSV name when absent
 * @param present   whether the file was in the bundle
 * @param read      data rows read (0 when the file was rejected before reading rows)
 * @param accepted  rows accepted
 * @param rejected  distinct rows rejected (a row with three problems counts once)
 * @param warnings  things worth knowing that reject nothing (ignored columns)
 * @param fileError why the whole file was rejected, if it was
 */
public record FileReport(String table, String file, boolean present, long read, long accepted, long rejected,
        List<String> warnings, Optional<String> fileError) {
    public FileReport {
        warnings = List.copyOf(warnings);
        if (read != accepted + rejected) {
            throw new IllegalStateException(file + ": read " + read + " != accepted " + accepted + " + rejected " + rejected);
        }
    }

    /** The same file after {@code more} of its accepted rows were rejected by a whole-table check. */
    public FileReport withLaterRejections(long more) {
        return new FileReport(table, file, present, read, accepted - more, rejected + more, warnings, fileError);
    }

    public boolean clean() {
        return rejected == 0 && fileError.isEmpty();
    }
}
