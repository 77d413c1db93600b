package org.flashlight.duckdb;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads a result file as written into a table of the results database (outputs.md: the result files
 * "plus the same tables in the results database"), with DuckDB's CSV reader and explicit column types,
 * so the table holds exactly the file's rows in the file's order and the two cannot differ. An empty
 * field is NULL.
 */
public final class CsvTables {
    private static final Pattern DECIMAL_SCALE = Pattern.compile("DECIMAL\\(\\d+,(\\d+)\\)");

    private CsvTables() {
    }

    /**
     * Replaces {@code table} with the rows of {@code csv}.
     *
     * @param types every column of the file, in its order, with its SQL type
     * @throws IllegalStateException when a number has more decimals than its column keeps (the reader would
     *                               round it, and the table would differ from the file)
     */
    public static void load(BundleDatabase db, String table, Path csv, Map<String, String> types) {
        String file = "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'";
        String options = "header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"'";
        String tooPreciseWhere = decimalsBeyondScale(types);
        if (!tooPreciseWhere.isEmpty()) {
            long tooPrecise = db.queryLong("SELECT count(*) FROM read_csv(" + file + ", " + options + ", columns = "
                    + columns(types, true) + ") WHERE " + tooPreciseWhere);
            if (tooPrecise > 0) {
                throw new IllegalStateException(csv + ": " + tooPrecise + " rows have a number with more decimals than "
                        + table + " keeps " + types);
            }
        }
        db.execute("CREATE OR REPLACE TABLE " + table + " AS SELECT * FROM read_csv(" + file + ", " + options
                + ", columns = " + columns(types, false) + ")");
    }

    /** DuckDB's {@code columns} struct: every column with its type, or every column VARCHAR. */
    private static String columns(Map<String, String> types, boolean asText) {
        return types.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': '" + (asText ? "VARCHAR" : e.getValue()) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A condition true when a DECIMAL column's text has more digits after the point than its scale. */
    private static String decimalsBeyondScale(Map<String, String> types) {
        return types.entrySet().stream().map(e -> {
            Matcher m = DECIMAL_SCALE.matcher(e.getValue());
            return m.matches() ? "length(split_part(" + e.getKey() + ", '.', 2)) > " + m.group(1) : null;
        }).filter(Objects::nonNull).collect(Collectors.joining(" OR "));
    }
}
