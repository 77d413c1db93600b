package org.flashlight.duckdb.metric;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.accountability.FrameworkSplit;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * The framework-level parts of split schools (STAR-1, outputs.md {@code framework_level}) as the engine
 * measures them: table {@code framework_level_parts(school_year, school_id, framework_level, grade_low,
 * grade_high)}, one row per split school, year and level, which {@link PopulationSql#prepare} turns into
 * entities of level {@code school:<framework_level>} whose rows are those of the level's grades. Which
 * schools are split is {@link FrameworkSplit}'s (that is, {@code SchoolPlacement.isSplit}'s) decision, not
 * decided again here. A regular table, so that the drill-down of a reopened results database rebuilds the
 * same entities.
 */
final class FrameworkLevelParts {
    /** The table holding the parts; empty when the framework splits no school. */
    static final String TABLE = "framework_level_parts";
    /** The entity level of a part is this prefix and the framework level id: {@code school:elementary}. */
    static final String LEVEL_PREFIX = "school:";
    private static final String COLUMNS = " (school_year INTEGER, school_id VARCHAR, framework_level VARCHAR, "
            + "grade_low INTEGER, grade_high INTEGER)";

    private FrameworkLevelParts() {
    }

    /** The entity level of one framework level's part of a school. */
    static String level(String frameworkLevel) {
        return LEVEL_PREFIX + frameworkLevel;
    }

    /** SQL: the level an entity level belongs to, {@code school} for a school's part, else the level itself. */
    static String wholeLevel(String level) {
        return "split_part(" + level + ", ':', 1)";
    }

    /** SQL: the framework level of an entity level, empty for a whole entity. */
    static String frameworkLevel(String level) {
        return "split_part(" + level + ", ':', 2)";
    }

    /**
     * SQL: whether a row of grade {@code grade} belongs to the entity of {@code entity_map} row {@code map}:
     * always for a whole entity, for a part when the grade is in the part's grades (a row without a grade
     * belongs to no part).
     */
    static String inGrades(String map, String grade) {
        return "(" + map + ".grade_low IS NULL OR " + grade + " BETWEEN " + map + ".grade_low AND " + map
                + ".grade_high)";
    }

    /** (Re)creates the table with the parts of every school of every year of the bundle's schools. */
    static void write(BundleDatabase db, FrameworkSplit split) {
        db.execute("CREATE OR REPLACE TABLE " + TABLE + COLUMNS);
        if (!split.splits()) {
            return;
        }
        try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO " + TABLE
                + " VALUES (?, ?, ?, ?, ?)")) {
            for (SchoolProfile school : schools(db)) {
                for (FrameworkSplit.LevelPart part : split.parts(school)) {
                    insert.setInt(1, school.schoolYear());
                    insert.setString(2, school.schoolId());
                    insert.setString(3, part.frameworkLevel());
                    insert.setInt(4, part.gradeLow());
                    insert.setInt(5, part.gradeHigh());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** An empty temp table of parts, for a results database written before parts existed (the drill-down). */
    static String createEmptyTemp() {
        return "CREATE TEMP TABLE " + TABLE + COLUMNS;
    }

    /** What placement reads of each school (schools.csv): its type and served grades. */
    private static List<SchoolProfile> schools(BundleDatabase db) {
        String sql = "SELECT school_year, school_id, school_type, grade_low, grade_high FROM schools "
                + "ORDER BY school_year, school_id";
        List<SchoolProfile> schools = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                schools.add(new SchoolProfile(rs.getInt(1), rs.getString(2), null, null, rs.getString(3), rs.getInt(4),
                        rs.getInt(5), false, null));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return schools;
    }
}
