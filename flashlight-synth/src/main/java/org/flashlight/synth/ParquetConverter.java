package org.flashlight.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Table;

/**
 * Converts a generated CSV file to Parquet with DuckDB in-process. Every column is read and written
 * as text, so IDs with leading zeros and codes survive exactly; the loader casts them like CSV.
 */
final class ParquetConverter implements AutoCloseable {
    private final Connection connection;

    ParquetConverter() throws IOException {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (ClassNotFoundException | SQLException e) {
            throw new IOException("cannot start DuckDB to write Parquet: " + e.getMessage(), e);
        }
    }

    void convert(Table table, Path csv, Path parquet) throws IOException {
        String columns = table.columns().stream().map(Column::name)
                .map(name -> "'" + name + "': 'VARCHAR'").collect(Collectors.joining(", ", "{", "}"));
        String sql = "COPY (SELECT * FROM read_csv(" + literal(csv) + ", header = true, delim = ',', quote = '\"', "
                + "escape = '\"', auto_detect = false, columns = " + columns + ")) TO " + literal(parquet)
                + " (FORMAT parquet)";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IOException("cannot convert " + csv.getFileName() + " to Parquet: " + e.getMessage(), e);
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
