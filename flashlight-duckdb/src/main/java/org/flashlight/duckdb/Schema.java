package org.flashlight.duckdb;

import java.util.stream.Collectors;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Table;

/**
 * The database form of the contract: one table per bundle file, named as the file, with the
 * contract's columns typed (grades as SMALLINT, PK = -1, KG = 0; numbers as exact DECIMAL(18,6))
 * and {@code _line}, the row's line in its file, first.
 */
public final class Schema {
    public static final String LINE = "_line";

    private Schema() {
    }

    public static String sqlType(Column column) {
        return switch (column.type()) {
            case INT -> "INTEGER";
            case NUMBER -> "DECIMAL(18,6)";
            case DATE -> "DATE";
            case BOOL -> "BOOLEAN";
            case GRADE -> "SMALLINT";
            case STRING, CODE, OPEN_CODE, MARK -> "VARCHAR";
        };
    }

    public static String createTable(Table table) {
        return "CREATE OR REPLACE TABLE " + table.name() + " (" + LINE + " BIGINT NOT NULL, "
                + table.columns().stream().map(c -> quote(c.name()) + " " + sqlType(c)).collect(Collectors.joining(", "))
                + ")";
    }

    /** The {@code columns} argument of DuckDB's read_csv for a staging file of the table. */
    public static String readCsvColumns(Table table) {
        return "{'" + LINE + "': 'BIGINT', "
                + table.columns().stream().map(c -> "'" + c.name() + "': '" + sqlType(c) + "'")
                        .collect(Collectors.joining(", "))
                + "}";
    }

    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
