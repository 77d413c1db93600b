package org.flashlight.duckdb.load;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.ingest.FileReport;
import org.flashlight.ingest.Rejection;

/** Small helpers the loader tests share: load a folder, read back reports, rejections and rows. */
final class Loads {
    /** The marker FileIngest puts on a rejection that stopped reading a file part way. */
    static final String REST_NOT_READ = "the rest of the file was not read";

    private Loads() {
    }

    static LoadReport load(Path folder, BundleDatabase db) {
        return new BundleLoader(db, LoadProgress.NONE).load(BundleFiles.scan(folder));
    }

    static FileReport report(LoadReport report, String table) {
        return report.files().stream().filter(f -> f.table().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + table));
    }

    /** Every rejection, in the order rejections.csv has them. */
    static List<Rejection> rejections(BundleDatabase db) {
        return BundleLoader.firstRejections(db, Integer.MAX_VALUE);
    }

    static List<Rejection> rejections(BundleDatabase db, String file) {
        return rejections(db).stream().filter(r -> r.file().equals(file)).toList();
    }

    /**
     * Whether a rejection is about one data row (counted in the file's rejected rows) rather than the
     * file as a whole: a file problem is on line 0 (file absent, unreadable Parquet), on line 1 (the
     * header), or stops the reading part way ("the rest of the file was not read") at a line that was
     * never read as a row.
     */
    static boolean isRowRejection(Rejection r) {
        return r.line() >= 2 && !r.reason().contains(REST_NOT_READ);
    }

    static long rows(BundleDatabase db, String table) {
        return db.queryLong("SELECT count(*) FROM " + table);
    }

    /** The rows of a query, each as a list of its values as text (null stays null). */
    static List<List<String>> query(BundleDatabase db, String sql) {
        List<List<String>> result = new ArrayList<>();
        try (var s = db.connection().createStatement(); var rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                result.add(row);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
        return result;
    }
}
