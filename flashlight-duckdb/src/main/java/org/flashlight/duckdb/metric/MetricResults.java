package org.flashlight.duckdb.metric;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * Reads the aggregated metrics in the fixed order every output uses (so runs are byte-identical): by school
 * year, level (school, district, state), entity, framework level (a split school's whole-school rows, then
 * its parts by level id), metric and group. A part of a split school (level {@code school:<id>}) is read as
 * a school row whose framework level is {@code <id>}.
 */
public final class MetricResults {
    private MetricResults() {
    }

    public static List<MetricResult> read(BundleDatabase db) {
        String sql = """
                SELECT school_year, %1$s AS whole_level, entity_id, %2$s AS framework_level, metric, student_group,
                       numerator, denominator, students, value, coalesce(group_detail, '')
                FROM metric_aggregates
                ORDER BY school_year, CASE whole_level WHEN 'school' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                         entity_id, framework_level, metric, student_group""".formatted(
                FrameworkLevelParts.wholeLevel("level"), FrameworkLevelParts.frameworkLevel("level"));
        List<MetricResult> rows = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new MetricResult(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getLong(9),
                        rs.getBigDecimal(10), rs.getString(11)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return rows;
    }
}
