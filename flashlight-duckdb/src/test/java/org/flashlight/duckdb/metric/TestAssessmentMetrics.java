package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;
import static org.flashlight.duckdb.metric.MetricFixture.fraction;

import java.util.List;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proficiency, participation, average scale score and distance from standard on a hand-made
 * district (D1: schools A and B), school year 2024, census date 2023-10-01, SBAC ELA grade 5, whose
 * built-in definition (docs/tests.md) has proficient level 3 and a level-3 cut of 2502.
 */
class TestAssessmentMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createDistrict() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 0, 5, 'elementary', true, false, false)""");
        db.execute("INSERT INTO students (_line, school_year, student_id) SELECT i, 2024, 't' || i FROM range(1, 8) r(i)");
        db.execute("""
                INSERT INTO enrollments VALUES
                 -- t1: all year at A
                 (2, 2024, 't1', 'A', 5, DATE '2023-08-20', NULL, NULL, 180, 170),
                 -- t2: arrives at A the day after the census date: not FAY
                 (3, 2024, 't2', 'A', 5, DATE '2023-10-02', NULL, NULL, 150, 140),
                 -- t3: A until Dec 1, B from Dec 2 (continuous in D1, R-3): FAY in D1 only
                 (4, 2024, 't3', 'A', 5, DATE '2023-08-20', DATE '2023-12-01', 'transfer_in_state', 70, 65),
                 (5, 2024, 't3', 'B', 5, DATE '2023-12-02', NULL, NULL, 110, 100),
                 -- t4: all year at A, two ELA rows (R-7: the first in file order counts)
                 (6, 2024, 't4', 'A', 5, DATE '2023-08-20', NULL, NULL, 180, 175),
                 -- t5: all year at A, absent on test day
                 (7, 2024, 't5', 'A', 5, DATE '2023-08-20', NULL, NULL, 180, 150),
                 -- t6: left A on March 1, before the test date: not expected to test
                 (8, 2024, 't6', 'A', 5, DATE '2023-08-20', DATE '2024-03-01', 'transfer_out_of_state', 130, 120),
                 -- t7: grade 2, not a tested grade
                 (9, 2024, 't7', 'A', 2, DATE '2023-08-20', NULL, NULL, 180, 178)""");
        db.execute("""
                INSERT INTO assessments VALUES
                 (2, 2024, 't1', 'A', 'sbac', 'ela', 5, DATE '2024-04-15', 2510, 3, 'tested', false),
                 (3, 2024, 't2', 'A', 'sbac', 'ela', 5, DATE '2024-04-15', 2600, 4, 'tested', false),
                 (4, 2024, 't3', 'B', 'sbac', 'ela', 5, DATE '2024-04-15', 2450, 2, 'tested', false),
                 (5, 2024, 't4', 'A', 'sbac', 'ela', 5, DATE '2024-04-15', 2400, 1, 'tested', false),
                 (6, 2024, 't4', 'A', 'sbac', 'ela', 5, DATE '2024-05-01', 2620, 4, 'tested', false),
                 (7, 2024, 't5', 'A', 'sbac', 'ela', 5, DATE '2024-04-15', NULL, NULL, 'absent', false)""");
        db.execute("CREATE TABLE student_groups (school_year INTEGER, student_id VARCHAR, group_id VARCHAR)");
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void proficiencyCountsFayStudentsOnceWithTheirFirstRow() {
        // School A, FAY and tested with a level: t1 (level 3: proficient) and t4 (first row level 1: not);
        // t2 arrived after the census date -> 1 / 2.
        assertThat(fraction(db, "ela_proficiency", "school", "A", "all")).contains(List.of("1", "2"));
        // School B: t3 arrived on Dec 2 -> not FAY at B: no row.
        assertThat(fraction(db, "ela_proficiency", "school", "B", "all")).isEmpty();
        // District D1: t1, t3 (continuous span from Aug 20 in D1, level 2), t4 -> 1 / 3.
        assertThat(fraction(db, "ela_proficiency", "district", "D1", "all")).contains(List.of("1", "3"));
        assertThat(fraction(db, "ela_proficiency_3plus", "school", "A", "all")).contains(List.of("1", "2"));
    }

    @Test
    void averageScaleScoreAndDistanceFromStandardAreMeansOfTheSameStudents() {
        // School A: t1 2510 and t4 2400 -> sum 4910 over 2.
        assertThat(fraction(db, "ela_avg_scale_score", "school", "A", "all")).contains(List.of("4910", "2"));
        // DFS: (2510 - 2502) + (2400 - 2502) = 8 - 102 = -94 over 2.
        assertThat(fraction(db, "ela_dfs", "school", "A", "all")).contains(List.of("-94", "2"));
    }

    @Test
    void participationCountsStudentsEnrolledOnTheTestDateInATestedGrade() {
        // School A test date = 2024-04-15. Expected: t1, t2, t4, t5 (t3 left in December, t6 in March,
        // t7 is in grade 2); tested: t1, t2, t4 -> 3 / 4.
        assertThat(fraction(db, "ela_participation", "school", "A", "all")).contains(List.of("3", "4"));
        // School B: t3, tested -> 1 / 1. District D1: t1..t5 expected, t5 absent -> 4 / 5.
        assertThat(fraction(db, "ela_participation", "school", "B", "all")).contains(List.of("1", "1"));
        assertThat(fraction(db, "ela_participation", "district", "D1", "all")).contains(List.of("4", "5"));
    }

    @Test
    void aSchoolWithoutAssessmentRowsHasNoParticipationResult() {
        assertThat(fraction(db, "math_participation", "school", "A", "all")).isEmpty();
    }
}
