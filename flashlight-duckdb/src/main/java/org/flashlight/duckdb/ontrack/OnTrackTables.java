package org.flashlight.duckdb.ontrack;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.Term;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.group.StudentGroups;

/**
 * Builds, from a loaded bundle, the tables the on-track models read (docs/ontrack.md):
 * {@code ontrack_snapshots} (one row per student, indicator and checkpoint, with every feature of
 * {@link OnTrackFeature} as a DOUBLE column, NULL where missing), {@code ontrack_labels} (the
 * outcomes of each student, NULL where not yet known) and {@code ontrack_groups} (the groups fairness
 * is reported by; never read as features).
 *
 * <p>Snapshots: {@code risk_diagnostic} for every student with a grade-8 stay open at year end (R-10,
 * checkpoint 12 = year end); {@code end_of_year} for every grade-9 student with a stay open at year end
 * (checkpoint 12); {@code
 * progress_monitoring} for every grade-9 student at each month in which a term of theirs ended before
 * the year's end and at the latest month of monthly attendance, with what was known by the end of that
 * month (months into the school year: August = 2 .. June = 12). A student's school is the school of
 * their latest stay in that grade that year.
 */
public final class OnTrackTables {
    private OnTrackTables() {
    }

    /** Creates (or replaces) the three tables of every school year (and the student groups under R-15's default rule). */
    public static void create(BundleDatabase db) {
        create(db, "TRUE");
    }

    /**
     * The same for the snapshots of one school year only (what {@code score} needs): the facts of that year and
     * the year before (grade 9 reads grade 8), a fraction of a long bundle's.
     */
    public static void createFor(BundleDatabase db, int schoolYear) {
        create(db, "CAST(school_year AS INTEGER) BETWEEN " + (schoolYear - 1) + " AND " + schoolYear);
    }

    private static void create(BundleDatabase db, String years) {
        StudentGroups.create(db, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        db.execute(BASE_SQL.formatted(termMonthCase("c.term"), termOrderCase("c.term"), years), SNAPSHOTS_SQL,
                LABELS_SQL, GROUPS_SQL);
    }

    /** The months into the school year at which each term ends, from {@link Term} (the one definition). */
    static String termMonthCase(String column) {
        return Arrays.stream(Term.values())
                .map(t -> "WHEN '" + t.code() + "' THEN " + t.monthsIntoYear())
                .collect(Collectors.joining(" ", "CASE " + column + " ", " END"));
    }

    /**
     * Each term's rank among the terms ending the same month (its {@link Term} order: s1 after q2), so that "the
     * latest term" is one term, as in {@link org.flashlight.core.ontrack.IndicatorRules}.
     */
    static String termOrderCase(String column) {
        return Arrays.stream(Term.values())
                .map(t -> "WHEN '" + t.code() + "' THEN " + t.ordinal())
                .collect(Collectors.joining(" ", "CASE " + column + " ", " END"));
    }

    /** The student-year facts every indicator reads, as temporary tables. */
    private static final String BASE_SQL = """
            CREATE OR REPLACE TEMP TABLE ot_stays AS
            SELECT school_year, student_id, grade_level, school_id, entry_date,
                   bool_or(exit_date IS NULL OR exit_code IN ('year_end', 'graduated'))
                       OVER (PARTITION BY school_year, student_id, grade_level) AS open_at_year_end,
                   row_number() OVER (PARTITION BY school_year, student_id, grade_level
                                      ORDER BY entry_date DESC, school_id DESC) AS latest
            FROM enrollments WHERE grade_level IN (8, 9) AND %3$s;
            CREATE OR REPLACE TEMP TABLE ot_students AS
            SELECT CAST(school_year AS INTEGER) AS school_year, student_id, grade_level, school_id, open_at_year_end
            FROM ot_stays WHERE latest = 1;
            CREATE OR REPLACE TEMP TABLE ot_marks AS
            SELECT CAST(c.school_year AS INTEGER) AS school_year, c.student_id, c.term, c.course_id,
                   %1$s AS month, %2$s AS term_order,
                   left(c.mark, 1) IN ('D', 'F') AS d_or_f,
                   c.grade_points IS NOT NULL AND c.mark NOT IN ('P', 'NP', 'I') AS in_gpa,
                   -- exact decimals: sums in any order give the same GPA to the last bit (determinism)
                   c.grade_points AS points, coalesce(c.credits_attempted, 1) AS credits,
                   coalesce(c.credits_earned, 0) AS earned, coalesce(c.advanced, false) AS advanced
            FROM course_grades c
            WHERE (c.school_year, c.student_id) IN (SELECT school_year, student_id FROM ot_students);
            CREATE OR REPLACE TEMP TABLE ot_year AS
            SELECT school_year, student_id,
                   sum(points * credits) FILTER (WHERE term = 'final' AND in_gpa)
                       / nullif(sum(credits) FILTER (WHERE term = 'final' AND in_gpa), 0) AS gpa,
                   count(*) FILTER (WHERE term = 'final' AND d_or_f) AS d_or_f_finals,
                   count(*) FILTER (WHERE d_or_f) AS d_or_f_marks,
                   count(DISTINCT course_id) FILTER (WHERE advanced) AS advanced_courses,
                   coalesce(sum(earned) FILTER (WHERE term = 'final'), 0) AS credits_earned
            FROM ot_marks GROUP BY school_year, student_id;
            CREATE OR REPLACE TEMP TABLE ot_attendance AS
            SELECT CAST(e.school_year AS INTEGER) AS school_year, e.student_id,
                   sum(e.days_present) / nullif(sum(e.days_enrolled), 0) AS rate
            FROM enrollments e
            WHERE (e.school_year, e.student_id) IN (SELECT school_year, student_id FROM ot_students)
            GROUP BY e.school_year, e.student_id;
            CREATE OR REPLACE TEMP TABLE ot_suspension_months AS
            SELECT CAST(school_year AS INTEGER) AS school_year, student_id,
                   CASE WHEN month(incident_date) >= 7 THEN month(incident_date) - 6 ELSE month(incident_date) + 6 END
                       AS month,
                   count(*) AS suspensions
            FROM discipline WHERE action IN ('suspension_in_school', 'suspension_out_of_school', 'expulsion') AND %3$s
            GROUP BY ALL;
            CREATE OR REPLACE TEMP TABLE ot_suspension_years AS
            SELECT school_year, student_id, sum(suspensions) AS suspensions FROM ot_suspension_months GROUP BY ALL;
            CREATE OR REPLACE TEMP TABLE ot_scores AS
            -- z = (x - mean) / population sd within test, subject, grade and year, from exact decimal sums (n, sum x,
            -- sum x^2), so that the result does not depend on the order DuckDB's threads add rows in
            WITH scored AS (
                SELECT CAST(school_year AS INTEGER) AS school_year, student_id, test, subject, grade_tested,
                       CAST(scale_score AS DECIMAL(38, 6)) AS scale_score -- wide enough for sums of squares
                FROM assessments
                WHERE %3$s AND participation = 'tested' AND scale_score IS NOT NULL AND subject IN ('ela', 'math')
                  AND test NOT IN ('ap', 'ib', 'sat', 'act', 'access', 'elpac')),
            moments AS (
                SELECT school_year, test, subject, grade_tested, count(*) AS n, sum(scale_score) AS s,
                       sum(scale_score * scale_score) AS ss
                FROM scored GROUP BY ALL),
            tested AS (
                SELECT x.school_year, x.student_id, x.subject,
                       (CAST(x.scale_score AS DOUBLE) - CAST(m.s AS DOUBLE) / m.n)
                           / nullif(sqrt(CAST(m.n * m.ss - m.s * m.s AS DOUBLE)) / m.n, 0) AS z
                FROM scored x JOIN moments m USING (school_year, test, subject, grade_tested))
            SELECT school_year, student_id, avg(z) FILTER (WHERE subject = 'ela') AS ela,
                   avg(z) FILTER (WHERE subject = 'math') AS math
            FROM tested GROUP BY school_year, student_id;
            CREATE OR REPLACE TEMP TABLE ot_sel AS
            SELECT CAST(school_year AS INTEGER) AS school_year, respondent_id AS student_id, avg(response) AS sel
            FROM surveys
            WHERE %3$s AND respondent_type = 'student'
              AND construct IN ('growth_mindset', 'self_efficacy', 'self_management', 'social_awareness')
            GROUP BY school_year, respondent_id;
            CREATE OR REPLACE TEMP TABLE ot_climate AS
            SELECT CAST(school_year AS INTEGER) AS school_year, school_id, avg(CASE WHEN favorable THEN 1.0 ELSE 0.0 END) AS climate
            FROM surveys
            WHERE %3$s AND respondent_type = 'student'
              AND construct IN ('support_for_learning', 'rules_and_fairness', 'safety', 'belonging')
            GROUP BY school_year, school_id;
            CREATE OR REPLACE TEMP TABLE ot_grade8 AS
            SELECT s.school_year, s.student_id, s.school_id, y.gpa, coalesce(y.d_or_f_finals, 0) AS d_or_f_finals,
                   a.rate AS attendance, coalesce(d.suspensions, 0) AS suspensions,
                   sc.ela, sc.math, coalesce(y.advanced_courses, 0) AS advanced_courses, sel.sel, cl.climate,
                   s.open_at_year_end
            FROM ot_students s
            LEFT JOIN ot_year y USING (school_year, student_id)
            LEFT JOIN ot_attendance a USING (school_year, student_id)
            LEFT JOIN ot_suspension_years d USING (school_year, student_id)
            LEFT JOIN ot_scores sc USING (school_year, student_id)
            LEFT JOIN ot_sel sel USING (school_year, student_id)
            LEFT JOIN ot_climate cl ON cl.school_year = s.school_year AND cl.school_id = s.school_id
            WHERE s.grade_level = 8;
            CREATE OR REPLACE TEMP TABLE ot_month_attendance AS
            SELECT CAST(m.school_year AS INTEGER) AS school_year, m.student_id,
                   CASE WHEN m.month >= 7 THEN m.month - 6 ELSE m.month + 6 END AS month,
                   m.days_enrolled, m.days_present
            FROM attendance_monthly m
            WHERE (m.school_year, m.student_id) IN (SELECT school_year, student_id FROM ot_students WHERE grade_level = 9);
            CREATE OR REPLACE TEMP TABLE ot_checkpoints AS
            SELECT DISTINCT school_year, student_id, month FROM (
                SELECT school_year, student_id, month FROM ot_marks WHERE month < 12
                UNION ALL
                SELECT school_year, student_id, max(month) FROM ot_month_attendance GROUP BY school_year, student_id)
            WHERE month < 12 AND (school_year, student_id) IN (SELECT school_year, student_id FROM ot_students WHERE grade_level = 9);
            -- what was known at each checkpoint: days so far, D and F marks of terms ended so far, suspensions so far
            CREATE OR REPLACE TEMP TABLE ot_checkpoint_attendance AS
            SELECT k.school_year, k.student_id, k.month, sum(m.days_present) / nullif(sum(m.days_enrolled), 0) AS rate
            FROM ot_checkpoints k
            JOIN ot_month_attendance m ON m.school_year = k.school_year AND m.student_id = k.student_id AND m.month <= k.month
            GROUP BY ALL;
            CREATE OR REPLACE TEMP TABLE ot_checkpoint_marks AS
            SELECT k.school_year, k.student_id, k.month, count(*) FILTER (WHERE mk.d_or_f) AS d_or_f_marks
            FROM ot_checkpoints k
            JOIN ot_marks mk ON mk.school_year = k.school_year AND mk.student_id = k.student_id AND mk.month <= k.month
            GROUP BY ALL;
            CREATE OR REPLACE TEMP TABLE ot_checkpoint_suspensions AS
            SELECT k.school_year, k.student_id, k.month, sum(d.suspensions) AS suspensions
            FROM ot_checkpoints k
            JOIN ot_suspension_months d ON d.school_year = k.school_year AND d.student_id = k.student_id AND d.month <= k.month
            GROUP BY ALL
            """;

    /** Grade-8 columns of a snapshot: from the same year (risk diagnostic) or the year before (grade 9). */
    private static final String GRADE8_COLUMNS = """
            g8.gpa AS g8_gpa, CASE WHEN g8.gpa IS NULL THEN 1.0 ELSE 0.0 END AS g8_gpa_missing,
            CAST(g8.d_or_f_finals AS DOUBLE) AS g8_d_or_f_finals, g8.attendance AS g8_attendance,
            CAST(g8.suspensions AS DOUBLE) AS g8_suspensions, g8.ela AS g8_ela_score, g8.math AS g8_math_score,
            CASE WHEN g8.ela IS NULL AND g8.math IS NULL THEN 1.0 ELSE 0.0 END AS g8_scores_missing,
            CAST(g8.advanced_courses AS DOUBLE) AS g8_advanced_courses""";

    private static final String SNAPSHOTS_SQL = """
            CREATE OR REPLACE TABLE ontrack_snapshots AS
            SELECT 'risk_diagnostic' AS indicator, g8.school_year, g8.student_id, g8.school_id, 12 AS checkpoint_month,
                   %1$s,
                   g8.sel AS sel_mean, CASE WHEN g8.sel IS NULL THEN 1.0 ELSE 0.0 END AS sel_missing,
                   g8.climate AS school_climate,
                   NULL::DOUBLE AS g9_months_into_year, NULL::DOUBLE AS g9_attendance, NULL::DOUBLE AS g9_term_gpa,
                   NULL::DOUBLE AS g9_term_gpa_missing, NULL::DOUBLE AS g9_d_or_f_marks, NULL::DOUBLE AS g9_suspensions,
                   NULL::DOUBLE AS g9_gpa, NULL::DOUBLE AS g9_gpa_missing, NULL::DOUBLE AS g9_credits_earned
            FROM ot_grade8 g8
            WHERE g8.open_at_year_end
            UNION ALL
            SELECT 'end_of_year', s.school_year, s.student_id, s.school_id, 12,
                   %1$s,
                   sel.sel, CASE WHEN sel.sel IS NULL THEN 1.0 ELSE 0.0 END, cl.climate,
                   12.0, a.rate, NULL, NULL, CAST(coalesce(y.d_or_f_marks, 0) AS DOUBLE),
                   CAST(coalesce(d.suspensions, 0) AS DOUBLE),
                   y.gpa, CASE WHEN y.gpa IS NULL THEN 1.0 ELSE 0.0 END, coalesce(y.credits_earned, 0)
            FROM ot_students s
            LEFT JOIN ot_grade8 g8 ON g8.school_year = s.school_year - 1 AND g8.student_id = s.student_id
            LEFT JOIN ot_year y ON y.school_year = s.school_year AND y.student_id = s.student_id
            LEFT JOIN ot_attendance a ON a.school_year = s.school_year AND a.student_id = s.student_id
            LEFT JOIN ot_suspension_years d ON d.school_year = s.school_year AND d.student_id = s.student_id
            LEFT JOIN ot_sel sel ON sel.school_year = s.school_year AND sel.student_id = s.student_id
            LEFT JOIN ot_climate cl ON cl.school_year = s.school_year AND cl.school_id = s.school_id
            WHERE s.grade_level = 9 AND s.open_at_year_end
            UNION ALL
            SELECT 'progress_monitoring', s.school_year, s.student_id, s.school_id, k.month,
                   %1$s,
                   sel.sel, CASE WHEN sel.sel IS NULL THEN 1.0 ELSE 0.0 END, cl.climate,
                   CAST(k.month AS DOUBLE), ka.rate,
                   t.gpa, CASE WHEN t.gpa IS NULL THEN 1.0 ELSE 0.0 END,
                   CAST(coalesce(km.d_or_f_marks, 0) AS DOUBLE), CAST(coalesce(kd.suspensions, 0) AS DOUBLE),
                   NULL, NULL, NULL
            FROM ot_students s
            JOIN ot_checkpoints k ON k.school_year = s.school_year AND k.student_id = s.student_id
            LEFT JOIN ot_checkpoint_attendance ka ON ka.school_year = k.school_year AND ka.student_id = k.student_id AND ka.month = k.month
            LEFT JOIN ot_checkpoint_marks km ON km.school_year = k.school_year AND km.student_id = k.student_id AND km.month = k.month
            LEFT JOIN ot_checkpoint_suspensions kd ON kd.school_year = k.school_year AND kd.student_id = k.student_id AND kd.month = k.month
            LEFT JOIN ot_grade8 g8 ON g8.school_year = s.school_year - 1 AND g8.student_id = s.student_id
            LEFT JOIN ot_sel sel ON sel.school_year = s.school_year - 1 AND sel.student_id = s.student_id
            LEFT JOIN ot_climate cl ON cl.school_year = s.school_year AND cl.school_id = s.school_id
            LEFT JOIN (
                -- the GPA of the latest term with marks ending by the checkpoint (R-8 during the year; NULL when that
                -- term has no letter mark with credits, as in IndicatorRules)
                SELECT k2.school_year, k2.student_id, k2.month,
                       arg_max_null(term_gpa, term_month * 100 + term_order) AS gpa
                FROM ot_checkpoints k2
                JOIN (SELECT school_year, student_id, term, month AS term_month, term_order,
                             sum(points * credits) FILTER (WHERE in_gpa) / nullif(sum(credits) FILTER (WHERE in_gpa), 0)
                                 AS term_gpa
                      FROM ot_marks WHERE term <> 'final'
                      GROUP BY school_year, student_id, term, month, term_order) tg
                  ON tg.school_year = k2.school_year AND tg.student_id = k2.student_id AND tg.term_month <= k2.month
                GROUP BY k2.school_year, k2.student_id, k2.month) t
              ON t.school_year = s.school_year AND t.student_id = s.student_id AND t.month = k.month
            WHERE s.grade_level = 9
            """.formatted(GRADE8_COLUMNS);

    /**
     * One row per student with any known outcome. Postsecondary outcomes come from postsecondary.csv
     * (persisted_second_year empty = not yet known); four-year graduation from graduation_cohorts.csv,
     * known once the cohort's fourth year is in the bundle, for students who stayed in the cohort.
     */
    private static final String LABELS_SQL = """
            CREATE OR REPLACE TABLE ontrack_labels AS
            WITH last_year AS (SELECT max(school_year) AS y FROM schools),
            post AS (
                SELECT student_id, persisted_second_year AS college_persistence,
                       enrolled_fall IS NOT NULL AND enrolled_fall <> 'none' AS college_enrollment,
                       a_g_complete AS a_g_completion
                FROM postsecondary),
            grad AS (
                SELECT g.student_id,
                       g.outcome = 'graduated' AND g.outcome_year <= g.cohort_year + 3 AS graduation
                FROM graduation_cohorts g, last_year l
                WHERE g.cohort_year + 3 <= l.y AND g.outcome NOT IN ('transferred_out', 'emigrated', 'deceased'))
            SELECT student_id, p.college_persistence, p.college_enrollment, p.a_g_completion, g.graduation
            FROM post p FULL OUTER JOIN grad g USING (student_id)
            """;

    /** The groups fairness is reported by, as of the snapshot's year (students.csv of that year). */
    private static final String GROUPS_SQL = """
            CREATE OR REPLACE TABLE ontrack_groups AS
            SELECT school_year, student_id, group_id FROM student_groups
            WHERE (school_year, student_id) IN (SELECT school_year, student_id FROM ot_students)
            """;

    /** The feature columns in {@link OnTrackFeature} order, for SELECT lists. */
    public static String featureColumns() {
        return Arrays.stream(OnTrackFeature.values()).map(OnTrackFeature::id).collect(Collectors.joining(", "));
    }
}
