package org.flashlight.duckdb.growth;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * The growth result files, sorted so that identical inputs give identical bytes: student_growth.csv
 * (outputs.md: {@code school_year, student_id, subject, grade, priors_used, sgp}, then {@code school_id},
 * {@code test} and the growth-to-proficiency projection: {@code horizon_grade, projected_score, sgp_target,
 * growth_to_proficient}, empty where the student has none) and school_value_added.csv. Student-level data: for authorized users only, never a
 * public export.
 */
public final class GrowthCsv {
    public static final List<String> STUDENT_GROWTH_HEADER = List.of("school_year", "student_id", "subject", "grade",
            "priors_used", "sgp", "school_id", "test", "horizon_grade", "projected_score", "sgp_target",
            "growth_to_proficient");
    public static final List<String> SCHOOL_VALUE_ADDED_HEADER = List.of("school_year", "subject", "school_id",
            "students", "effect", "standard_error", "percentile", "base_year");

    private GrowthCsv() {
    }

    /** Writes student_growth.csv from the table {@code student_growth}; returns the rows written. */
    public static long writeStudentGrowth(BundleDatabase db, Path target) {
        return write(db, target, STUDENT_GROWTH_HEADER, "SELECT " + String.join(", ", STUDENT_GROWTH_HEADER)
                + " FROM " + StudentGrowth.TABLE + " ORDER BY school_year, subject, grade, student_id");
    }

    /** Writes school_value_added.csv from the table {@code school_value_added}; returns the rows written. */
    public static long writeSchoolValueAdded(BundleDatabase db, Path target) {
        return write(db, target, SCHOOL_VALUE_ADDED_HEADER, "SELECT " + String.join(", ", SCHOOL_VALUE_ADDED_HEADER)
                + " FROM " + SchoolValueAdded.TABLE + " ORDER BY school_year, subject, school_id");
    }

    private static long write(BundleDatabase db, Path target, List<String> header, String sql) {
        long rows = 0;
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target);
                Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            csv.writeRecord(header);
            String[] record = new String[header.size()];
            while (rs.next()) {
                for (int i = 0; i < record.length; i++) {
                    String value = rs.getString(i + 1);
                    record[i] = value == null ? "" : value;
                }
                csv.writeRecord(record);
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return rows;
    }
}
