package org.flashlight.duckdb.metric;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * What a results database has rows for ({@code metric_aggregates}), so that a user who asks for a year,
 * entity, metric or group without a result is told the choices there are. Each list is sorted.
 */
public final class MetricResultChoices {
    private MetricResultChoices() {
    }

    /** Whether the database holds results of {@code flashlight run} (a {@code metric_aggregates} table). */
    public static boolean hasResults(BundleDatabase db) {
        return db.queryLong("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'metric_aggregates' "
                + "AND NOT temporary") > 0;
    }

    public static List<String> years(BundleDatabase db) {
        return distinct(db, "CAST(school_year AS VARCHAR)", "TRUE");
    }

    public static List<String> entities(BundleDatabase db, int schoolYear, String level) {
        return distinct(db, "entity_id", "school_year = ? AND level = ?", schoolYear, level);
    }

    /** The framework levels a split school has rows for in a year (STAR-1); empty for a school not split. */
    public static List<String> frameworkLevels(BundleDatabase db, int schoolYear, String schoolId) {
        return distinct(db, FrameworkLevelParts.frameworkLevel("level"), "school_year = ? AND level LIKE ? "
                + "AND entity_id = ?", schoolYear, FrameworkLevelParts.LEVEL_PREFIX + "%", schoolId);
    }

    /**
     * The level of {@code metric_aggregates} to pass to {@link #metrics} and {@link #groups} for a framework level
     * of a split school, or {@code level} itself when {@code frameworkLevel} is empty.
     */
    public static String entityLevel(String level, String frameworkLevel) {
        return frameworkLevel.isEmpty() ? level : FrameworkLevelParts.level(frameworkLevel);
    }

    public static List<String> metrics(BundleDatabase db, int schoolYear, String level, String entityId) {
        return distinct(db, "metric", "school_year = ? AND level = ? AND entity_id = ?", schoolYear, level, entityId);
    }

    public static List<String> groups(BundleDatabase db, String metric, int schoolYear, String level,
            String entityId) {
        return distinct(db, "student_group", "metric = ? AND school_year = ? AND level = ? AND entity_id = ?", metric,
                schoolYear, level, entityId);
    }

    private static List<String> distinct(BundleDatabase db, String column, String where, Object... parameters) {
        String sql = "SELECT DISTINCT " + column + " AS choice FROM metric_aggregates WHERE " + where
                + " ORDER BY choice";
        List<String> choices = new ArrayList<>();
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    choices.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return choices;
    }
}
