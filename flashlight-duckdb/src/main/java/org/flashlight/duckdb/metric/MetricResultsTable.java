package org.flashlight.duckdb.metric;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flashlight.duckdb.BundleDatabase;

/**
 * The table {@value #TABLE} of the results database (outputs.md: the result files "plus the same tables
 * in the results database"): metric_results.csv as written, loaded with DuckDB's CSV reader and
 * explicit column types, so the table holds exactly the file's rows in the file's order and the two
 * cannot differ. An empty field is NULL.
 *
 * <p>Types: {@code school_year} INTEGER; numerator and denominator DECIMAL(38,6) (the engine's type);
 * {@code value} DECIMAL(38,24) (the file's 16 significant digits down to 1e-8, and the engine's 12
 * decimals); points DECIMAL(38,12); {@code metric_level} INTEGER (a level 1-10); {@code students}
 * BIGINT (a count); the flags BOOLEAN; VARCHAR otherwise (public_value holds codes such as
 * {@code >= 95%}).
 */
public final class MetricResultsTable {
    public static final String TABLE = "metric_results";

    /** The SQL type of every column of {@link MetricResultsCsv#HEADER}, in its order. */
    static final Map<String, String> TYPES = types();

    private static final Pattern DECIMAL_SCALE = Pattern.compile("DECIMAL\\(\\d+,(\\d+)\\)");

    private MetricResultsTable() {
    }

    private static Map<String, String> types() {
        Map<String, String> special = Map.of("school_year", "INTEGER", "numerator", "DECIMAL(38,6)",
                "denominator", "DECIMAL(38,6)", "value", "DECIMAL(38,24)", "meets_min_n", "BOOLEAN",
                "suppressed", "BOOLEAN", "points", "DECIMAL(38,12)", "metric_level", "INTEGER", "students", "BIGINT");
        Map<String, String> types = new LinkedHashMap<>();
        MetricResultsCsv.HEADER.forEach(column -> types.put(column, special.getOrDefault(column, "VARCHAR")));
        return Collections.unmodifiableMap(types);
    }

    /**
     * Replaces {@value #TABLE} in {@code db} with the rows of the metric_results.csv at {@code csv}.
     *
     * @throws IllegalStateException when a number has more decimals than its column keeps (the reader
     *                               would round it, and the table would differ from the file)
     */
    public static void load(BundleDatabase db, Path csv) {
        String file = "'" + csv.toAbsolutePath().toString().replace("'", "''") + "'";
        String options = "header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"'";
        long tooPrecise = db.queryLong("SELECT count(*) FROM read_csv(" + file + ", " + options + ", columns = "
                + columns(true) + ") WHERE " + decimalsBeyondScale());
        if (tooPrecise > 0) {
            throw new IllegalStateException(csv + ": " + tooPrecise + " rows have a number with more decimals than "
                    + TABLE + " keeps " + TYPES);
        }
        db.execute("CREATE OR REPLACE TABLE " + TABLE + " AS SELECT * FROM read_csv(" + file + ", " + options
                + ", columns = " + columns(false) + ")");
    }

    /** DuckDB's {@code columns} struct: every column with its type, or every column VARCHAR. */
    private static String columns(boolean asText) {
        return TYPES.entrySet().stream()
                .map(e -> "'" + e.getKey() + "': '" + (asText ? "VARCHAR" : e.getValue()) + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A condition true when a DECIMAL column's text has more digits after the point than its scale. */
    private static String decimalsBeyondScale() {
        return TYPES.entrySet().stream().map(e -> {
            Matcher m = DECIMAL_SCALE.matcher(e.getValue());
            return m.matches() ? "length(split_part(" + e.getKey() + ", '.', 2)) > " + m.group(1) : null;
        }).filter(Objects::nonNull).collect(Collectors.joining(" OR "));
    }
}
