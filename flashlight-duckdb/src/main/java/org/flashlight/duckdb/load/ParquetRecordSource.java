package org.flashlight.duckdb.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.flashlight.duckdb.Schema;
import org.flashlight.ingest.RecordSource;
import org.flashlight.ingest.UnreadableFileException;

/**
 * Reads a Parquet file of the bundle through DuckDB, every column cast to text so the same checks
 * as for CSV apply. The line of a row is its row number in the file + 2 (the first row is "line 2",
 * as the first data row of a CSV with its header).
 */
final class ParquetRecordSource implements RecordSource {
    private final Statement statement;
    private final ResultSet rows;
    private final List<String> header;
    private final long size;
    private final long totalRows;
    private final String[] current;
    private long line;
    private long count;

    ParquetRecordSource(Connection connection, Path file) throws IOException {
        String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
        try {
            this.size = Files.size(file);
            this.statement = connection.createStatement();
            this.header = columnNames(statement, path);
            this.totalRows = rowCount(statement, path);
            StringBuilder select = new StringBuilder("SELECT file_row_number");
            for (String column : header) {
                select.append(", CAST(").append(Schema.quote(column)).append(" AS VARCHAR)");
            }
            select.append(" FROM read_parquet(").append(path).append(", file_row_number = true)");
            this.rows = statement.executeQuery(select.toString());
            this.current = new String[header.size()];
        } catch (SQLException e) {
            throw new UnreadableFileException("not a readable Parquet file: " + firstLine(e.getMessage()), 0, e);
        }
    }

    private static List<String> columnNames(Statement statement, String path) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + path + ")")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return List.copyOf(names);
    }

    private static long rowCount(Statement statement, String path) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT sum(num_rows) FROM parquet_file_metadata(" + path + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean next() throws IOException {
        try {
            if (!rows.next()) {
                return false;
            }
            line = rows.getLong(1) + 2;
            for (int i = 0; i < current.length; i++) {
                String v = rows.getString(i + 2);
                current[i] = v == null ? "" : v;
            }
            count++;
            return true;
        } catch (SQLException e) {
            throw new UnreadableFileException("cannot read past this point: " + firstLine(e.getMessage()), line + 1, e);
        }
    }

    @Override
    public List<String> fields() {
        return Arrays.asList(current);
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public long bytesRead() {
        // Parquet is compressed and columnar: estimate the bytes from the share of rows read.
        return totalRows == 0 ? size : (long) (size * ((double) count / totalRows));
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
