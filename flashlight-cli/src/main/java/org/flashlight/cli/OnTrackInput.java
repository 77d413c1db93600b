package org.flashlight.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.ingest.BundleFiles;

/**
 * The data an on-track command reads: a bundle folder, validated and loaded into memory, or a database
 * file that already holds a loaded bundle, read in place (a large state is loaded once, then trained and
 * scored many times).
 */
record OnTrackInput(BundleDatabase db, String description, Map<String, Object> summary) implements AutoCloseable {
    static OnTrackInput open(Path data) {
        if (Files.isRegularFile(data)) {
            BundleDatabase db;
            try {
                db = BundleDatabase.readingFrom(data);
            } catch (DatabaseException e) {
                throw new ExitCodes.UsageException("--data " + data + ": not a database holding a loaded bundle ("
                        + e.getMessage() + ")");
            }
            if (db.queryLong("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'bundle' "
                    + "AND table_name IN ('enrollments', 'schools')") < 2) {
                db.close();
                throw new ExitCodes.UsageException("--data " + data + ": the database holds no loaded bundle (no "
                        + "enrollments or schools table); write one with `flashlight validate --data DIR --database FILE`");
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("input_database", data.toString());
            return new OnTrackInput(db, "Read the bundle in " + data, summary);
        }
        BundleFiles bundle = BundleFiles.scan(data);
        BundleDatabase db = BundleDatabase.inMemory();
        try {
            LoadReport report = ValidateCommand.load(bundle, db);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("input_rows_read", report.rowsRead());
            summary.put("input_rows_rejected", report.rowsRejected());
            return new OnTrackInput(db, String.format("Loaded %,d rows (%,d rejected)", report.rowsRead(),
                    report.rowsRejected()), summary);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
