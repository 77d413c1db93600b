package org.flashlight.duckdb.growth;

import java.util.stream.Collectors;
import org.flashlight.core.metric.AssessmentSettings;

/**
 * The scores that enter growth: table {@code growth_scores(school_year, student_id, subject, test, grade,
 * school_id, scale_score)}, one per student, subject and year.
 *
 * <p>Which row: the one metrics.md R-7 picks, the first row in file order of an accountability test in a
 * tested grade with participation {@code tested} and a performance level, taken over the whole state (the
 * fit is about the student, wherever they tested: full-academic-year attribution applies when an entity's
 * median is taken, not here). That row enters only if it is a regular assessment with a scale score: the
 * alternate assessments (the {@code alternate} column true, or the tests msaa and caa, which have their own
 * scales and no regular-scale growth) are left out, so a student whose counted row is alternate has no SGP
 * that year.
 */
final class GrowthScores {
    /** Alternate assessments by test code, for bundles that leave the {@code alternate} column empty. */
    static final String ALTERNATE_TESTS = "'msaa', 'caa'";

    private GrowthScores() {
    }

    static String create(AssessmentSettings assessment) {
        String tests = assessment.tests().stream().map(t -> "'" + t.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        String grades = assessment.testedGrades().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return """
                CREATE OR REPLACE TEMP TABLE growth_scores AS
                SELECT school_year, student_id, subject, test, grade_tested AS grade, school_id,
                       CAST(scale_score AS DOUBLE) AS scale_score
                FROM (SELECT a.*, row_number() OVER (PARTITION BY a.school_year, a.student_id, a.subject
                                                     ORDER BY a._line) AS nth
                      FROM assessments a
                      WHERE a.test IN (%s) AND a.grade_tested IN (%s)
                        AND a.participation = 'tested' AND a.performance_level IS NOT NULL)
                WHERE nth = 1 AND scale_score IS NOT NULL AND NOT coalesce(alternate, false)
                  AND test NOT IN (%s)""".formatted(tests, grades, ALTERNATE_TESTS);
    }

    /**
     * Every current score with its consecutive priors: {@code prior_1} the same student's score in the
     * same subject and test one year and one grade earlier, {@code prior_k} k years and k grades earlier,
     * NULL where absent (a later prior counts only when every nearer one is there, which the caller checks).
     * Sorted by test, subject, grade, year and student, so the fits run in a fixed order.
     */
    static String progressions(int maxPriors) {
        StringBuilder select = new StringBuilder("SELECT c.test, c.subject, c.grade, c.school_year, c.student_id, "
                + "c.school_id, c.scale_score");
        StringBuilder joins = new StringBuilder(" FROM growth_scores c");
        for (int k = 1; k <= maxPriors; k++) {
            select.append(", p").append(k).append(".scale_score AS prior_").append(k);
            joins.append(" LEFT JOIN growth_scores p").append(k).append(" ON p").append(k)
                    .append(".student_id = c.student_id AND p").append(k).append(".subject = c.subject AND p")
                    .append(k).append(".test = c.test AND p").append(k).append(".school_year = c.school_year - ")
                    .append(k).append(" AND p").append(k).append(".grade = c.grade - ").append(k);
        }
        return select.append(joins).append(" WHERE p1.scale_score IS NOT NULL")
                .append(" ORDER BY c.test, c.subject, c.grade, c.school_year, c.student_id").toString();
    }

    /** Every score of a test, subject, grade and year, ascending: what the knots of a prior grade pool. */
    static String pooledScores() {
        return """
                SELECT test, subject, grade, school_year, list(scale_score ORDER BY scale_score) AS scores
                FROM growth_scores GROUP BY test, subject, grade, school_year""";
    }
}
