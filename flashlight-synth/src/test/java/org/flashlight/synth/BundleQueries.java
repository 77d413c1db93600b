package org.flashlight.synth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;

/**
 * A generated bundle opened in DuckDB in-process: one view per CSV file, every column read as text
 * (as a loader must, so IDs keep their leading zeros), for distribution checks in SQL.
 */
final class BundleQueries implements AutoCloseable {
    private final Connection connection;

    BundleQueries(Path folder) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement s = connection.createStatement()) {
            for (Table table : BundleContract.TABLES) {
                Path csv = folder.resolve(table.csvFileName());
                if (Files.exists(csv)) {
                    s.execute("CREATE VIEW " + table.name() + " AS SELECT * FROM read_csv('" + csv.toAbsolutePath()
                            + "', header = true, all_varchar = true, delim = ',', quote = '\"')");
                }
            }
            s.execute("CREATE MACRO grade_number(g) AS CASE g WHEN 'PK' THEN -1 WHEN 'KG' THEN 0 ELSE CAST(g AS INTEGER) END");
            s.execute("CREATE MACRO econ(frl, dc) AS frl = 'true' OR dc = 'true'");
        }
    }

    double number(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getDouble(1);
        }
    }

    long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    List<String> strings(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.add(r.getString(1));
            }
        }
        return result;
    }

    /** Rows of two numeric columns. */
    List<double[]> pairs(String sql) throws SQLException {
        List<double[]> result = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.add(new double[] {r.getDouble(1), r.getDouble(2)});
            }
        }
        return result;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
