package org.flashlight.duckdb.metric;

import org.flashlight.core.metric.Population;

/**
 * The SQL of each {@link Population}: one row per (school_year, level, entity_id, student_id) with the
 * population's columns, over {@code entity_stays} (every stay once per aggregate level it belongs to),
 * so that district and state populations pool a student's stays across schools (metrics.md R-1).
 */
final class PopulationSql {
    /** Days a student must be enrolled at an entity to count in attendance metrics (R-4, California rule). */
    static final int ATTENDANCE_MIN_DAYS = 31;

    private static final String KEYS = "school_year, level, entity_id, student_id";

    private PopulationSql() {
    }

    static String sql(Population population) {
        return switch (population) {
            case ENROLLED -> """
                    SELECT s.school_year, s.level, s.entity_id, s.student_id,
                           sum(s.days_enrolled) AS days_enrolled, sum(s.days_present) AS days_present,
                           coalesce(any_value(st.swd), false) AS swd,
                           any_value(d.student_id) IS NOT NULL AS suspended
                    FROM entity_stays s
                    LEFT JOIN students st ON st.school_year = s.school_year AND st.student_id = s.student_id
                    LEFT JOIN suspended_at_entity d ON d.school_year = s.school_year AND d.level = s.level
                         AND d.entity_id = s.entity_id AND d.student_id = s.student_id
                    GROUP BY s.school_year, s.level, s.entity_id, s.student_id
                    HAVING sum(s.days_enrolled) >= 1""";
            case ATTENDANCE -> attendance("TRUE");
            case PREK_ATTENDANCE -> attendance("s.grade_level = -1");
            case HIGH_SCHOOL_ENROLLED -> """
                    SELECT s.school_year, s.level, s.entity_id, s.student_id,
                           bool_or(s.exit_code IS NOT DISTINCT FROM 'dropout') AS dropped_out
                    FROM entity_stays s
                    WHERE s.grade_level BETWEEN 9 AND 12
                    GROUP BY s.school_year, s.level, s.entity_id, s.student_id""";
        };
    }

    private static String attendance(String stayFilter) {
        return "SELECT s.school_year, s.level, s.entity_id, s.student_id, sum(s.days_enrolled) AS days_enrolled, "
                + "sum(s.days_present) AS days_present FROM entity_stays s WHERE " + stayFilter + " GROUP BY " + KEYS
                + " HAVING sum(s.days_enrolled) >= " + ATTENDANCE_MIN_DAYS;
    }

    /**
     * The shared building blocks the populations read: every school once per level it belongs to,
     * stays mapped to entities, and students with a suspension at a school of an entity.
     */
    static String[] prepare() {
        return new String[] {
            """
            CREATE OR REPLACE TEMP TABLE entity_map AS
            SELECT school_year, school_id, 'school' AS level, school_id AS entity_id FROM schools
            UNION ALL SELECT school_year, school_id, 'district', district_id FROM schools
            UNION ALL SELECT school_year, school_id, 'state', 'state' FROM schools""",
            """
            CREATE OR REPLACE TEMP TABLE entity_stays AS
            SELECT m.level, m.entity_id, e.* EXCLUDE (_line) FROM enrollments e
            JOIN entity_map m ON m.school_year = e.school_year AND m.school_id = e.school_id""",
            """
            CREATE OR REPLACE TEMP TABLE suspended_at_entity AS
            SELECT DISTINCT d.school_year, m.level, m.entity_id, d.student_id FROM discipline d
            JOIN entity_map m ON m.school_year = d.school_year AND m.school_id = d.school_id
            WHERE d.action IN ('suspension_in_school', 'suspension_out_of_school', 'expulsion')"""
        };
    }
}
