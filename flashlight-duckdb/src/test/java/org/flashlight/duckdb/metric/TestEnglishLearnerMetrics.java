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
 * {@code el_redesignation} and {@code elp_progress} on a hand-made state: district D1 has
 * schools A and B, district D2 has school C, in 2023 and 2024. Every expected count is worked out
 * from metrics.md and docs/metrics/english-learners-and-readiness.md in the comments.
 *
 * <p>ACCESS proficient cut (cut_5 of the built-in definition, docs/tests.md): grade 4 = 366.
 */
class TestEnglishLearnerMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2023, 'A', 'Alder', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (3, 2023, 'B', 'Birch', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (4, 2023, 'C', 'Cedar', 'D2', 'Two', 0, 5, 'elementary', true, false, false),
                 (5, 2024, 'A', 'Alder', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (6, 2024, 'B', 'Birch', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (7, 2024, 'C', 'Cedar', 'D2', 'Two', 0, 5, 'elementary', true, false, false)""");
        // 2024 (school year 2023-24, ends June 30 2024). Reclassified this year = July 1 2023 .. June 30 2024;
        // long-term EL = el with el_entry_date <= June 30 2019 (five years before the year ends).
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, el_status, el_entry_date, reclassified_date) VALUES
                 (2, 2024, 'e1', 'rfep', DATE '2018-09-01', DATE '2024-06-30'),  -- last day of the year: reclassified
                 (3, 2024, 'e2', 'rfep', DATE '2018-09-01', DATE '2023-07-01'),  -- first day of the year: reclassified
                 (4, 2024, 'e3', 'rfep', DATE '2018-09-01', DATE '2024-07-01'),  -- next year: in neither count
                 (5, 2024, 'e4', 'rfep', DATE '2018-09-01', DATE '2023-06-30'),  -- last year: in neither count
                 (6, 2024, 'e5', 'el', DATE '2017-09-01', NULL),                 -- EL 6+ years, not reclassified
                 (7, 2024, 'e6', 'el', DATE '2021-09-01', NULL),                 -- EL 3 years: not in the denominator
                 (8, 2024, 'e7', 'el', DATE '2019-06-30', NULL),                 -- exactly five years: long-term
                 (9, 2024, 'e8', 'el', DATE '2019-07-01', NULL),                 -- one day short of five years
                 (10, 2024, 'e9', 'el', DATE '2015-09-01', NULL),                -- long-term, left A for B
                 (11, 2024, 'e10', 'rfep', DATE '2016-09-01', DATE '2024-01-15'), -- at A and at C at year end
                 (12, 2024, 'e11', 'el', NULL, NULL),                            -- no entry date: not counted
                 (13, 2024, 'e12', 'rfep', DATE '2016-09-01', DATE '2023-11-01')  -- left before year end""");
        db.execute("""
                INSERT INTO enrollments
                SELECT row_number() OVER () + 1, 2024, id, 'A', 4, DATE '2023-08-20', NULL, NULL, 180, 170
                FROM (VALUES ('e1'), ('e2'), ('e3'), ('e4'), ('e5'), ('e6'), ('e7'), ('e8'), ('e11')) t(id)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (20, 2024, 'e9', 'A', 4, DATE '2023-08-20', DATE '2024-03-01', 'transfer_in_state', 120, 110),
                 (21, 2024, 'e9', 'B', 4, DATE '2024-03-02', NULL, NULL, 60, 58),
                 (22, 2024, 'e10', 'A', 4, DATE '2023-08-20', DATE '2024-06-10', 'year_end', 180, 170),
                 (23, 2024, 'e10', 'C', 4, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (24, 2024, 'e12', 'A', 4, DATE '2023-08-20', DATE '2024-02-01', 'transfer_out_of_state', 100, 90)""");

        // elp_progress, pairs 2023 -> 2024. Years left = 5 - (2023 - school year of el_entry_date), within 1..5;
        // a date from July 1 on belongs to the next school year. Met when growth x years left >= 366 - first score.
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, el_status, el_entry_date, reclassified_date) VALUES
                 (30, 2023, 'p1', 'el', DATE '2021-08-25', NULL),   -- school year 2022: years left 5 - 1 = 4
                 (31, 2023, 'p2', 'el', DATE '2022-07-01', NULL),   -- school year 2023: years left 5
                 (32, 2023, 'p3', 'el', DATE '2022-06-30', NULL),   -- school year 2022: years left 4
                 (33, 2023, 'p4', 'el', DATE '2016-09-01', NULL),   -- school year 2017: 5 - 6 = -1 -> 1
                 (34, 2023, 'p5', 'el', DATE '2022-09-01', NULL),   -- school year 2023: years left 5
                 (35, 2023, 'p6', 'rfep', DATE '2019-09-01', DATE '2022-05-01'),  -- not el in the first year
                 (36, 2023, 'p7', 'el', DATE '2022-09-01', NULL),   -- no first-year score
                 (37, 2023, 'p8', 'el', DATE '2022-09-01', NULL),   -- absent in the second year
                 (38, 2023, 'p9', 'el', DATE '2020-09-01', NULL),   -- school year 2021: years left 3; rfep in 2024
                 (39, 2024, 'p9', 'rfep', DATE '2020-09-01', DATE '2024-05-20')""");
        db.execute("""
                INSERT INTO assessments VALUES
                 (2, 2023, 'p1', 'A', 'access', 'elp', 4, DATE '2023-02-01', 300, 2, 'tested', false),
                 (3, 2024, 'p1', 'A', 'access', 'elp', 5, DATE '2024-02-01', 322, 2, 'tested', false),
                 (4, 2023, 'p2', 'A', 'access', 'elp', 4, DATE '2023-02-01', 306, 2, 'tested', false),
                 (5, 2024, 'p2', 'A', 'access', 'elp', 5, DATE '2024-02-01', 318, 2, 'tested', false),
                 (6, 2023, 'p3', 'A', 'access', 'elp', 4, DATE '2023-02-01', 306, 2, 'tested', false),
                 (7, 2024, 'p3', 'A', 'access', 'elp', 5, DATE '2024-02-01', 318, 2, 'tested', false),
                 (8, 2023, 'p4', 'A', 'access', 'elp', 4, DATE '2023-02-01', 340, 3, 'tested', false),
                 (9, 2024, 'p4', 'A', 'access', 'elp', 5, DATE '2024-02-01', 366, 3, 'tested', false),
                 (10, 2023, 'p5', 'A', 'access', 'elp', 4, DATE '2023-02-01', 330, 3, 'tested', false),
                 (11, 2024, 'p5', 'B', 'access', 'elp', 5, DATE '2024-02-01', 331, 3, 'tested', false),
                 (12, 2024, 'p5', 'A', 'access', 'elp', 5, DATE '2024-03-01', 360, 4, 'tested', false),
                 (13, 2023, 'p6', 'A', 'access', 'elp', 4, DATE '2023-02-01', 300, 2, 'tested', false),
                 (14, 2024, 'p6', 'A', 'access', 'elp', 5, DATE '2024-02-01', 380, 5, 'tested', false),
                 (15, 2024, 'p7', 'A', 'access', 'elp', 5, DATE '2024-02-01', 330, 3, 'tested', false),
                 (16, 2023, 'p8', 'A', 'access', 'elp', 4, DATE '2023-02-01', 330, 3, 'tested', false),
                 (17, 2024, 'p8', 'A', 'access', 'elp', 5, DATE '2024-02-01', NULL, NULL, 'absent', false),
                 (18, 2023, 'p9', 'A', 'access', 'elp', 4, DATE '2023-02-01', 330, 3, 'tested', false),
                 (19, 2024, 'p9', 'A', 'access', 'elp', 5, DATE '2024-02-01', 370, 5, 'tested', false)""");
        db.execute("""
                CREATE TABLE student_groups AS SELECT * FROM (VALUES
                  (2024, 'e5', 'el'), (2024, 'e7', 'el'), (2024, 'e9', 'el'),
                  (2024, 'e1', 'el_ever'), (2024, 'e2', 'el_ever'), (2024, 'e5', 'el_ever'), (2024, 'e7', 'el_ever'),
                  (2024, 'p1', 'el'), (2024, 'p2', 'el'), (2024, 'p3', 'el'), (2024, 'p4', 'el'), (2024, 'p5', 'el'))
                t(school_year, student_id, group_id)""");
        compute();
    }

    private void compute() {
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void redesignationCountsTheYearsReclassifiedOverThemAndTheLongTermEnglishLearners() {
        // School A, enrolled at year end: e1..e8, e10, e11 (e9 and e12 left before year end).
        // Reclassified this year: e1 (June 30), e2 (July 1), e10 -> 3. Long-term EL: e5, e7 (entry June 30
        // 2019) -> denominator 5. e3, e4 (other years), e6 (3 years), e8 (July 1 2019), e11 (no date): out.
        assertThat(fraction(db, "el_redesignation", 2024, "school", "A", "all")).contains(List.of("3", "5"));
        // B: e9, long-term EL at B at year end -> 0 / 1. C: e10, reclassified -> 1 / 1.
        assertThat(fraction(db, "el_redesignation", 2024, "school", "B", "all")).contains(List.of("0", "1"));
        assertThat(fraction(db, "el_redesignation", 2024, "school", "C", "all")).contains(List.of("1", "1"));
    }

    @Test
    void aStudentAtTwoSchoolsCountsOnceInTheDistrictAndTheState() {
        // D1 (A and B): e1, e2, e10 reclassified; e5, e7, e9 long-term -> 3 / 6. D2 (C): e10 -> 1 / 1.
        assertThat(fraction(db, "el_redesignation", 2024, "district", "D1", "all")).contains(List.of("3", "6"));
        assertThat(fraction(db, "el_redesignation", 2024, "district", "D2", "all")).contains(List.of("1", "1"));
        // State: e10 once -> 3 / 6.
        assertThat(fraction(db, "el_redesignation", 2024, "state", "state", "all")).contains(List.of("3", "6"));
    }

    @Test
    void redesignationHasNoElGroupRow() {
        // e5 and e7 are el at A: el_redesignation would have an el row 0 / 2, but R-12 leaves it out.
        assertThat(fraction(db, "el_redesignation", 2024, "school", "A", "el")).isEmpty();
        // el_ever at A: e1, e2 reclassified, e5, e7 long-term -> 2 / 4.
        assertThat(fraction(db, "el_redesignation", 2024, "school", "A", "el_ever")).contains(List.of("2", "4"));
        // Other metrics keep their el rows (elp_progress at A, below: p1, p2, p3, p4 -> 3 / 4).
        assertThat(fraction(db, "elp_progress", 2024, "school", "A", "el")).contains(List.of("3", "4"));
    }

    @Test
    void progressComparesGrowthWithTheAnnualTargetExactly() {
        // School A in 2024 (second year's testing school):
        //  p1: 300 -> 322, years left 4: 22 x 4 = 88 >= 366 - 300 = 66 -> met.
        //  p2: 306 -> 318, years left 5: 12 x 5 = 60 >= 60 -> met (exactly the target, 12 a year).
        //  p3: same scores, entered June 30 2022 (one school year earlier), years left 4: 48 < 60 -> not met.
        //  p4: 340 -> 366, years left 1 (at least 1): 26 >= 26 -> met. (With the grade-5 cut, 374, it would
        //      not be: the target aims at the first test's grade.)
        //  p9: 330 -> 370, years left 3: 120 >= 36 -> met (el in 2023, rfep in 2024: still counted).
        //  p5 counts at B (its first 2024 row in file order); p6 was rfep in 2023; p7 has no 2023 score;
        //  p8 was absent in 2024 -> 4 / 5.
        assertThat(fraction(db, "elp_progress", 2024, "school", "A", "all")).contains(List.of("4", "5"));
        // B: p5 330 -> 331 (first 2024 row, line 11; the 360 at A on line 12 is ignored), years left 5:
        // 1 x 5 = 5 < 36 -> 0 / 1.
        assertThat(fraction(db, "elp_progress", 2024, "school", "B", "all")).contains(List.of("0", "1"));
        assertThat(fraction(db, "elp_progress", 2024, "district", "D1", "all")).contains(List.of("4", "6"));
        assertThat(fraction(db, "elp_progress", 2024, "state", "state", "all")).contains(List.of("4", "6"));
        // No pair ends in 2023 (no 2022 scores).
        assertThat(fraction(db, "elp_progress", 2023, "state", "state", "all")).isEmpty();
    }

    @Test
    void aBundleTestsRowMovesTheProficientCut() {
        // tests.csv raises the grade-4 ACCESS exit score to 370: p4 (340 -> 366, years left 1) needs 30 and
        // grew 26 -> not met; p1 (88 >= 70), p2 (60 >= 64? no: 12 x 5 = 60 < 64 -> not met), p9 (120 >= 40) met.
        // School A: p1, p9 -> 2 / 5.
        db.execute("INSERT INTO tests VALUES (2, 'access', 'elp', 4, 100, 600, 5, 5, 279, 309, 350, 370)");
        compute();
        assertThat(fraction(db, "elp_progress", 2024, "school", "A", "all")).contains(List.of("2", "5"));
    }
}
