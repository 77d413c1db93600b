package org.flashlight.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/**
 * The embedded engine and store: one in-process DuckDB database, in memory or in a file. Holds the
 * bundle's typed tables (see {@link Schema}) and, later, the results. Not thread-safe: use one
 * instance from one thread, or {@link #duplicateConnection()} per thread.
 */
public final class BundleDatabase implements AutoCloseable {
    /** The environment variable that caps DuckDB's memory, e.g. {@code FLASHLIGHT_DUCKDB_MEMORY=4GB}. */
    public static final String MEMORY_LIMIT_VARIABLE = "FLASHLIGHT_DUCKDB_MEMORY";

    private final DuckDBConnection connection;
    private final String description;

    private BundleDatabase(DuckDBConnection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /** A database that lives as long as this object. */
    public static BundleDatabase inMemory() {
        return open("jdbc:duckdb:", "memory");
    }

    /** A database in {@code file}, created if absent. */
    public static BundleDatabase file(Path file) {
        return open("jdbc:duckdb:" + file.toAbsolutePath(), file.toString());
    }

    /**
     * An in-memory database that reads the tables of {@code file} (a database written by {@code validate
     * --database} or {@code run}) without changing it: the file is attached read-only and searched after
     * the in-memory catalog, so tables created here live in memory and the file's tables are read in place.
     */
    public static BundleDatabase readingFrom(Path file) {
        BundleDatabase db = inMemory();
        try {
            db.execute("ATTACH '" + file.toAbsolutePath().toString().replace("'", "''") + "' AS bundle (READ_ONLY)",
                    "SET search_path = 'memory.main,bundle.main'");
            return db;
        } catch (DatabaseException e) {
            db.close();
            throw new DatabaseException("cannot read the database " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static BundleDatabase open(String url, String description) {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection(url);
            try (Statement s = connection.createStatement()) {
                // Row order is carried by each table's _line column, so DuckDB need not keep insertion order:
                // loading is faster and uses less memory.
                s.execute("SET preserve_insertion_order = false");
            }
            String limit = System.getenv(MEMORY_LIMIT_VARIABLE);
            if (limit != null && !limit.isBlank()) {
                limitMemory(connection, limit.strip());
            }
            return new BundleDatabase(connection, description);
        } catch (SQLException e) {
            throw new DatabaseException("cannot open the database " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Caps DuckDB's memory (default: 80% of the machine's) at {@code limit} ("4GB"); what does not fit spills to
     * the system's temporary folder, so a state larger than memory still runs, more slowly.
     */
    private static void limitMemory(DuckDBConnection connection, String limit) {
        try (Statement s = connection.createStatement()) {
            s.execute("SET memory_limit = '" + limit.replace("'", "''") + "'");
            s.execute("SET temp_directory = '" + Path.of(System.getProperty("java.io.tmpdir"), "flashlight-duckdb")
                    .toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            // the user's setting, not the database, is wrong: a usage error
            throw new IllegalArgumentException(MEMORY_LIMIT_VARIABLE + "=" + limit + ": DuckDB cannot use this memory "
                    + "limit (" + e.getMessage().lines().findFirst().orElse("") + "); give a size such as 4GB or 512MB", e);
        }
    }

    public Connection connection() {
        return connection;
    }

    /** A second connection to the same database, for another thread. */
    public Connection duplicateConnection() {
        try {
            return connection.duplicate();
        } catch (SQLException e) {
            throw new DatabaseException("cannot open a second connection to " + description, e);
        }
    }

    /** Runs statements that return nothing. */
    public void execute(String... statements) {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** The single number a query returns. */
    public long queryLong(String sql) {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DatabaseException("cannot close " + description, e);
        }
    }
}
