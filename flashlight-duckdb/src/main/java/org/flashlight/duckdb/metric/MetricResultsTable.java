package org.flashlight.duckdb.metric;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.CsvTables;

/**
 * The table {@value #TABLE} of the results database: metric_results.csv as written ({@link CsvTables}).
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
     * @throws IllegalStateException when a number has more decimals than its column keeps
     */
    public static void load(BundleDatabase db, Path csv) {
        CsvTables.load(db, TABLE, csv, TYPES);
    }
}
