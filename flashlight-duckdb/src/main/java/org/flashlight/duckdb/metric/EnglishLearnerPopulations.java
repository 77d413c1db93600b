package org.flashlight.duckdb.metric;

import java.util.stream.Collectors;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ReadinessSettings;

/**
 * The English-learner populations ({@code el_redesignation} R-12, {@code elp_progress}); the rules and
 * the choices metrics.md leaves open are in docs/metrics/english-learners-and-readiness.md.
 */
final class EnglishLearnerPopulations {
    private EnglishLearnerPopulations() {
    }

    /** R-2 on an {@code entity_stays} row: open at year end (no exit date, or exit code year_end or graduated). */
    static String openAtYearEnd(String stay) {
        return "(" + stay + ".exit_date IS NULL OR " + stay + ".exit_code IN ('year_end', 'graduated'))";
    }

    static String sql(MetricDefinition metric, ReadinessSettings settings) {
        return switch (metric.population()) {
            case EL_REDESIGNATION -> redesignation();
            case ELP_PROGRESS -> englishProficiencyProgress(settings);
            default -> throw new IllegalArgumentException("not an English-learner population: " + metric.population());
        };
    }

    /**
     * Reclassified this year: rfep with reclassified_date in July 1 (school_year - 1) .. June 30
     * (school_year). Long-term EL: el with el_entry_date on or before June 30 of school_year - 5 (five
     * years before this year ends); an el without el_entry_date is not counted. Everyone else (an EL of
     * fewer years, an rfep of an earlier or later year) is in neither count, so not in the population.
     */
    private static String redesignation() {
        return """
                WITH year_end AS (
                    SELECT DISTINCT s.school_year, s.level, s.entity_id, s.student_id FROM entity_stays s
                    WHERE %s),
                flagged AS (
                    SELECT y.*,
                           coalesce(st.el_status = 'rfep' AND st.reclassified_date
                               BETWEEN make_date(y.school_year - 1, 7, 1) AND make_date(y.school_year, 6, 30),
                               false) AS reclassified,
                           coalesce(st.el_status = 'el' AND st.el_entry_date <= make_date(y.school_year - 5, 6, 30),
                               false) AS long_term_el
                    FROM year_end y
                    JOIN students st ON st.school_year = y.school_year AND st.student_id = y.student_id)
                SELECT school_year, level, entity_id, student_id, reclassified
                FROM flagged WHERE reclassified OR long_term_el""".formatted(openAtYearEnd("s"));
    }

    /**
     * One English-proficiency score per student and year: the first row in file order that was tested
     * with a scale score (as R-7), whatever the school. A pair is that row in year Y-1 and in Y on the
     * same test; the student must be el in Y-1's students row, with an el_entry_date. The target aims at
     * the proficient cut of the first test's grade; years left = yearsToProficiency - the whole school
     * years from the school year of el_entry_date (a date from July 1 on belongs to the next school
     * year) to Y-1, kept within 1 .. yearsToProficiency. Met when growth x years left >= cut - first
     * score (the target without its division, so the comparison is exact). The result counts at the
     * school that tested the student in Y (its district and the state through {@code entity_map}), and at
     * the part of a split school whose grades hold the grade tested in Y.
     */
    private static String englishProficiencyProgress(ReadinessSettings settings) {
        String tests = settings.englishProficiencyTests().stream().map(t -> "'" + t + "'")
                .collect(Collectors.joining(", "));
        int years = settings.yearsToEnglishProficiency();
        return """
                WITH scores AS (
                    SELECT school_year, student_id, school_id, test, grade_tested, scale_score FROM (
                        SELECT a.*, row_number() OVER (PARTITION BY a.school_year, a.student_id ORDER BY a._line) AS nth
                        FROM assessments a
                        WHERE a.test IN (%1$s) AND a.subject = 'elp' AND a.participation = 'tested'
                          AND a.scale_score IS NOT NULL)
                    WHERE nth = 1),
                pairs AS (
                    SELECT second.school_year, second.school_id, second.student_id, second.test,
                           second.grade_tested, first.scale_score AS first_score, second.scale_score AS second_score,
                           d.proficient_cut,
                           least(%2$d, greatest(1, %2$d - (first.school_year
                               - (year(st.el_entry_date) + CASE WHEN month(st.el_entry_date) >= 7 THEN 1 ELSE 0 END))))
                               AS years_left
                    FROM scores second
                    JOIN scores first ON first.student_id = second.student_id
                         AND first.school_year = second.school_year - 1 AND first.test = second.test
                    JOIN students st ON st.school_year = first.school_year AND st.student_id = first.student_id
                    JOIN test_definitions d ON d.test = first.test AND d.subject = 'elp' AND d.grade = first.grade_tested
                    WHERE st.el_status = 'el' AND st.el_entry_date IS NOT NULL AND d.proficient_cut IS NOT NULL)
                SELECT p.school_year, m.level, m.entity_id, p.student_id, p.test, p.first_score, p.second_score,
                       p.proficient_cut, p.years_left,
                       (p.second_score - p.first_score) * p.years_left >= p.proficient_cut - p.first_score AS met_target
                FROM pairs p JOIN entity_map m ON m.school_year = p.school_year AND m.school_id = p.school_id
                     AND %3$s
                """.formatted(tests, years, FrameworkLevelParts.inGrades("m", "p.grade_tested"));
    }
}
