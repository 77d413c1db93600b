package org.flashlight.duckdb.metric;

import java.util.stream.Collectors;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.duckdb.group.StudentGroups;

/**
 * The SQL of each {@link Population}: one row per (school_year, level, entity_id, student_id) with the
 * population's columns, over {@code entity_stays} (every stay once per aggregate level it belongs to),
 * so that district and state populations pool a student's stays across schools (metrics.md R-1).
 */
final class PopulationSql {
    private static final String KEYS = "school_year, level, entity_id, student_id";

    private PopulationSql() {
    }

    /** The population under the written rules with these assessment parameters. */
    static String sql(MetricDefinition metric, AssessmentSettings assessment) {
        return sql(metric, MeasurementSettings.of(assessment));
    }

    static String sql(MetricDefinition metric, MeasurementSettings settings) {
        AssessmentSettings assessment = settings.assessment();
        return switch (metric.population()) {
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
            case ATTENDANCE -> attendance("TRUE", settings.attendanceMinDays());
            case PREK_ATTENDANCE -> attendance("s.grade_level = -1", settings.attendanceMinDays());
            case HIGH_SCHOOL_ENROLLED -> """
                    SELECT s.school_year, s.level, s.entity_id, s.student_id,
                           bool_or(s.exit_code IS NOT DISTINCT FROM 'dropout') AS dropped_out
                    FROM entity_stays s
                    WHERE s.grade_level BETWEEN 9 AND 12
                    GROUP BY s.school_year, s.level, s.entity_id, s.student_id""";
            case FAY_TESTED -> fayTested(metric.subject());
            case EXPECTED_TO_TEST -> expectedToTest(metric.subject(), assessment);
            case FAY_GROWTH -> fayGrowth(metric.subject());
            case VALUE_ADDED_STUDENTS -> valueAddedStudents(metric.subject());
            case DERIVED -> throw new IllegalArgumentException(metric.id() + " is derived from other metrics");
            case COHORT_4YR -> cohort(4);
            case COHORT_5YR -> cohort(5);
            case COHORT_6YR -> cohort(6);

            // ---- course marks (R-8 .. R-10)
            case GRADE8_AT_YEAR_END -> CourseMarkPopulations.sql(metric);
            case GRADE9_AT_YEAR_END -> CourseMarkPopulations.sql(metric);
            case GRADE11_12_ENROLLED -> CourseMarkPopulations.sql(metric);

            // ---- English learners, re-enrollment, college readiness
            case EL_REDESIGNATION, ELP_PROGRESS -> EnglishLearnerPopulations.sql(metric, settings.readiness());
            case REENROLLMENT, SAT_ACT_TAKERS, COHORT_4YR_GRADUATES ->
                    ReenrollmentAndReadinessPopulations.sql(metric, assessment, settings.readiness());

            // ---- surveys, CLASS observations, AP/IB
            case SURVEY_RESPONSES, CLASS_EMOTIONAL_SUPPORT, CLASS_CLASSROOM_ORGANIZATION,
                    CLASS_INSTRUCTIONAL_SUPPORT, HIGH_SCHOOL_AP_IB, AP_IB_EXAMS ->
                SurveyClassAndExamPopulations.sql(metric);

        };
    }

    /**
     * Cohort C reported in C + years - 1, at the cohort's school, at the district that school has in
     * the reporting year's schools.csv, and for the state. Groups come from the student's
     * students.csv row of the reporting year, else the latest earlier, else the earliest later one
     * ({@code group_year}).
     */
    private static String cohort(int years) {
        return "WITH " + cohortEntities(years) + """
                SELECT e.school_year, e.level, e.entity_id, e.student_id, g.group_year,
                       e.outcome = 'graduated' AND e.outcome_year <= e.school_year AS graduated,
                       e.outcome IN ('graduated', 'graduated_alternative') AND e.outcome_year <= e.school_year AS completed
                FROM entities e LEFT JOIN group_years g ON g.student_id = e.student_id AND g.school_year = e.school_year
                """;
    }

    /**
     * The CTEs (without {@code WITH}) every cohort population starts from: {@code reported} (cohort C as
     * reported in C + years - 1, without students who left the cohort), {@code entities} (each of those
     * once at the cohort's school, at that school's district of the reporting year and for the state)
     * and {@code group_years} (the students.csv year whose groups apply, R-13).
     */
    static String cohortEntities(int years) {
        return """
                reported AS (
                    SELECT c.*, c.cohort_year + %1$d AS school_year FROM graduation_cohorts c
                    WHERE c.outcome NOT IN ('transferred_out', 'emigrated', 'deceased')
                      AND c.cohort_year + %1$d IN (SELECT school_year FROM schools)),
                entities AS (
                    SELECT r.*, 'school' AS level, r.school_id AS entity_id FROM reported r
                    UNION ALL
                    SELECT r.*, 'district', s.district_id FROM reported r
                    JOIN schools s ON s.school_year = r.school_year AND s.school_id = r.school_id
                    UNION ALL
                    SELECT r.*, 'state', 'state' FROM reported r),
                group_years AS (
                    SELECT r.student_id, r.school_year, %2$s AS group_year
                    FROM reported r JOIN students s ON s.student_id = r.student_id GROUP BY ALL)
                """.formatted(years - 1, StudentGroups.nearestRowYear("s.school_year", "r.school_year"));
    }

    /** The school year whose student groups apply: the population's own {@code group_year}, else its school year. */
    static String groupYear(MetricDefinition metric) {
        return switch (metric.population()) {
            case COHORT_4YR, COHORT_5YR, COHORT_6YR, COHORT_4YR_GRADUATES -> "group_year";
            default -> "school_year";
        };
    }

    /** R-7 over {@code accountability_results}: the first FAY row with a level, per student, subject and entity. */
    private static String fayTested(String subject) {
        return """
                SELECT school_year, level, entity_id, student_id, test, grade_tested, scale_score, performance_level,
                       proficient_level, cut_3,
                       -- in the lowest quarter: rank <= ceil(n / 4), i.e. 4 x (rank - 1) < n, ties at the cut included
                       scale_score IS NOT NULL AND 4 * (rank() OVER (quarter ORDER BY scale_score) - 1)
                           < count(scale_score) OVER quarter AS lowest_25pct
                FROM (SELECT r.*, row_number() OVER (PARTITION BY r.school_year, r.level, r.entity_id, r.student_id
                                                     ORDER BY r._line) AS nth
                      FROM accountability_results r
                      WHERE r.subject = '%s' AND r.participation = 'tested' AND r.performance_level IS NOT NULL
                        AND EXISTS (SELECT 1 FROM fay_spans f WHERE f.school_year = r.school_year AND f.level = r.level
                                    AND f.entity_id = r.entity_id AND f.student_id = r.student_id
                                    AND f.span_start <= f.census_date AND f.span_end >= r.test_date))
                WHERE nth = 1
                WINDOW quarter AS (PARTITION BY school_year, level, entity_id, test, grade_tested)""".formatted(subject);
    }

    /** FAY_TESTED's rows with the SGP of the same score (table student_growth, org.flashlight.duckdb.growth). */
    private static String fayGrowth(String subject) {
        return "SELECT f.school_year, f.level, f.entity_id, f.student_id, f.test, f.grade_tested, g.sgp, g.priors_used, "
                + "g.growth_to_proficient "
                + "FROM (" + fayTested(subject) + ") f JOIN student_growth g ON g.school_year = f.school_year "
                + "AND g.student_id = f.student_id AND g.subject = '" + subject + "' AND g.test = f.test";
    }

    /** The students of each school's value-added estimate, with the estimate (tables of org.flashlight.duckdb.growth). */
    private static String valueAddedStudents(String subject) {
        return """
                SELECT v.school_year, 'school' AS level, v.school_id AS entity_id, s.student_id,
                       v.percentile, v.effect, v.standard_error
                FROM school_value_added v JOIN value_added_students s ON s.school_year = v.school_year
                     AND s.subject = v.subject AND s.school_id = v.school_id
                WHERE v.subject = '%s'""".formatted(subject);
    }

    /**
     * students with a stay at the entity in a tested grade enrolled on their school's test date
     * (the earliest test_date of the subject and year among the school's rows), plus every student
     * with an accountability result at the entity; tested = such a result with participation tested.
     */
    private static String expectedToTest(String subject, AssessmentSettings assessment) {
        String grades = assessment.testedGrades().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return """
                WITH test_dates AS (
                    SELECT school_year, school_id, min(test_date) AS test_date FROM accountability_results
                    WHERE subject = '%1$s' AND level = 'school' GROUP BY ALL),
                enrolled_on_test_date AS (
                    SELECT DISTINCT s.school_year, s.level, s.entity_id, s.student_id FROM entity_stays s
                    JOIN test_dates t ON t.school_year = s.school_year AND t.school_id = s.school_id
                    WHERE s.grade_level IN (%2$s) AND s.entry_date <= t.test_date
                      AND (s.exit_date IS NULL OR s.exit_date >= t.test_date)),
                results AS (
                    SELECT school_year, level, entity_id, student_id, bool_or(participation = 'tested') AS tested
                    FROM accountability_results WHERE subject = '%1$s' GROUP BY ALL)
                SELECT school_year, level, entity_id, student_id, coalesce(r.tested, false) AS tested
                FROM enrolled_on_test_date e FULL JOIN results r USING (school_year, level, entity_id, student_id)
                """.formatted(subject, grades);
    }

    /** students enrolled at least {@code minDays} days at the entity, days summed over their stays there. */
    private static String attendance(String stayFilter, int minDays) {
        return "SELECT s.school_year, s.level, s.entity_id, s.student_id, sum(s.days_enrolled) AS days_enrolled, "
                + "sum(s.days_present) AS days_present FROM entity_stays s WHERE " + stayFilter + " GROUP BY " + KEYS
                + " HAVING sum(s.days_enrolled) >= " + minDays;
    }

    /**
     * The shared building blocks the populations read: every school once per level it belongs to, and
     * each framework-level part of a split school ({@link FrameworkLevelParts}) as an entity of its own
     * with its grades; stays mapped to entities; students with a suspension at a school of an entity.
     *
     * <p>A part holds the rows of its grades: stays by their grade_level (so every population over
     * {@code entity_stays}), accountability results by grade_tested. Rows without a grade count for the
     * part through the student's stays: a suspension at the school counts for a part where the student has
     * a stay of its grades; FAY is continuous enrollment at the school, whatever the grade.
     */
    static String[] prepare(AssessmentSettings assessment) {
        String tests = assessment.tests().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        String grades = assessment.testedGrades().stream().map(String::valueOf).collect(Collectors.joining(", "));
        String census = "make_date(school_year - 1, " + assessment.censusDate().getMonthValue() + ", "
                + assessment.censusDate().getDayOfMonth() + ")";
        return new String[] {
            """
            CREATE OR REPLACE TEMP TABLE entity_map AS
            SELECT school_year, school_id, 'school' AS level, school_id AS entity_id, NULL::INTEGER AS grade_low,
                   NULL::INTEGER AS grade_high FROM schools
            UNION ALL SELECT school_year, school_id, 'district', district_id, NULL, NULL FROM schools
            UNION ALL SELECT school_year, school_id, 'state', 'state', NULL, NULL FROM schools
            UNION ALL SELECT school_year, school_id, '%s' || framework_level, school_id, grade_low, grade_high
                      FROM %s""".formatted(FrameworkLevelParts.LEVEL_PREFIX, FrameworkLevelParts.TABLE),
            """
            CREATE OR REPLACE TEMP TABLE entity_stays AS
            SELECT m.level, m.entity_id, e.* EXCLUDE (_line) FROM enrollments e
            JOIN entity_map m ON m.school_year = e.school_year AND m.school_id = e.school_id
            WHERE %s""".formatted(FrameworkLevelParts.inGrades("m", "e.grade_level")),
            """
            CREATE OR REPLACE TEMP TABLE suspended_at_entity AS
            SELECT DISTINCT d.school_year, m.level, m.entity_id, d.student_id FROM discipline d
            JOIN entity_map m ON m.school_year = d.school_year AND m.school_id = d.school_id
            WHERE d.action IN ('suspension_in_school', 'suspension_out_of_school', 'expulsion')""",
            // continuous spans of a student's stays at an entity (next entry <= previous exit + 1 day); a
            // part takes its school's spans (FAY is enrollment at the school, in whatever grade)
            """
            CREATE OR REPLACE TEMP TABLE fay_spans AS
            WITH ordered AS (
                SELECT level, entity_id, school_year, student_id, entry_date,
                       coalesce(exit_date, DATE '9999-12-31') AS exit_d,
                       max(coalesce(exit_date, DATE '9999-12-31')) OVER (
                           PARTITION BY level, entity_id, school_year, student_id ORDER BY entry_date, exit_date
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS previous_exit
                FROM entity_stays WHERE level NOT LIKE '%2$s%%'),
            islands AS (
                SELECT *, sum(CASE WHEN previous_exit IS NULL OR entry_date > previous_exit + 1 THEN 1 ELSE 0 END)
                          OVER (PARTITION BY level, entity_id, school_year, student_id ORDER BY entry_date, exit_d
                                ROWS UNBOUNDED PRECEDING) AS island
                FROM ordered)
            SELECT level, entity_id, school_year, student_id, min(entry_date) AS span_start, max(exit_d) AS span_end,
                   %1$s AS census_date
            FROM islands GROUP BY level, entity_id, school_year, student_id, island""".formatted(census,
                    FrameworkLevelParts.LEVEL_PREFIX),
            """
            INSERT INTO fay_spans
            SELECT '%s' || p.framework_level, f.entity_id, f.school_year, f.student_id, f.span_start, f.span_end,
                   f.census_date
            FROM fay_spans f JOIN %s p ON p.school_year = f.school_year AND p.school_id = f.entity_id
            WHERE f.level = 'school'""".formatted(FrameworkLevelParts.LEVEL_PREFIX, FrameworkLevelParts.TABLE),
            // accountability tests in tested grades, mapped to entities, with the test's proficient level and level-3 cut
            """
            CREATE OR REPLACE TEMP TABLE accountability_results AS
            SELECT m.level, m.entity_id, a.*, d.proficient_level, d.cut_3 FROM assessments a
            JOIN entity_map m ON m.school_year = a.school_year AND m.school_id = a.school_id
            LEFT JOIN test_definitions d ON d.test = a.test AND d.grade = a.grade_tested
                 AND d.subject = a.subject
            WHERE a.test IN (%s) AND a.grade_tested IN (%s) AND %s""".formatted(tests, grades,
                    FrameworkLevelParts.inGrades("m", "a.grade_tested"))
        };
    }
}
