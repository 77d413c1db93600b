package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.counts;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;

import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * hs_readiness, the ninth-grade metrics, grade9_course_success and advanced_coursework (metrics.md
 * R-8 .. R-10, docs/metrics/course-marks.md) on a hand-made state, school year 2024: district D1 has
 * middle school A and school B (grades 6-12), district D2 has high school C. Every expected value is
 * worked out from the rules in the comments. Marks are {@code final} with 1 credit unless said.
 */
class TestCourseMarkMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', 6, 8, 'middle', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 6, 12, 'k12', false, false, false),
                 (4, 2024, 'C', 'Cedar', 'D2', 'Two', 9, 12, 'high', true, false, false)""");
        gradeEightStudents();
        gradeNineStudents();
        gradeElevenAndTwelveStudents();
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2024, 'e2', 'swd'), (2024, 'e4', 'swd'), "
                + "(2024, 'n2', 'swd')) t(school_year, student_id, group_id)");
        compute();
    }

    /**
     * Grade 8, all year at A unless said. Attendance is 180 of 180 days unless said.
     * e1 ready: GPA (4.0 + 3.0) / 2 = 3.5; 173 of 180 days (96.1%); an `other` discipline action only.
     * e2 ready: B+ 3.3 and C- 1.7 at 1.5 credits: 4.95 + 2.55 = 7.5 >= 2.5 x 3 = 7.5 (exactly 2.5; a double
     *    mean is 2.4999999999999996).
     * e3 ready: 144 of 150 days, exactly 96% (100 x 144 = 96 x 150); GPA 3.0 from one mark with empty
     *    credits (weight 1); its stay ends with exit code year_end, so it is open at year end.
     * e4 not ready: 143 of 149 days = 95.97% (14300 < 14304), GPA 4.0.
     * e5 ready, at B only: grade 8 at A until January (transfer: not a year-end grade-8 student of A),
     *    then at B to year end. GPA from both schools: A's math A 4.0 and B's ela C 2.0 = 3.0 (B's marks
     *    alone: 2.0, fails). Attendance over both stays: 88 + 86 of 90 + 90 = 174 of 180 = 96.7% (B's
     *    stay alone: 86 of 90 = 95.6%, fails).
     * e6 ready: a D+ in math in term q2 (not a final mark), final math B, ela A.
     * e7 not ready: final D in ela (GPA (1 + 4 + 4 + 4) / 4 = 3.25).
     * e8 ready: final F in pe (not ela or math); GPA (4 + 4 + 0) / 3 = 2.67.
     * e9 not ready: an in-school suspension at school B (any school counts).
     * e10 not ready: only P marks, so no GPA. e11 not ready: no course marks at all, so no GPA.
     * e12 is in grade 7: not in the population.
     */
    private void gradeEightStudents() {
        db.execute("""
                INSERT INTO enrollments VALUES
                 (2, 2024, 'e1', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 173),
                 (3, 2024, 'e2', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (4, 2024, 'e3', 'A', 8, DATE '2023-08-20', DATE '2024-06-10', 'year_end', 150, 144),
                 (5, 2024, 'e4', 'A', 8, DATE '2023-08-20', NULL, NULL, 149, 143),
                 (6, 2024, 'e5', 'A', 8, DATE '2023-08-20', DATE '2024-01-15', 'transfer_in_state', 90, 88),
                 (7, 2024, 'e5', 'B', 8, DATE '2024-01-16', NULL, NULL, 90, 86),
                 (8, 2024, 'e6', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (9, 2024, 'e7', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (10, 2024, 'e8', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (11, 2024, 'e9', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (12, 2024, 'e10', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (13, 2024, 'e11', 'A', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (14, 2024, 'e12', 'A', 7, DATE '2023-08-20', NULL, NULL, 180, 180)""");
        marks("""
                ('e1', 'A', 'final', 'ela8', 'ela', 'A', 4.0, 1, 1, false),
                ('e1', 'A', 'final', 'math8', 'math', 'B', 3.0, 1, 1, false),
                ('e2', 'A', 'final', 'ela8', 'ela', 'B+', 3.3, 1.5, 1.5, false),
                ('e2', 'A', 'final', 'math8', 'math', 'C-', 1.7, 1.5, 1.5, false),
                ('e3', 'A', 'final', 'math8', 'math', 'B', 3.0, NULL, NULL, false),
                ('e4', 'A', 'final', 'ela8', 'ela', 'A', 4.0, 1, 1, false),
                ('e4', 'A', 'final', 'math8', 'math', 'A', 4.0, 1, 1, false),
                ('e5', 'A', 'final', 'math8', 'math', 'A', 4.0, 1, 1, false),
                ('e5', 'B', 'final', 'ela8', 'ela', 'C', 2.0, 1, 1, false),
                ('e6', 'A', 'q2', 'math8', 'math', 'D+', 1.3, 1, 0, false),
                ('e6', 'A', 'final', 'math8', 'math', 'B', 3.0, 1, 1, false),
                ('e6', 'A', 'final', 'ela8', 'ela', 'A', 4.0, 1, 1, false),
                ('e7', 'A', 'final', 'ela8', 'ela', 'D', 1.0, 1, 1, false),
                ('e7', 'A', 'final', 'math8', 'math', 'A', 4.0, 1, 1, false),
                ('e7', 'A', 'final', 'sci8', 'science', 'A', 4.0, 1, 1, false),
                ('e7', 'A', 'final', 'soc8', 'social_studies', 'A', 4.0, 1, 1, false),
                ('e8', 'A', 'final', 'ela8', 'ela', 'A', 4.0, 1, 1, false),
                ('e8', 'A', 'final', 'math8', 'math', 'A', 4.0, 1, 1, false),
                ('e8', 'A', 'final', 'pe8', 'pe', 'F', 0.0, 1, 0, false),
                ('e9', 'A', 'final', 'ela8', 'ela', 'A', 4.0, 1, 1, false),
                ('e9', 'A', 'final', 'math8', 'math', 'A', 4.0, 1, 1, false),
                ('e10', 'A', 'final', 'ela8', 'ela', 'P', NULL, 1, 1, false),
                ('e10', 'A', 'final', 'math8', 'math', 'P', NULL, 1, 1, false),
                ('e12', 'A', 'final', 'ela7', 'ela', 'A', 4.0, 1, 1, false)""");
        db.execute("""
                INSERT INTO discipline VALUES
                 (2, 2024, 'e1', 'A', DATE '2023-11-01', 'other', 1),
                 (3, 2024, 'e9', 'B', DATE '2024-02-01', 'suspension_in_school', 1)""");
    }

    /**
     * Grade 9 at C to year end unless said; on track / no D or F / GPA >= 2.5 / passed all courses:
     * n1 yes/yes/yes/yes: two stays at C (left in November, back in November; counted once); q1 B,
     *    finals A and B: GPA 3.5.
     * n2 yes/yes/yes/yes: B+ 3.3 and C- 1.7 at 1.5 credits: exactly 2.5.
     * n3 no/no/yes/yes: D+ in math in term q2; finals math B, ela A: GPA 3.5, both passed.
     * n4 no/no/yes/yes: final D in science (a D passes): GPA (4 + 4 + 1) / 3 = 3.0.
     * n5 no/no/yes/no: final F in pe: GPA (4 + 4 + 0) / 3 = 2.67.
     * n6 no/yes/no/no: finals P and NP only: no GPA; NP is not passed (and does not begin with D or F).
     * n7 no/yes/no/no: no course marks at all: no D or F, no GPA, no final mark passed.
     * n8 yes/yes/yes/yes: grade 9 at B until January (transfer: not counted at B or D1), then at C. GPA
     *    over both schools: (A 4.0 x 2 credits at B + C 2.0 + C 2.0 at C) / 4 = 3.0 (C's marks alone: 2.0).
     * n9 yes/yes/yes/no: final ela A, final math I (incomplete: no GPA weight, not passed).
     * n10 no/yes/no/yes: one final A at 0 credits attempted: no credits, so no GPA; the A is passed.
     */
    private void gradeNineStudents() {
        db.execute("""
                INSERT INTO enrollments VALUES
                 (20, 2024, 'n1', 'C', 9, DATE '2023-08-20', DATE '2023-11-01', 'transfer_in_state', 50, 48),
                 (21, 2024, 'n1', 'C', 9, DATE '2023-11-05', NULL, NULL, 130, 125),
                 (22, 2024, 'n2', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (23, 2024, 'n3', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (24, 2024, 'n4', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (25, 2024, 'n5', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (26, 2024, 'n6', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (27, 2024, 'n7', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (28, 2024, 'n8', 'B', 9, DATE '2023-08-20', DATE '2024-01-15', 'transfer_in_state', 90, 85),
                 (29, 2024, 'n8', 'C', 9, DATE '2024-01-16', NULL, NULL, 90, 85),
                 (30, 2024, 'n9', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (31, 2024, 'n10', 'C', 9, DATE '2023-08-20', NULL, NULL, 180, 170)""");
        marks("""
                ('n1', 'C', 'q1', 'eng9', 'ela', 'B', 3.0, 1, 0, false),
                ('n1', 'C', 'final', 'eng9', 'ela', 'A', 4.0, 1, 1, false),
                ('n1', 'C', 'final', 'alg1', 'math', 'B', 3.0, 1, 1, false),
                ('n2', 'C', 'final', 'eng9', 'ela', 'B+', 3.3, 1.5, 1.5, false),
                ('n2', 'C', 'final', 'alg1', 'math', 'C-', 1.7, 1.5, 1.5, false),
                ('n3', 'C', 'q2', 'alg1', 'math', 'D+', 1.3, 1, 0, false),
                ('n3', 'C', 'final', 'alg1', 'math', 'B', 3.0, 1, 1, false),
                ('n3', 'C', 'final', 'eng9', 'ela', 'A', 4.0, 1, 1, false),
                ('n4', 'C', 'final', 'eng9', 'ela', 'A', 4.0, 1, 1, false),
                ('n4', 'C', 'final', 'alg1', 'math', 'A', 4.0, 1, 1, false),
                ('n4', 'C', 'final', 'bio', 'science', 'D', 1.0, 1, 1, false),
                ('n5', 'C', 'final', 'eng9', 'ela', 'A', 4.0, 1, 1, false),
                ('n5', 'C', 'final', 'alg1', 'math', 'A', 4.0, 1, 1, false),
                ('n5', 'C', 'final', 'pe9', 'pe', 'F', 0.0, 1, 0, false),
                ('n6', 'C', 'final', 'eng9', 'ela', 'P', NULL, 1, 1, false),
                ('n6', 'C', 'final', 'alg1', 'math', 'NP', NULL, 1, 0, false),
                ('n8', 'B', 'final', 'alg1', 'math', 'A', 4.0, 2, 2, false),
                ('n8', 'C', 'final', 'eng9', 'ela', 'C', 2.0, 1, 1, false),
                ('n8', 'C', 'final', 'bio', 'science', 'C', 2.0, 1, 1, false),
                ('n9', 'C', 'final', 'eng9', 'ela', 'A', 4.0, 1, 1, false),
                ('n9', 'C', 'final', 'alg1', 'math', 'I', NULL, 1, 0, false),
                ('n10', 'C', 'final', 'adv9', 'other', 'A', 4.0, 0, 0, false)""");
    }

    /**
     * Grades 11-12 (any stay that year) and whether they completed an advanced course:
     * a1 (C, 11) yes: AP course with 1 credit earned. a2 (C, 12) no: AP course failed, 0 credits earned.
     * a3 (C, 11) no: AP course with empty credits_earned; a regular course with an empty advanced flag.
     * a4 (B, 12) yes: a semester (s1) AP mark with 0.5 credits earned.
     * a5 (C, 11) no: dropped out in December without marks, still a grade-11 student of C.
     * a6 (12) yes: at B until January, where it earned an AP semester credit, then at C: counted at both.
     * a7 (C, 10) is in grade 10: not in the population despite an AP credit.
     */
    private void gradeElevenAndTwelveStudents() {
        db.execute("""
                INSERT INTO enrollments VALUES
                 (40, 2024, 'a1', 'C', 11, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (41, 2024, 'a2', 'C', 12, DATE '2023-08-20', NULL, 'graduated', 180, 170),
                 (42, 2024, 'a3', 'C', 11, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (43, 2024, 'a4', 'B', 12, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (44, 2024, 'a5', 'C', 11, DATE '2023-08-20', DATE '2023-12-01', 'dropout', 70, 50),
                 (45, 2024, 'a6', 'B', 12, DATE '2023-08-20', DATE '2024-01-15', 'transfer_in_state', 90, 85),
                 (46, 2024, 'a6', 'C', 12, DATE '2024-01-16', NULL, NULL, 90, 85),
                 (47, 2024, 'a7', 'C', 10, DATE '2023-08-20', NULL, NULL, 180, 170)""");
        marks("""
                ('a1', 'C', 'final', 'apeng', 'ela', 'A', 4.0, 1, 1, true),
                ('a2', 'C', 'final', 'apcalc', 'math', 'F', 0.0, 1, 0, true),
                ('a3', 'C', 'final', 'apbio', 'science', 'B', 3.0, 1, NULL, true),
                ('a3', 'C', 'final', 'eng11', 'ela', 'A', 4.0, 1, 1, NULL),
                ('a4', 'B', 's1', 'apgov', 'social_studies', 'B', 3.0, 0.5, 0.5, true),
                ('a6', 'B', 's1', 'apstat', 'math', 'B', 3.0, 0.5, 0.5, true),
                ('a7', 'C', 'final', 'apwh', 'social_studies', 'A', 4.0, 1, 1, true)""");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void hsReadinessNeedsGpaAttendanceNoFinalDOrFInElaOrMathAndNoSuspension() {
        // School A: e1, e2, e3, e4, e6, e7, e8, e9, e10, e11 (e5 left in January, e12 is in grade 7);
        // ready: e1, e2, e3, e6, e8 -> 5 / 10.
        assertThat(counts(db, "hs_readiness", "school", "A", "all")).contains(counts(5, 10, 10));
        // swd: e2 (ready) and e4 (95.97% attendance) -> 1 / 2.
        assertThat(counts(db, "hs_readiness", "school", "A", "swd")).contains(counts(1, 2, 2));
    }

    @Test
    void aStudentAtTwoSchoolsCountsWhereEnrolledAtYearEndWithMarksAndDaysFromBoth() {
        // School B: e5 only, ready on marks and days of A and B together -> 1 / 1.
        assertThat(counts(db, "hs_readiness", "school", "B", "all")).contains(counts(1, 1, 1));
        // District D1 pools A and B: the ten of A plus e5, counted once -> 6 / 11; the state the same.
        assertThat(counts(db, "hs_readiness", "district", "D1", "all")).contains(counts(6, 11, 11));
        assertThat(counts(db, "hs_readiness", "state", "state", "all")).contains(counts(6, 11, 11));
        assertThat(counts(db, "hs_readiness", "district", "D2", "all")).isEmpty();
    }

    @Test
    void ninthGradeOnTrackAndItsTwoCriteria() {
        // School C, grade 9 at year end: n1 .. n10 (n1 once despite two stays) = 10.
        // on track: n1, n2, n8, n9 -> 4 / 10.
        assertThat(counts(db, "ninth_grade_on_track", "school", "C", "all")).contains(counts(4, 10, 10));
        // no D or F mark in any term: all but n3 (q2 D+), n4 (final D), n5 (final F) -> 7 / 10.
        assertThat(counts(db, "ninth_grade_no_df", "school", "C", "all")).contains(counts(7, 10, 10));
        // GPA >= 2.5: all but n6 (P/NP only), n7 (no marks), n10 (no credits) -> 7 / 10.
        assertThat(counts(db, "ninth_grade_gpa_2_5", "school", "C", "all")).contains(counts(7, 10, 10));
        // swd: n2, on track at exactly 2.5 -> 1 / 1.
        assertThat(counts(db, "ninth_grade_on_track", "school", "C", "swd")).contains(counts(1, 1, 1));
    }

    @Test
    void ninthGradersCountOnlyWhereTheirGradeNineStayIsOpenAtYearEnd() {
        // n8's grade-9 stay at B ended with a transfer: no grade-9 student at B or in D1, so no row.
        assertThat(counts(db, "ninth_grade_on_track", "school", "B", "all")).isEmpty();
        assertThat(counts(db, "ninth_grade_on_track", "district", "D1", "all")).isEmpty();
        assertThat(counts(db, "ninth_grade_on_track", "district", "D2", "all")).contains(counts(4, 10, 10));
        assertThat(counts(db, "ninth_grade_gpa_2_5", "state", "state", "all")).contains(counts(7, 10, 10));
    }

    @Test
    void gradeNineCourseSuccessNeedsEveryFinalMarkPassedAndAtLeastOne() {
        // passed all: n1, n2, n3, n4 (D passes), n8, n10; not: n5 (F), n6 (NP), n7 (no final marks),
        // n9 (I) -> 6 / 10.
        assertThat(counts(db, "grade9_course_success", "school", "C", "all")).contains(counts(6, 10, 10));
    }

    @Test
    void advancedCourseworkCountsGrade11And12StudentsWithAnAdvancedCreditAnywhere() {
        // School C: a1 (yes), a2, a3, a5, a6 (yes, credit earned at B) -> 2 / 5; a7 is in grade 10.
        assertThat(counts(db, "advanced_coursework", "school", "C", "all")).contains(counts(2, 5, 5));
        // School B: a4 and a6 -> 2 / 2; D1 the same, D2 as C; the state: a1 .. a6, a6 once -> 3 / 6.
        assertThat(counts(db, "advanced_coursework", "school", "B", "all")).contains(counts(2, 2, 2));
        assertThat(counts(db, "advanced_coursework", "district", "D1", "all")).contains(counts(2, 2, 2));
        assertThat(counts(db, "advanced_coursework", "district", "D2", "all")).contains(counts(2, 5, 5));
        assertThat(counts(db, "advanced_coursework", "state", "state", "all")).contains(counts(3, 6, 6));
    }

    @Test
    void withoutTheAdvancedColumnAdvancedCourseworkIsNotComputed() {
        // A bundle whose course_grades has no `advanced` column loads it as empty everywhere.
        db.execute("UPDATE course_grades SET advanced = NULL");
        compute();
        assertThat(MetricResults.read(db)).noneMatch(r -> r.metric().equals("advanced_coursework"));
        assertThat(counts(db, "ninth_grade_on_track", "school", "C", "all")).contains(counts(4, 10, 10));
    }

    @Test
    void withoutAnyCourseMarksEveryoneStaysInTheDenominatorAndFailsTheGpaTest() {
        db.execute("DELETE FROM course_grades");
        compute();
        // No GPA for anyone: hs_readiness 0 / 10 at A, on track and GPA 0 / 10 at C; no marks means
        // no D or F (10 / 10) and no course passed (0 / 10); advanced_coursework is not computable.
        assertThat(counts(db, "hs_readiness", "school", "A", "all")).contains(counts(0, 10, 10));
        assertThat(counts(db, "ninth_grade_on_track", "school", "C", "all")).contains(counts(0, 10, 10));
        assertThat(counts(db, "ninth_grade_gpa_2_5", "school", "C", "all")).contains(counts(0, 10, 10));
        assertThat(counts(db, "ninth_grade_no_df", "school", "C", "all")).contains(counts(10, 10, 10));
        assertThat(counts(db, "grade9_course_success", "school", "C", "all")).contains(counts(0, 10, 10));
        assertThat(MetricResults.read(db)).noneMatch(r -> r.metric().equals("advanced_coursework"));
    }

    /** Inserts course marks: (student_id, school_id, term, course_id, subject_area, mark, grade_points,
     * credits_attempted, credits_earned, advanced), all in 2024. */
    private void marks(String values) {
        db.execute("""
                INSERT INTO course_grades (_line, school_year, student_id, school_id, term, course_id, subject_area,
                                           mark, grade_points, credits_attempted, credits_earned, advanced)
                SELECT (SELECT count(*) FROM course_grades) + row_number() OVER () + 1, 2024, v.*
                FROM (VALUES %s) v""".formatted(values));
    }

    private void compute() {
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }
}
