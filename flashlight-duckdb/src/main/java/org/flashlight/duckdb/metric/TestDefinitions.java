package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * Writes the test definitions in force (built in, overridden by the bundle's tests table) to the
 * table {@code test_definitions}, one row per test, subject and grade; an AP/IB {@code *} subject
 * row stays {@code *} (those exams have no performance levels). {@code proficient_cut} is the lowest
 * scale score of the proficient level (ACCESS cut_5, ELPAC cut_4; {@code elp_progress} aims at it).
 */
public final class TestDefinitions {
    private TestDefinitions() {
    }

    /** The definitions in force for the loaded bundle: the built-in ones overridden by its tests table. */
    public static TestCatalog catalog(BundleDatabase db) {
        return TestCatalog.builtIn().withOverrides(bundleRows(db));
    }

    static void write(BundleDatabase db) {
        TestCatalog catalog = catalog(db);
        db.execute("""
                CREATE OR REPLACE TABLE test_definitions (test VARCHAR, subject VARCHAR, grade SMALLINT,
                    min_scale_score DECIMAL(18,6), max_scale_score DECIMAL(18,6), levels INTEGER,
                    proficient_level INTEGER, cut_3 DECIMAL(18,6), source VARCHAR, proficient_cut DECIMAL(18,6))""");
        try (PreparedStatement insert = db.connection().prepareStatement(
                "INSERT INTO test_definitions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TestDefinition d : catalog.all()) {
                insert.setString(1, d.test());
                insert.setString(2, d.subject());
                insert.setInt(3, d.grade());
                insert.setBigDecimal(4, d.minScaleScore());
                insert.setBigDecimal(5, d.maxScaleScore());
                insert.setInt(6, d.levels());
                insert.setObject(7, d.levels() == 0 ? null : d.proficientLevel());
                insert.setBigDecimal(8, d.cut(3).orElse(null));
                insert.setString(9, d.source());
                insert.setBigDecimal(10, d.cut(d.proficientLevel()).orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    private static List<TestDefinition> bundleRows(BundleDatabase db) {
        List<TestDefinition> rows = new ArrayList<>();
        String sql = "SELECT test, subject, grade, min_scale_score, max_scale_score, levels, proficient_level, "
                + "cut_2, cut_3, cut_4, cut_5 FROM tests ORDER BY _line";
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                int levels = rs.getInt(6);
                List<BigDecimal> cuts = new ArrayList<>();
                for (int k = 2; k <= levels; k++) {
                    cuts.add(rs.getBigDecimal(6 + k)); // cut_2 is column 8
                }
                rows.add(new TestDefinition(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), levels, rs.getInt(7), cuts, "bundle tests.csv"));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return rows;
    }
}
