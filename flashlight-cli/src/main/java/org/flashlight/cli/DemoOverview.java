package org.flashlight.cli;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * A first look at a loaded state, straight from the typed tables: its size per year and a few
 * plain facts. (The measurement engine computes the real metrics with every attribution rule; this
 * is only an overview.)
 */
final class DemoOverview {
    private DemoOverview() {
    }

    static void print(BundleDatabase db, PrintWriter out) {
        out.println();
        out.println("The state, per school year:");
        out.printf("  %-6s %10s %10s %9s %12s %16s%n", "year", "districts", "schools", "students", "stays", "ela+math tested");
        String sql = """
                SELECT s.school_year, count(DISTINCT s.district_id), count(*),
                       (SELECT count(*) FROM students st WHERE st.school_year = s.school_year),
                       (SELECT count(*) FROM enrollments e WHERE e.school_year = s.school_year),
                       (SELECT count(*) FROM assessments a WHERE a.school_year = s.school_year
                            AND a.subject IN ('ela', 'math') AND a.participation = 'tested')
                FROM schools s GROUP BY s.school_year ORDER BY s.school_year""";
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.printf("  %-6d %10d %10d %9d %12d %16d%n", rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }
}
