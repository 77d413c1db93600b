package org.flashlight.duckdb.ontrack;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flashlight.core.ontrack.CourseMark;
import org.flashlight.core.ontrack.StudentYear;
import org.flashlight.core.ontrack.Term;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * Reads each student's record of a school year (R-8, R-9: marks at every school, days over all stays,
 * any suspension) for the students of one grade, so that {@link org.flashlight.core.ontrack.IndicatorRules}
 * can show every component. Students are those with a stay in the grade that year.
 */
public final class StudentYearRecords {
    private StudentYearRecords() {
    }

    /** Student id -> record, in student id order. */
    public static Map<String, StudentYear> read(BundleDatabase db, int schoolYear, int grade) {
        String students = "SELECT DISTINCT student_id FROM enrollments WHERE school_year = ? AND grade_level = ?";
        Map<String, List<CourseMark>> marks = new TreeMap<>();
        Map<String, StudentYear> records = new TreeMap<>();
        try {
            try (PreparedStatement s = db.connection().prepareStatement("""
                    SELECT student_id, term, subject_area, mark, grade_points, credits_attempted FROM course_grades
                    WHERE school_year = ? AND student_id IN (%s) ORDER BY student_id, _line""".formatted(students))) {
                s.setInt(1, schoolYear);
                s.setInt(2, schoolYear);
                s.setInt(3, grade);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Optional<Term> term = Term.fromCode(rs.getString(2));
                        if (term.isPresent()) {
                            marks.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new CourseMark(term.get(),
                                    rs.getString(3), rs.getString(4), decimal(rs, 5), decimal(rs, 6)));
                        }
                    }
                }
            }
            try (PreparedStatement s = db.connection().prepareStatement("""
                    WITH members AS (%s),
                    days AS (SELECT student_id, sum(days_enrolled) AS enrolled, sum(days_present) AS present
                             FROM enrollments WHERE school_year = ? GROUP BY student_id),
                    suspended AS (SELECT DISTINCT student_id FROM discipline WHERE school_year = ?
                                  AND action IN ('suspension_in_school', 'suspension_out_of_school', 'expulsion'))
                    SELECT m.student_id, coalesce(d.enrolled, 0), coalesce(d.present, 0), x.student_id IS NOT NULL
                    FROM members m LEFT JOIN days d USING (student_id) LEFT JOIN suspended x USING (student_id)
                    ORDER BY m.student_id""".formatted(students))) {
                s.setInt(1, schoolYear);
                s.setInt(2, grade);
                s.setInt(3, schoolYear);
                s.setInt(4, schoolYear);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        records.put(id, new StudentYear(marks.getOrDefault(id, List.of()), rs.getLong(2), rs.getLong(3),
                                rs.getBoolean(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the grade-" + grade + " records of " + schoolYear + ": "
                    + e.getMessage(), e);
        }
        return records;
    }

    private static Optional<BigDecimal> decimal(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getBigDecimal(column)).map(BigDecimal::stripTrailingZeros);
    }
}
