package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;
import static org.flashlight.duckdb.metric.MetricFixture.fraction;

import java.math.BigDecimal;
import java.util.List;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.ReadinessSettings;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code reenrollment}, {@code reenrollment_lea}, {@code sat_act_college_ready} and {@code college_career}
 * on a hand-made state, every expected count worked out from metrics.md and
 * docs/metrics/english-learners-and-readiness.md in the comments.
 *
 * <p>District D1: elementary schools A and B (KG-5), middle school M (6-8), and Z (KG-5, closed after
 * 2023: no 2024 row). District D2: high schools H and H2 (9-12) and elementary C (KG-5).
 * Re-enrollment is reported in 2024 from 2023 year-end stays; the census date of 2024 is 2023-10-01.
 */
class TestReenrollmentAndReadinessMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools
                SELECT row_number() OVER () + 1, y, id, id, d, d, lo, hi, kind, false, false, false
                FROM (VALUES ('A', 'D1', 0, 5, 'elementary'), ('B', 'D1', 0, 5, 'elementary'),
                             ('M', 'D1', 6, 8, 'middle'), ('C', 'D2', 0, 5, 'elementary'),
                             ('H', 'D2', 9, 12, 'high'), ('H2', 'D2', 9, 12, 'high')) s(id, d, lo, hi, kind),
                     (VALUES (2023), (2024)) y(y)""");
        db.execute("INSERT INTO schools VALUES (20, 2023, 'Z', 'Zinnia', 'D1', 'One', 0, 5, 'elementary', false, false, false)");
        db.execute("""
                INSERT INTO enrollments VALUES
                 -- r1: A grade 3 at the end of 2023, back at A all of 2024
                 (2, 2023, 'r1', 'A', 3, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (3, 2024, 'r1', 'A', 4, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- r2: A grade 4 (year_end), moves to B in the same district
                 (4, 2023, 'r2', 'A', 4, DATE '2022-08-22', DATE '2023-06-09', 'year_end', 180, 170),
                 (5, 2024, 'r2', 'B', 5, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- r3: A grade 5, A's terminal grade (A does not serve grade 6), goes on to M
                 (6, 2023, 'r3', 'A', 5, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (7, 2024, 'r3', 'M', 6, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- r4: A grade 2, back at A on the census date itself (inclusive)
                 (8, 2023, 'r4', 'A', 2, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (9, 2024, 'r4', 'A', 3, DATE '2023-10-01', NULL, NULL, 160, 150),
                 -- r5: A grade 2, back at A the day after the census date
                 (10, 2023, 'r5', 'A', 2, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (11, 2024, 'r5', 'A', 3, DATE '2023-10-02', NULL, NULL, 160, 150),
                 -- r6: left A in March 2023: not enrolled at year end, not expected back
                 (12, 2023, 'r6', 'A', 1, DATE '2022-08-22', DATE '2023-03-01', 'transfer_in_state', 120, 110),
                 (13, 2024, 'r6', 'A', 2, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- r7: A grade 3, moves to C in district D2
                 (14, 2023, 'r7', 'A', 3, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (15, 2024, 'r7', 'C', 4, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- r8: A grade 4, at A in 2024 until the census date (exit inclusive), then out of state
                 (16, 2023, 'r8', 'A', 4, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (17, 2024, 'r8', 'A', 5, DATE '2023-08-21', DATE '2023-10-01', 'transfer_out_of_state', 30, 30),
                 -- r9: Z grade 3; Z has no 2024 row; not enrolled anywhere in 2024
                 (18, 2023, 'r9', 'Z', 3, DATE '2022-08-22', NULL, NULL, 180, 170),
                 -- r10: two schools in 2023: A until February, B at year end; back at A in 2024
                 (19, 2023, 'r10', 'A', 3, DATE '2022-08-22', DATE '2023-02-01', 'transfer_in_state', 100, 95),
                 (20, 2023, 'r10', 'B', 3, DATE '2023-02-02', NULL, NULL, 80, 75),
                 (21, 2024, 'r10', 'A', 4, DATE '2023-08-21', NULL, NULL, 180, 170),
                 -- g1: H grade 11, graduated early: not expected back; g2: H grade 11, back at H
                 (22, 2023, 'g1', 'H', 11, DATE '2022-08-22', DATE '2023-06-01', 'graduated', 175, 170),
                 (23, 2023, 'g2', 'H', 11, DATE '2022-08-22', NULL, NULL, 180, 170),
                 (24, 2024, 'g2', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170)""");

        // sat_act_college_ready, 2024 grade 12 (SAT benchmarks ERW 480 and math 530 on one date, ACT 21).
        db.execute("""
                INSERT INTO enrollments VALUES
                 (40, 2024, 's1', 'H', 12, DATE '2023-08-21', DATE '2024-06-01', 'graduated', 180, 170),
                 (41, 2024, 's2', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (42, 2024, 's3', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (43, 2024, 's4', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (44, 2024, 's5', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (45, 2024, 's6', 'H', 12, DATE '2023-08-21', DATE '2024-01-15', 'transfer_out_of_state', 90, 85),
                 (46, 2024, 's7', 'H', 11, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (47, 2024, 's8', 'H', 12, DATE '2023-08-21', NULL, NULL, 180, 170),
                 (48, 2024, 's10', 'H', 12, DATE '2023-08-21', DATE '2023-12-15', 'transfer_in_state', 80, 75),
                 (49, 2024, 's10', 'H2', 12, DATE '2023-12-16', NULL, NULL, 100, 95)""");
        db.execute("""
                INSERT INTO assessments VALUES
                 -- s1: SAT in grade 11 (2023) at another school, both benchmarks on one date
                 (2, 2023, 's1', 'H2', 'sat', 'erw', 11, DATE '2023-03-04', 500, NULL, 'tested', false),
                 (3, 2023, 's1', 'H2', 'sat', 'math', 11, DATE '2023-03-04', 540, NULL, 'tested', false),
                 -- s2: ERW met (480, at the benchmark) on one date, math (530) on another: not met
                 (4, 2024, 's2', 'H', 'sat', 'erw', 12, DATE '2023-10-07', 480, NULL, 'tested', false),
                 (5, 2024, 's2', 'H', 'sat', 'math', 12, DATE '2023-10-07', 520, NULL, 'tested', false),
                 (6, 2024, 's2', 'H', 'sat', 'erw', 12, DATE '2024-03-09', 470, NULL, 'tested', false),
                 (7, 2024, 's2', 'H', 'sat', 'math', 12, DATE '2024-03-09', 530, NULL, 'tested', false),
                 -- s3: ACT composite 21, at the benchmark; s4: 20
                 (8, 2024, 's3', 'H', 'act', 'composite', 12, DATE '2023-10-28', 21, NULL, 'tested', false),
                 (9, 2024, 's4', 'H', 'act', 'composite', 12, DATE '2023-10-28', 20, NULL, 'tested', false),
                 -- s6 (left H in January) and s7 (grade 11) met the SAT benchmark: not grade-12 students at year end
                 (10, 2024, 's6', 'H', 'sat', 'erw', 12, DATE '2023-10-07', 600, NULL, 'tested', false),
                 (11, 2024, 's6', 'H', 'sat', 'math', 12, DATE '2023-10-07', 600, NULL, 'tested', false),
                 (12, 2024, 's7', 'H', 'sat', 'erw', 11, DATE '2023-10-07', 600, NULL, 'tested', false),
                 (13, 2024, 's7', 'H', 'sat', 'math', 11, DATE '2023-10-07', 600, NULL, 'tested', false),
                 -- s8: absent: did not take the test
                 (14, 2024, 's8', 'H', 'sat', 'erw', 12, DATE '2023-10-07', NULL, NULL, 'absent', false),
                 -- s10: ACT 25 while at H; at year end at H2
                 (15, 2024, 's10', 'H', 'act', 'composite', 12, DATE '2023-10-28', 25, NULL, 'tested', false)""");

        // college_career: cohort 2021 of H, reported in 2024 (H is in D2).
        db.execute("""
                INSERT INTO graduation_cohorts VALUES
                 (2, 2021, 'c1', 'H', 'graduated', 2024), (3, 2021, 'c2', 'H', 'graduated', 2024),
                 (4, 2021, 'c3', 'H', 'graduated', 2024), (5, 2021, 'c4', 'H', 'graduated', 2024),
                 (6, 2021, 'c5', 'H', 'graduated', 2024), (7, 2021, 'c6', 'H', 'graduated', 2023),
                 (8, 2021, 'c7', 'H', 'graduated', 2025), (9, 2021, 'c8', 'H', 'dropout', 2023),
                 (10, 2021, 'c9', 'H', 'graduated_alternative', 2024), (11, 2021, 'c10', 'H', 'graduated', 2024),
                 (12, 2021, 'c11', 'H', 'transferred_out', 2022)""");
        db.execute("""
                INSERT INTO postsecondary VALUES
                 (2, 'c1', 2024, 'four_year', NULL, true), (3, 'c2', 2024, 'two_year', NULL, false),
                 (4, 'c10', 2024, 'none', NULL, NULL), (5, 'c7', 2025, 'four_year', NULL, true)""");
        db.execute("""
                INSERT INTO assessments VALUES
                 -- c2: two AP exams at 3+ (calc_ab 3, us_history 4)
                 (30, 2023, 'c2', 'H', 'ap', 'calc_ab', 11, DATE '2023-05-08', 3, NULL, 'tested', false),
                 (31, 2024, 'c2', 'H', 'ap', 'us_history', 12, DATE '2024-05-06', 4, NULL, 'tested', false),
                 -- c3: one exam at 3+ twice (calc_ab 3 then 5) and biology 2: one exam, not two
                 (32, 2022, 'c3', 'H', 'ap', 'calc_ab', 10, DATE '2022-05-09', 3, NULL, 'tested', false),
                 (33, 2023, 'c3', 'H', 'ap', 'calc_ab', 11, DATE '2023-05-08', 5, NULL, 'tested', false),
                 (34, 2023, 'c3', 'H', 'ap', 'biology', 11, DATE '2023-05-10', 2, NULL, 'tested', false),
                 -- c4: grade-11 SBAC ELA 3, math 4: prepared
                 (35, 2023, 'c4', 'H', 'sbac', 'ela', 11, DATE '2023-04-12', 2600, 3, 'tested', false),
                 (36, 2023, 'c4', 'H', 'sbac', 'math', 11, DATE '2023-04-13', 2720, 4, 'tested', false),
                 -- c5: ELA 3 first in file order (a later ELA row says 4), math 3: both 3, none 4
                 (37, 2023, 'c5', 'H', 'sbac', 'ela', 11, DATE '2023-04-12', 2600, 3, 'tested', false),
                 (38, 2023, 'c5', 'H', 'sbac', 'math', 11, DATE '2023-04-13', 2630, 3, 'tested', false),
                 (39, 2023, 'c5', 'H', 'sbac', 'ela', 11, DATE '2023-05-20', 2690, 4, 'tested', false),
                 -- c6: ELA 4, math 2
                 (40, 2022, 'c6', 'H', 'sbac', 'ela', 11, DATE '2022-04-12', 2690, 4, 'tested', false),
                 (41, 2022, 'c6', 'H', 'sbac', 'math', 11, DATE '2022-04-13', 2550, 2, 'tested', false)""");
        db.execute("INSERT INTO students (_line, school_year, student_id) VALUES (2, 2024, 'c1')");
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2024, 'c1', 'swd'), (2024, 'r2', 'swd')) "
                + "t(school_year, student_id, group_id)");
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
    void reenrollmentAtTheSchoolAndInTheLea() {
        // A, expected back (at A at the end of 2023, next grade 1..5 served by A in 2024): r1 (3), r2 (4),
        // r4 (2), r5 (2), r7 (3), r8 (4) = 6. Not r3 (grade 5: A does not serve 6), r6 (left in March),
        // r10 (not at A at year end).
        // At A on 2023-10-01: r1, r4 (entered that day), r8 (left that day) -> 3 / 6.
        assertThat(fraction(db, "reenrollment", 2024, "school", "A", "all")).contains(List.of("3", "6"));
        // In A's district D1 on that day: also r2 (at B) -> 4 / 6. r5 arrived a day late, r7 went to D2.
        assertThat(fraction(db, "reenrollment_lea", 2024, "school", "A", "all")).contains(List.of("4", "6"));
        // B: r10 (grade 3 at year end, B serves 4), back at A, not B -> 0 / 1; in D1 -> 1 / 1.
        assertThat(fraction(db, "reenrollment", 2024, "school", "B", "all")).contains(List.of("0", "1"));
        assertThat(fraction(db, "reenrollment_lea", 2024, "school", "B", "all")).contains(List.of("1", "1"));
        // H: g2 (grade 11) back; g1 graduated: not expected -> 1 / 1.
        assertThat(fraction(db, "reenrollment", 2024, "school", "H", "all")).contains(List.of("1", "1"));
        // Groups of the reported year: r2 (swd) at A, not back at A -> 0 / 1; back in the LEA -> 1 / 1.
        assertThat(fraction(db, "reenrollment", 2024, "school", "A", "swd")).contains(List.of("0", "1"));
        assertThat(fraction(db, "reenrollment_lea", 2024, "school", "A", "swd")).contains(List.of("1", "1"));
    }

    @Test
    void aSchoolAbsentInTheReportedYearHasNoResult() {
        assertThat(fraction(db, "reenrollment", 2024, "school", "Z", "all")).isEmpty();
        // Nothing is reported in 2023: no 2022 stays.
        assertThat(fraction(db, "reenrollment", 2023, "state", "state", "all")).isEmpty();
    }

    @Test
    void districtAndStateReenrollmentPoolTheirSchools() {
        // D1 at the end of 2023: r1, r2, r3 (grade 5: D1 serves 6 at M), r4, r5, r7, r8, r9 (Z closed, but
        // D1 still serves grade 4), r10 (once, at B at year end) = 9. In D1 on 2023-10-01: r1, r2, r3, r4,
        // r8, r10 -> 6 / 9, the same for reenrollment_lea.
        assertThat(fraction(db, "reenrollment", 2024, "district", "D1", "all")).contains(List.of("6", "9"));
        assertThat(fraction(db, "reenrollment_lea", 2024, "district", "D1", "all")).contains(List.of("6", "9"));
        // D2: g2 -> 1 / 1. State: D1's 9 plus g2 = 10; back in the state: the 6, r7 (at C), g2 -> 8 / 10.
        assertThat(fraction(db, "reenrollment", 2024, "district", "D2", "all")).contains(List.of("1", "1"));
        assertThat(fraction(db, "reenrollment", 2024, "state", "state", "all")).contains(List.of("8", "10"));
    }

    @Test
    void satActCountsGrade12TakersAndBenchmarksMetOnOneSatDate() {
        // H, grade 12 at year end: s1 (graduated counts as year end), s2, s3, s4, s5, s8 (s6 left, s7 is
        // grade 11, s10 left for H2). Took the SAT or ACT: s1 (2023 at H2), s2, s3, s4 = 4 (s5 none, s8 absent).
        // Met: s1 (500/540 on one date), s3 (ACT 21); s2 met ERW and math only on different dates; s4 20 -> 2 / 4.
        assertThat(fraction(db, "sat_act_college_ready", 2024, "school", "H", "all")).contains(List.of("2", "4"));
        // H2: s10 (ACT 25 taken at H) -> 1 / 1. D2: s1, s2, s3, s4, s10 -> 3 / 5.
        assertThat(fraction(db, "sat_act_college_ready", 2024, "school", "H2", "all")).contains(List.of("1", "1"));
        assertThat(fraction(db, "sat_act_college_ready", 2024, "district", "D2", "all")).contains(List.of("3", "5"));
    }

    @Test
    void theActBenchmarkIsAParameter() {
        // ACT benchmark 20: s4 (20) meets it too -> H 3 / 4.
        var settings = ReadinessSettings.DEFAULT.withActCompositeBenchmark(new BigDecimal("20"));
        assertThat(population("sat_act_college_ready", settings, "met_benchmark", "H")).containsExactly(3L, 4L);
    }

    @Test
    void collegeCareerCountsPreparedGraduatesOfTheFourYearCohort() {
        // Graduates of cohort 2021 by 2024: c1, c2, c3, c4, c5, c6 (2023), c10 = 7 (c7 graduated in 2025,
        // c8 dropped out, c9 has an alternative diploma, c11 left the cohort).
        // Prepared: c1 (a_g_complete), c2 (two AP exams at 3+), c4 (SBAC 3 and 4). Not: c3 (one exam at 3+,
        // taken twice), c5 (first ELA row 3, math 3), c6 (math 2), c10 (a_g_complete empty) -> 3 / 7.
        assertThat(fraction(db, "college_career", 2024, "school", "H", "all")).contains(List.of("3", "7"));
        assertThat(fraction(db, "college_career", 2024, "district", "D2", "all")).contains(List.of("3", "7"));
        assertThat(fraction(db, "college_career", 2024, "state", "state", "all")).contains(List.of("3", "7"));
        // Groups from the nearest students row: c1 is swd in 2024 -> 1 / 1.
        assertThat(fraction(db, "college_career", 2024, "school", "H", "swd")).contains(List.of("1", "1"));
    }

    @Test
    void eachCollegeCareerMeasureCanBeSwitchedOff() {
        // Without A-G: c2, c4 -> 2 / 7; without AP: c1, c4 -> 2 / 7; without the grade-11 tests: c1, c2 -> 2 / 7;
        // A-G only: c1 -> 1 / 7.
        assertThat(population("college_career", ReadinessSettings.DEFAULT.withPreparedMeasures(false, true, true),
                "prepared", "H")).containsExactly(2L, 7L);
        assertThat(population("college_career", ReadinessSettings.DEFAULT.withPreparedMeasures(true, false, true),
                "prepared", "H")).containsExactly(2L, 7L);
        assertThat(population("college_career", ReadinessSettings.DEFAULT.withPreparedMeasures(true, true, false),
                "prepared", "H")).containsExactly(2L, 7L);
        assertThat(population("college_career", ReadinessSettings.DEFAULT.withPreparedMeasures(true, false, false),
                "prepared", "H")).containsExactly(1L, 7L);
    }

    @Test
    void withoutPostsecondaryRowsOfTheYearCollegeCareerIsNotComputable() {
        // postsecondary.csv without 2024 leavers (only c7's 2025 row left): the A-G measure cannot be read
        // for 2024, so no college_career rows rather than A-G counted as "no".
        db.execute("DELETE FROM postsecondary WHERE hs_exit_year = 2024");
        compute();
        assertThat(fraction(db, "college_career", 2024, "school", "H", "all")).isEmpty();
        // postsecondary.csv absent (an empty table): the same.
        db.execute("DELETE FROM postsecondary");
        compute();
        assertThat(fraction(db, "college_career", 2024, "school", "H", "all")).isEmpty();
        assertThat(fraction(db, "college_career", 2024, "state", "state", "all")).isEmpty();
        // With the A-G measure off the other two still count: c2, c4 -> 2 / 7.
        assertThat(population("college_career", ReadinessSettings.DEFAULT.withPreparedMeasures(false, true, true),
                "prepared", "H")).containsExactly(2L, 7L);
        // The other metrics of this family need no optional file and are unchanged.
        assertThat(fraction(db, "reenrollment", 2024, "school", "A", "all")).contains(List.of("3", "6"));
    }

    /** Numerator and denominator of a population computed with other settings, at school {@code school} in 2024. */
    private List<Long> population(String metric, ReadinessSettings settings, String condition, String school) {
        String sql = ReenrollmentAndReadinessPopulations.sql(MetricCatalog.find(metric).orElseThrow(),
                AssessmentSettings.DEFAULT, settings);
        return List.of(
                db.queryLong("SELECT count(*) FROM (" + sql + ") WHERE " + condition
                        + " AND school_year = 2024 AND level = 'school' AND entity_id = '" + school + "'"),
                db.queryLong("SELECT count(*) FROM (" + sql + ") WHERE school_year = 2024 AND level = 'school' "
                        + "AND entity_id = '" + school + "'"));
    }
}
