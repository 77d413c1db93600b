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
 * Attendance, suspension, dropout and identification metrics on a hand-made state, every expected
 * numerator and denominator worked out from metrics.md in the comments.
 *
 * <p>District D1 has schools A and B, district D2 has school C; school year 2024 (183 calendar days
 * of instruction do not matter: the rules use days_enrolled and days_present as written).
 */
class TestMetricEngine {
    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', -1, 5, 'elementary', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 6, 12, 'k12', false, false, false),
                 (4, 2024, 'C', 'Cedar', 'D2', 'Two', 9, 12, 'high', true, false, false)""");
        // students: s5 is swd; s6 is el (group used to check group rows)
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, swd) VALUES
                 (2, 2024, 's1', false), (3, 2024, 's2', false), (4, 2024, 's3', false), (5, 2024, 's4', false),
                 (6, 2024, 's5', true), (7, 2024, 's6', false), (8, 2024, 's7', false)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 -- s1: 30 days at A then 20 at B (same district): at neither school 31 days, but 50 in D1 and the state
                 (2, 2024, 's1', 'A', 3, DATE '2023-08-20', DATE '2023-10-01', 'transfer_in_state', 30, 27),
                 (3, 2024, 's1', 'B', 6, DATE '2023-10-02', DATE '2023-11-05', 'transfer_in_state', 20, 20),
                 -- s2: exactly 90.0% at A (R-4: in both chronic_absence and attendance_90plus)
                 (4, 2024, 's2', 'A', 4, DATE '2023-08-20', NULL, NULL, 100, 90),
                 -- s3: 31 days at A, 31 present; pre-K
                 (5, 2024, 's3', 'A', -1, DATE '2023-08-20', DATE '2023-10-05', 'transfer_out_of_state', 31, 31),
                 -- s4: 180 at B, 170 present (94.4%), grade 10, suspended at B
                 (6, 2024, 's4', 'B', 10, DATE '2023-08-20', NULL, NULL, 180, 170),
                 -- s5: grade 11 at C, drops out after 60 days, 50 present (83.3%: chronic)
                 (7, 2024, 's5', 'C', 11, DATE '2023-08-20', DATE '2023-11-15', 'dropout', 60, 50),
                 -- s6: grade 9 at C, 0 days enrolled (no-show): not enrolled >= 1 day
                 (8, 2024, 's6', 'C', 9, DATE '2023-08-20', DATE '2023-08-20', 'transfer_in_state', 0, 0),
                 -- s7: grade 12 at C all year, suspension_in_school at A? no: discipline only at C
                 (9, 2024, 's7', 'C', 12, DATE '2023-08-20', NULL, 'graduated', 180, 175)""");
        db.execute("""
                INSERT INTO discipline VALUES
                 (2, 2024, 's4', 'B', DATE '2023-11-01', 'suspension_out_of_school', 2),
                 (3, 2024, 's7', 'C', DATE '2024-01-10', 'other', 1),
                 (4, 2024, 's7', 'C', DATE '2024-02-10', 'suspension_in_school', 1)""");
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2024, 's5', 'swd'), (2024, 's2', 'el')) "
                + "t(school_year, student_id, group_id)");
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void thirtyDaysAtASchoolDoNotCountButFiftyInTheDistrictDo() {
        // School A, chronic_absence: s2 (100 days) and s3 (31 days) count; s1 has 30 days at A: out.
        // s2 at 90.0% is chronic (10*90 <= 9*100), s3 is not -> 1 / 2.
        assertThat(counts(db, "chronic_absence", "school", "A", "all")).contains(counts(1, 2, 2));
        // School B: s1 has 20 days (out), s4 180 days at 94.4% -> 0 / 1.
        assertThat(counts(db, "chronic_absence", "school", "B", "all")).contains(counts(0, 1, 1));
        // District D1: s1 pooled 50 days, 47 present = 94% (not chronic); s2 chronic; s3 not; s4 not -> 1 / 4.
        assertThat(counts(db, "chronic_absence", "district", "D1", "all")).contains(counts(1, 4, 4));
        // State: D1's four plus s5 (60 days, 83.3%: chronic) and s7 (180, 97.2%); s6 has 0 days -> 2 / 6.
        assertThat(counts(db, "chronic_absence", "state", "state", "all")).contains(counts(2, 6, 6));
    }

    @Test
    void exactlyNinetyPercentIsInBothAttendanceMetrics() {
        // School A: s2 at exactly 90% and s3 at 100% both attend >= 90% -> 2 / 2.
        assertThat(counts(db, "attendance_90plus", "school", "A", "all")).contains(counts(2, 2, 2));
        assertThat(counts(db, "chronic_absence", "school", "A", "el")).contains(counts(1, 1, 1));
    }

    @Test
    void inSeatAttendanceAddsDaysOfTheEntityOnly() {
        // School A, students with >= 31 days there: s2 (90 of 100) and s3 (31 of 31) -> 121 / 131.
        assertThat(counts(db, "in_seat_attendance", "school", "A", "all")).contains(counts(121, 131, 2));
        // District D1: s1 (47 of 50), s2, s3, s4 (170 of 180) -> 338 / 361.
        assertThat(counts(db, "in_seat_attendance", "district", "D1", "all")).contains(counts(338, 361, 4));
    }

    @Test
    void preKInSeatAttendanceCountsOnlyPreKStays() {
        // Only s3 is in PK (31 of 31 days).
        assertThat(counts(db, "prek_in_seat_attendance", "school", "A", "all")).contains(counts(31, 31, 1));
        assertThat(counts(db, "prek_in_seat_attendance", "school", "B", "all")).isEmpty();
    }

    @Test
    void suspensionCountsStudentsWithOneDayAndInSchoolOutOfSchoolOrExpulsion() {
        // School C: s5 (60 days) and s7 (180) enrolled >= 1 day; s6 has 0 days. s7 has an in-school
        // suspension (the 'other' action does not count) -> 1 / 2.
        assertThat(counts(db, "suspension", "school", "C", "all")).contains(counts(1, 2, 2));
        // School B: s1 (20 days) and s4 (suspended) -> 1 / 2. District D1: s1, s2, s3, s4 -> 1 / 4.
        assertThat(counts(db, "suspension", "school", "B", "all")).contains(counts(1, 2, 2));
        assertThat(counts(db, "suspension", "district", "D1", "all")).contains(counts(1, 4, 4));
    }

    @Test
    void dropoutCountsGrade9To12StaysEvenWithZeroDays() {
        // School C: s5 (dropout), s6 (grade 9 stay, 0 days: R-11 counts distinct students with a stay),
        // s7 -> 1 / 3. School B: s4 (grade 10); s1's grade-6 stay is not high school -> 0 / 1.
        assertThat(counts(db, "dropout", "school", "C", "all")).contains(counts(1, 3, 3));
        assertThat(counts(db, "dropout", "school", "B", "all")).contains(counts(0, 1, 1));
        assertThat(counts(db, "dropout", "school", "C", "swd")).contains(counts(1, 1, 1));
    }

    @Test
    void swdIdentificationIsTheShareOfEnrolledStudents() {
        // State: enrolled >= 1 day: s1, s2, s3, s4, s5, s7 (s6 has 0 days); swd: s5 -> 1 / 6.
        assertThat(counts(db, "swd_identification", "state", "state", "all")).contains(counts(1, 6, 6));
    }

    @Test
    void noRowIsWrittenForAZeroDenominator() {
        // School A has no grade 9-12 stays: no dropout row at all.
        assertThat(counts(db, "dropout", "school", "A", "all")).isEmpty();
    }
}
