package org.flashlight.duckdb.load;

import java.io.IOException;
import java.nio.file.Path;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.ingest.Rejection;
import org.flashlight.ingest.RejectionSink;

/**
 * Every rejection of a load, kept in the database table {@code rejections} (for the web app and for
 * rejections.csv). Rejections found while reading files are staged to disk first, so a file with
 * millions of bad rows costs no heap; the whole-table checks insert theirs with SQL.
 */
final class RejectionLog implements RejectionSink, AutoCloseable {
    static final String TABLE = "rejections";

    private final StagingCsv staging;
    private final String[] row = new String[7];
    private long seq;

    RejectionLog(Path stagingFile) throws IOException {
        this.staging = new StagingCsv(stagingFile);
    }

    static void createTable(BundleDatabase db) {
        db.execute("CREATE OR REPLACE TABLE " + TABLE + " (file_order INTEGER, seq BIGINT, file VARCHAR, line BIGINT, "
                + "\"column\" VARCHAR, value VARCHAR, reason VARCHAR)");
    }

    @Override
    public void reject(Rejection rejection) {
        int order = BundleContract.TABLES.indexOf(
                BundleContract.table(tableOf(rejection.file())).orElse(BundleContract.TESTS));
        row[0] = Integer.toString(order);
        row[1] = Long.toString(seq++);
        row[2] = rejection.file();
        row[3] = Long.toString(rejection.line());
        row[4] = rejection.column();
        row[5] = rejection.value();
        row[6] = rejection.reason();
        staging.accept(seq, row);
    }

    private static String tableOf(String file) {
        int dot = file.lastIndexOf('.');
        return (dot < 0 ? file : file.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
    }

    /** Loads the staged rejections into the table. */
    void load(BundleDatabase db) throws IOException {
        staging.close();
        db.execute("INSERT INTO " + TABLE + " SELECT file_order, seq, file, line, \"column\", value, reason FROM read_csv("
                + sqlString(staging.file()) + ", header = false, auto_detect = false, quote = '\"', escape = '\"', "
                + "columns = {'_': 'BIGINT', 'file_order': 'INTEGER', 'seq': 'BIGINT', 'file': 'VARCHAR', "
                + "'line': 'BIGINT', 'column': 'VARCHAR', 'value': 'VARCHAR', 'reason': 'VARCHAR'})");
    }

    long nextSeq() {
        return seq;
    }

    static String sqlString(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        staging.close();
    }
}
