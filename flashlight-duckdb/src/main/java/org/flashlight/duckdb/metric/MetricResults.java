package org.flashlight.duckdb.metric;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/** Reads the aggregated metrics in the fixed order every output uses (so runs are byte-identical). */
public final class MetricResults {
    private MetricResults() {
    }

    public static List<MetricResult> read(BundleDatabase db) {
        String sql = """
                SELECT school_year, level, entity_id, metric, student_group, numerator, denominator, students, value,
                       coalesce(group_detail, '')
                FROM metric_aggregates
                ORDER BY school_year, CASE level WHEN 'school' THEN 0 WHEN 'district' THEN 1 ELSE 2 END,
                         entity_id, metric, student_group""";
        List<MetricResult> rows = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(new MetricResult(rs.getInt(1), rs.getString(2), rs.getString(3), "", rs.getString(4),
                        rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getLong(8), rs.getBigDecimal(9),
                        rs.getString(10)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return rows;
    }
}
