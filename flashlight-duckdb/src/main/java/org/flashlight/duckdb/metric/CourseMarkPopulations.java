package org.flashlight.duckdb.metric;

import org.flashlight.core.metric.MetricDefinition;

/**
 * The SQL of the course-mark populations (metrics.md R-8 .. R-10, docs/metrics/course-marks.md): who
 * counts is decided by the student's stays at the entity ({@code entity_stays}, pooled ), what
 * they achieved by their record of the whole school year at every school.
 */
final class CourseMarkPopulations {
    /** a stay open at year end has no exit_date or ends the year with one of these exit codes. */
    private static final String OPEN_AT_YEAR_END = "(s.exit_date IS NULL OR s.exit_code IN ('year_end', 'graduated'))";

    private CourseMarkPopulations() {
    }

    static String sql(MetricDefinition metric) {
        return switch (metric.population()) {
            case GRADE8_AT_YEAR_END -> yearEndGrade(8);
            case GRADE9_AT_YEAR_END -> yearEndGrade(9);
            case GRADE11_12_ENROLLED -> grades11To12();
            default -> throw new IllegalArgumentException("not a course-mark population: " + metric.population());
        };
    }

    /**
     * students with a stay in {@code grade} at the entity open at year end, joined to their year's
     * record. GPA sums are exact decimals (R-8: the metric compares points >= 2.5 x credits, never a
     * double mean); every count is 0, never NULL, for a student without marks, stays or discipline rows.
     */
    private static String yearEndGrade(int grade) {
        return """
                WITH members AS (
                    SELECT DISTINCT s.school_year, s.level, s.entity_id, s.student_id FROM entity_stays s
                    WHERE s.grade_level = %d AND %s),
                student_years AS (SELECT DISTINCT school_year, student_id FROM members),
                marks AS (
                    SELECT c.term, c.school_year, c.student_id, c.subject_area, c.grade_points,
                           left(c.mark, 1) IN ('D', 'F') AS d_or_f,
                           c.mark IN ('NP', 'I') OR left(c.mark, 1) = 'F' AS not_passed,
                           c.term = 'final' AND c.grade_points IS NOT NULL AND c.mark NOT IN ('P', 'NP', 'I') AS in_gpa,
                           coalesce(c.credits_attempted, 1) AS credits
                    FROM course_grades c
                    JOIN student_years y ON y.school_year = c.school_year AND y.student_id = c.student_id),
                mark_record AS (
                    SELECT school_year, student_id,
                           sum(CASE WHEN in_gpa THEN grade_points * credits END) AS gpa_points,
                           sum(CASE WHEN in_gpa THEN credits END) AS gpa_credits,
                           count(*) FILTER (WHERE d_or_f) AS df_marks,
                           count(*) FILTER (WHERE d_or_f AND term = 'final' AND subject_area IN ('ela', 'math'))
                               AS final_df_ela_math,
                           count(*) FILTER (WHERE term = 'final') AS final_marks,
                           count(*) FILTER (WHERE term = 'final' AND not_passed) AS final_not_passed
                    FROM marks GROUP BY school_year, student_id),
                year_attendance AS (
                    SELECT e.school_year, e.student_id, sum(e.days_enrolled) AS days_enrolled,
                           sum(e.days_present) AS days_present
                    FROM enrollments e
                    JOIN student_years y ON y.school_year = e.school_year AND y.student_id = e.student_id
                    GROUP BY e.school_year, e.student_id),
                suspended AS (
                    SELECT DISTINCT school_year, student_id FROM discipline
                    WHERE action IN ('suspension_in_school', 'suspension_out_of_school', 'expulsion'))
                SELECT m.school_year, m.level, m.entity_id, m.student_id,
                       CAST(coalesce(r.gpa_points, 0) AS DECIMAL(38, 12)) AS gpa_points,
                       CAST(coalesce(r.gpa_credits, 0) AS DECIMAL(38, 6)) AS gpa_credits,
                       coalesce(r.df_marks, 0) AS df_marks,
                       coalesce(r.final_df_ela_math, 0) AS final_df_ela_math,
                       coalesce(r.final_marks, 0) AS final_marks,
                       coalesce(r.final_not_passed, 0) AS final_not_passed,
                       coalesce(a.days_enrolled, 0) AS year_days_enrolled,
                       coalesce(a.days_present, 0) AS year_days_present,
                       d.student_id IS NOT NULL AS suspended_anywhere
                FROM members m
                LEFT JOIN mark_record r ON r.school_year = m.school_year AND r.student_id = m.student_id
                LEFT JOIN year_attendance a ON a.school_year = m.school_year AND a.student_id = m.student_id
                LEFT JOIN suspended d ON d.school_year = m.school_year AND d.student_id = m.student_id
                """.formatted(grade, OPEN_AT_YEAR_END);
    }

    /**
     * Students with any grade 11 or 12 stay at the entity that year. A year without a single non-empty
     * {@code advanced} value cannot tell "no advanced course" from "not reported" (the column is optional):
     * it has no rows, so the metric is not computable rather than 0%.
     */
    private static String grades11To12() {
        return """
                WITH flagged_years AS (SELECT DISTINCT school_year FROM course_grades WHERE advanced IS NOT NULL),
                completed AS (
                    SELECT DISTINCT school_year, student_id FROM course_grades
                    WHERE advanced AND credits_earned > 0)
                SELECT s.school_year, s.level, s.entity_id, s.student_id,
                       bool_or(c.student_id IS NOT NULL) AS completed_advanced
                FROM entity_stays s
                JOIN flagged_years f ON f.school_year = s.school_year
                LEFT JOIN completed c ON c.school_year = s.school_year AND c.student_id = s.student_id
                WHERE s.grade_level IN (11, 12)
                GROUP BY s.school_year, s.level, s.entity_id, s.student_id""";
    }
}
