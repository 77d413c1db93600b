package org.flashlight.duckdb.metric;

import static org.flashlight.duckdb.metric.EnglishLearnerPopulations.openAtYearEnd;

import java.util.stream.Collectors;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ReadinessSettings;

/**
 * The re-enrollment and college-readiness populations ({@code reenrollment}, {@code reenrollment_lea},
 * {@code sat_act_college_ready}, {@code college_career}); the rules and the choices metrics.md leaves
 * open are in docs/metrics/english-learners-and-readiness.md.
 */
final class ReenrollmentAndReadinessPopulations {
    private ReenrollmentAndReadinessPopulations() {
    }

    static String sql(MetricDefinition metric, AssessmentSettings assessment, ReadinessSettings settings) {
        return switch (metric.population()) {
            case REENROLLMENT -> reenrollment(assessment);
            case SAT_ACT_TAKERS -> satActTakers(settings);
            case COHORT_4YR_GRADUATES -> cohortGraduates(settings);
            default -> throw new IllegalArgumentException("not a readiness population: " + metric.population());
        };
    }

    /**
     * Reported in Y (R-1, pooled per entity). Expected back: a stay of Y-1 at the entity open at year
     * end and not ended by graduation, in a grade g such that some school of the entity in Y's
     * schools.csv serves g + 1 (the school itself at school level; an entity absent in Y has no row).
     * Returned: a stay of Y at the entity on the census date of Y (inclusive, R-2). Returned to the
     * LEA: at school level a stay of Y on that date at the district the school has in Y's schools.csv;
     * at district and state level the same as returned. A split school's part ({@link FrameworkLevelParts})
     * expects the stays of Y-1 in its grades back at the school: returned is a stay of Y at the school in any
     * grade (the grade-5 student of a K-8's elementary part who returns in grade 6 has returned).
     */
    private static String reenrollment(AssessmentSettings assessment) {
        String census = "make_date(x.school_year - 1, " + assessment.censusDate().getMonthValue() + ", "
                + assessment.censusDate().getDayOfMonth() + ")";
        return """
                WITH served AS (
                    SELECT m.school_year, m.level, m.entity_id, sc.district_id, sc.grade_low, sc.grade_high
                    FROM entity_map m JOIN schools sc ON sc.school_year = m.school_year AND sc.school_id = m.school_id),
                expected AS (
                    SELECT x.school_year, x.level, x.entity_id, x.student_id,
                           any_value(CASE WHEN %3$s = 'school' THEN sv.district_id END) AS school_district
                    FROM (SELECT s.school_year + 1 AS school_year, s.level, s.entity_id, s.student_id, s.grade_level
                          FROM entity_stays s
                          WHERE %1$s AND s.exit_code IS DISTINCT FROM 'graduated') x
                    JOIN served sv ON sv.school_year = x.school_year AND sv.level = x.level AND sv.entity_id = x.entity_id
                         AND x.grade_level + 1 BETWEEN sv.grade_low AND sv.grade_high
                    GROUP BY ALL),
                on_census_date AS (
                    SELECT DISTINCT x.school_year, x.level, x.entity_id, x.student_id FROM entity_stays x
                    WHERE x.entry_date <= %2$s AND (x.exit_date IS NULL OR x.exit_date >= %2$s))
                SELECT e.school_year, e.level, e.entity_id, e.student_id,
                       here.student_id IS NOT NULL AS returned,
                       CASE WHEN %4$s = 'school' THEN lea.student_id IS NOT NULL
                            ELSE here.student_id IS NOT NULL END AS returned_to_lea
                FROM expected e
                LEFT JOIN on_census_date here ON here.school_year = e.school_year AND here.level = %4$s
                     AND here.entity_id = e.entity_id AND here.student_id = e.student_id
                LEFT JOIN on_census_date lea ON lea.school_year = e.school_year AND lea.level = 'district'
                     AND lea.entity_id = e.school_district AND lea.student_id = e.student_id
                """.formatted(openAtYearEnd("s"), census, FrameworkLevelParts.wholeLevel("x.level"),
                FrameworkLevelParts.wholeLevel("e.level"));
    }

    /**
     * Grade-12 students of the entity (a grade-12 stay there open at year end, R-2 as R-10) with a
     * tested SAT or ACT score in this or an earlier school year, at any school. Met: on one SAT test
     * date ERW and math both at their benchmarks, or an ACT composite at its benchmark, in any of
     * those years.
     */
    private static String satActTakers(ReadinessSettings settings) {
        return """
                WITH grade12 AS (
                    SELECT DISTINCT s.school_year, s.level, s.entity_id, s.student_id FROM entity_stays s
                    WHERE s.grade_level = 12 AND %1$s),
                scores AS (
                    SELECT school_year, student_id, test, subject, test_date, scale_score FROM assessments
                    WHERE test IN ('sat', 'act') AND participation = 'tested' AND scale_score IS NOT NULL),
                met AS (
                    SELECT school_year, student_id FROM scores WHERE test = 'sat'
                    GROUP BY school_year, student_id, test_date
                    HAVING bool_or(subject = 'erw' AND scale_score >= %2$s)
                       AND bool_or(subject = 'math' AND scale_score >= %3$s)
                    UNION ALL
                    SELECT school_year, student_id FROM scores
                    WHERE test = 'act' AND subject = 'composite' AND scale_score >= %4$s)
                SELECT g.school_year, g.level, g.entity_id, g.student_id,
                       EXISTS (SELECT 1 FROM met m WHERE m.student_id = g.student_id AND m.school_year <= g.school_year)
                           AS met_benchmark
                FROM grade12 g
                WHERE EXISTS (SELECT 1 FROM scores t WHERE t.student_id = g.student_id AND t.school_year <= g.school_year)
                """.formatted(openAtYearEnd("s"), settings.satErwBenchmark().toPlainString(),
                settings.satMathBenchmark().toPlainString(), settings.actCompositeBenchmark().toPlainString());
    }

    /**
     * Graduates of four-year cohort C reported in C+3, at the entities and with the group year of
     * {@code COHORT_4YR} ({@link PopulationSql#cohortEntities}). Measures, each over rows up to the
     * graduate's outcome_year at any school: a_g_complete = postsecondary.csv's flag (empty = no);
     * ap_exams_3plus = distinct AP exam codes (subject) with a tested score of 3 or more;
     * grade11_*_level = the first row in file order (school year, then line) of a grade-11 test of
     * {@code grade11Tests}, tested with a level. With the A-G measure on, a reporting year without any
     * postsecondary row of that hs_exit_year (file absent, or that year not delivered yet) is not
     * computable: no rows rather than every graduate counted as not A-G complete.
     */
    private static String cohortGraduates(ReadinessSettings settings) {
        String tests = settings.grade11Tests().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        String prepared = java.util.stream.Stream.of(
                settings.preparedByAgCompletion() ? "a_g_complete" : null,
                settings.preparedByApExams() ? "ap_exams_3plus >= 2" : null,
                settings.preparedByGrade11Tests()
                        ? "(grade11_ela_level >= 3 AND grade11_math_level >= 3 "
                                + "AND greatest(grade11_ela_level, grade11_math_level) >= 4)"
                        : null)
                .filter(java.util.Objects::nonNull).collect(Collectors.joining(" OR "));
        return "WITH " + PopulationSql.cohortEntities(4) + """
                , graduates AS (
                    SELECT e.*, g.group_year FROM entities e
                    LEFT JOIN group_years g ON g.student_id = e.student_id AND g.school_year = e.school_year
                    WHERE e.outcome = 'graduated' AND e.outcome_year <= e.school_year
                      AND (%1$s OR EXISTS (SELECT 1 FROM postsecondary p WHERE p.hs_exit_year = e.school_year))),
                ap AS (
                    SELECT r.student_id, count(DISTINCT a.subject) AS exams FROM reported r
                    JOIN assessments a ON a.student_id = r.student_id AND a.school_year <= r.outcome_year
                    WHERE a.test = 'ap' AND a.participation = 'tested' AND a.scale_score >= 3
                    GROUP BY r.student_id),
                grade11 AS (
                    SELECT student_id, subject, performance_level FROM (
                        SELECT a.*, row_number() OVER (PARTITION BY a.student_id, a.subject
                                                       ORDER BY a.school_year, a._line) AS nth
                        FROM reported r JOIN assessments a ON a.student_id = r.student_id AND a.school_year <= r.outcome_year
                        WHERE a.test IN (%2$s) AND a.grade_tested = 11 AND a.subject IN ('ela', 'math')
                          AND a.participation = 'tested' AND a.performance_level IS NOT NULL)
                    WHERE nth = 1),
                measured AS (
                    SELECT g.school_year, g.level, g.entity_id, g.student_id, g.group_year,
                           coalesce(p.a_g_complete, false) AS a_g_complete,
                           coalesce(ap.exams, 0) AS ap_exams_3plus,
                           ela.performance_level AS grade11_ela_level,
                           math.performance_level AS grade11_math_level
                    FROM graduates g
                    LEFT JOIN postsecondary p ON p.student_id = g.student_id
                    LEFT JOIN ap ON ap.student_id = g.student_id
                    LEFT JOIN grade11 ela ON ela.student_id = g.student_id AND ela.subject = 'ela'
                    LEFT JOIN grade11 math ON math.student_id = g.student_id AND math.subject = 'math')
                SELECT *, coalesce(%3$s, false) AS prepared FROM measured
                """.formatted(settings.preparedByAgCompletion() ? "FALSE" : "TRUE", tests, prepared);
    }
}
