package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;

import java.util.List;
import java.util.Optional;
import org.flashlight.core.accountability.FrameworkSplit;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Framework-level rows of a split school (STAR-1, outputs.md {@code framework_level}) on a hand-made
 * district, every expected numerator and denominator worked out in the comments.
 *
 * <p>District D1, school year 2024, a framework with levels elementary PK-5, middle 6-8 and high 9-12 that
 * splits multi-level schools. K8 (PK-8) is split into an elementary and a middle part; E (K-5) and M (6-8)
 * each serve one level and are not split. Census date October 1, 2023; SBAC ELA on April 15, 2024.
 *
 * <pre>
 * student  school(s), grade          days enrolled / present        other
 * k1       K8 PK                     100 / 95
 * k2       K8 3                      100 / 85 (chronic)             swd; ELA level 3 (proficient), FAY
 * k3       K8 5                      180 / 170                      in-school suspension at K8; ELA level 2, FAY
 * k4       K8 6                      180 / 150 (chronic)            ELA level 4, FAY
 * k5       K8 8                      180 / 175                      ELA level 1, FAY
 * k6       K8 7                      20 / 20 (under 31 days)        out-of-school suspension at K8; left in Sept.
 * k7       E 4, then K8 4 (Jan 8)    90 / 85 at E, 90 / 80 at K8    ELA level 4 at K8, not FAY there
 * k9       K8 8                      180 / 180                      ELA not_tested_other
 * e1       E 2                       100 / 100
 * m1       M 7                       100 / 80 (chronic)
 * </pre>
 */
class TestFrameworkLevelRows {
    private static final FrameworkSplit STAR_LEVELS = new FrameworkSplit(new ScoringSettings(
            ScoringSystem.FLOORS_AND_TARGETS,
            List.of(level("elementary", -1, 5), level("middle", 6, 8), level("high", 9, 12)), true, List.of(), 0,
            ScoringSettings.ALL_ONLY, List.of(), List.of(), null, true, List.of(), null));

    private BundleDatabase db;

    private static FrameworkLevel level(String id, int low, int high) {
        return new FrameworkLevel(id, low, high, List.of(), null, List.of());
    }

    @BeforeEach
    void createDistrict() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'K8', 'Kestrel', 'D1', 'One', -1, 8, 'k8', true, false, false),
                 (3, 2024, 'E', 'Elm', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (4, 2024, 'M', 'Maple', 'D1', 'One', 6, 8, 'middle', true, false, false)""");
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, swd) VALUES
                 (2, 2024, 'k1', false), (3, 2024, 'k2', true), (4, 2024, 'k3', false), (5, 2024, 'k4', false),
                 (6, 2024, 'k5', false), (7, 2024, 'k6', false), (8, 2024, 'k7', false), (9, 2024, 'k9', false),
                 (10, 2024, 'e1', false), (11, 2024, 'm1', false)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (2, 2024, 'k1', 'K8', -1, DATE '2023-08-20', NULL, NULL, 100, 95),
                 (3, 2024, 'k2', 'K8', 3, DATE '2023-08-20', NULL, NULL, 100, 85),
                 (4, 2024, 'k3', 'K8', 5, DATE '2023-08-20', NULL, NULL, 180, 170),
                 (5, 2024, 'k4', 'K8', 6, DATE '2023-08-20', NULL, NULL, 180, 150),
                 (6, 2024, 'k5', 'K8', 8, DATE '2023-08-20', NULL, NULL, 180, 175),
                 (7, 2024, 'k6', 'K8', 7, DATE '2023-08-20', DATE '2023-09-20', 'transfer_out_of_state', 20, 20),
                 (8, 2024, 'k7', 'E', 4, DATE '2023-08-20', DATE '2024-01-05', 'transfer_in_state', 90, 85),
                 (9, 2024, 'k7', 'K8', 4, DATE '2024-01-08', NULL, NULL, 90, 80),
                 (10, 2024, 'k9', 'K8', 8, DATE '2023-08-20', NULL, NULL, 180, 180),
                 (11, 2024, 'e1', 'E', 2, DATE '2023-08-20', NULL, NULL, 100, 100),
                 (12, 2024, 'm1', 'M', 7, DATE '2023-08-20', NULL, NULL, 100, 80)""");
        db.execute("""
                INSERT INTO discipline VALUES
                 (2, 2024, 'k3', 'K8', DATE '2023-11-01', 'suspension_in_school', 1),
                 (3, 2024, 'k6', 'K8', DATE '2023-09-01', 'suspension_out_of_school', 2)""");
        db.execute("""
                INSERT INTO assessments VALUES
                 (2, 2024, 'k2', 'K8', 'sbac', 'ela', 3, DATE '2024-04-15', 2450, 3, 'tested', false),
                 (3, 2024, 'k3', 'K8', 'sbac', 'ela', 5, DATE '2024-04-15', 2450, 2, 'tested', false),
                 (4, 2024, 'k4', 'K8', 'sbac', 'ela', 6, DATE '2024-04-15', 2650, 4, 'tested', false),
                 (5, 2024, 'k5', 'K8', 'sbac', 'ela', 8, DATE '2024-04-15', 2400, 1, 'tested', false),
                 (6, 2024, 'k7', 'K8', 'sbac', 'ela', 4, DATE '2024-04-15', 2600, 4, 'tested', false),
                 (7, 2024, 'k9', 'K8', 'sbac', 'ela', 8, DATE '2024-04-15', NULL, NULL, 'not_tested_other', false)""");
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2024, 'k2', 'swd')) "
                + "t(school_year, student_id, group_id)");
        compute(STAR_LEVELS);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void compute(FrameworkSplit split) {
        new MetricEngine(db).compute(MetricCatalog.METRICS, MeasurementSettings.DEFAULT, MetricEngine.DEFAULT_MIN_N,
                MetricProgress.NONE, split);
    }

    /** numerator, denominator, students of a school row ({@code frameworkLevel} empty: the whole school). */
    private Optional<List<Object>> school(String metric, String school, String frameworkLevel, String group) {
        return MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.level().equals("school") && r.entityId().equals(school)
                        && r.frameworkLevel().equals(frameworkLevel) && r.studentGroup().equals(group))
                .findFirst().map(TestFrameworkLevelRows::counts);
    }

    private Optional<List<Object>> school(String metric, String school, String frameworkLevel) {
        return school(metric, school, frameworkLevel, "all");
    }

    private static List<Object> counts(MetricResult r) {
        return List.of(MetricResultsCsv.plain(r.numerator()), MetricResultsCsv.plain(r.denominator()), r.students());
    }

    private static List<Object> counts(long numerator, long denominator, long students) {
        return List.of(Long.toString(numerator), Long.toString(denominator), students);
    }

    @Test
    void attendanceCountsEachStayInTheLevelOfItsGrade() {
        // chronic_absence, students with >= 31 days at K8 (k6 has 20: out):
        // elementary k1 (95/100 no), k2 (85/100 yes), k3 (170/180 no), k7 (80/90 = 88.9% yes) -> 2 / 4
        // middle k4 (150/180 yes), k5 (175/180 no), k9 (180/180 no) -> 1 / 3
        // whole school: 2 + 1 = 3 of 4 + 3 = 7
        assertThat(school("chronic_absence", "K8", "elementary")).contains(counts(2, 4, 4));
        assertThat(school("chronic_absence", "K8", "middle")).contains(counts(1, 3, 3));
        assertThat(school("chronic_absence", "K8", "")).contains(counts(3, 7, 7));
        // in_seat_attendance: elementary 95 + 85 + 170 + 80 = 430 of 100 + 100 + 180 + 90 = 470;
        // middle 150 + 175 + 180 = 505 of 540; whole 935 of 1010
        assertThat(school("in_seat_attendance", "K8", "elementary")).contains(counts(430, 470, 4));
        assertThat(school("in_seat_attendance", "K8", "middle")).contains(counts(505, 540, 3));
        assertThat(school("in_seat_attendance", "K8", "")).contains(counts(935, 1010, 7));
        // pre-K attendance: k1 only, in the elementary part (PK is an elementary grade); no middle row
        assertThat(school("prek_in_seat_attendance", "K8", "elementary")).contains(counts(95, 100, 1));
        assertThat(school("prek_in_seat_attendance", "K8", "middle")).isEmpty();
    }

    @Test
    void enrolmentAndSuspensionSplitByTheStudentsGrade() {
        // enrolled >= 1 day: elementary k1, k2, k3, k7; middle k4, k5, k6, k9 (k6's 20 days count here)
        // suspension: k3 (elementary) and k6 (middle) -> 1 / 4 and 1 / 4; whole 2 / 8
        assertThat(school("suspension", "K8", "elementary")).contains(counts(1, 4, 4));
        assertThat(school("suspension", "K8", "middle")).contains(counts(1, 4, 4));
        assertThat(school("suspension", "K8", "")).contains(counts(2, 8, 8));
        // swd_identification: k2 -> elementary 1 / 4, middle 0 / 4 (a row: the denominator is not 0)
        assertThat(school("swd_identification", "K8", "elementary")).contains(counts(1, 4, 4));
        assertThat(school("swd_identification", "K8", "middle")).contains(counts(0, 4, 4));
        // the swd group of a part: k2, in the elementary part only
        assertThat(school("swd_identification", "K8", "elementary", "swd")).contains(counts(1, 1, 1));
        assertThat(school("swd_identification", "K8", "middle", "swd")).isEmpty();
    }

    @Test
    void assessmentsCountInTheLevelOfTheGradeTested() {
        // ela_proficiency, FAY tested with a level: k2 (3, proficient), k3 (2) in elementary -> 1 / 2;
        // k4 (4, proficient), k5 (1) in middle -> 1 / 2; k7 entered K8 on Jan 8 (after the census date): not FAY
        assertThat(school("ela_proficiency", "K8", "elementary")).contains(counts(1, 2, 2));
        assertThat(school("ela_proficiency", "K8", "middle")).contains(counts(1, 2, 2));
        assertThat(school("ela_proficiency", "K8", "")).contains(counts(2, 4, 4));
        // ela_participation: enrolled at K8 on April 15 in a tested grade: k2, k3, k7 (elementary, all tested)
        // -> 3 / 3; k4, k5, k9 (middle; k9 not_tested_other) -> 2 / 3; k6 left in September
        assertThat(school("ela_participation", "K8", "elementary")).contains(counts(3, 3, 3));
        assertThat(school("ela_participation", "K8", "middle")).contains(counts(2, 3, 3));
        assertThat(school("ela_participation", "K8", "")).contains(counts(5, 6, 6));
    }

    @Test
    void fullAcademicYearIsEnrolmentAtTheSchoolInWhateverGrade() {
        // k8 is promoted from grade 5 to grade 6 at K8 on Feb 1 and tested in grade 6 in April: continuously at
        // the school since before the census date, so FAY, and the result counts in the middle part (grade
        // tested 6) although k8's middle-grade stay began after the census date.
        db.execute("INSERT INTO students (_line, school_year, student_id, swd) VALUES (20, 2024, 'k8', false)");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (20, 2024, 'k8', 'K8', 5, DATE '2023-08-20', DATE '2024-01-31', 'transfer_in_state', 100, 100),
                 (21, 2024, 'k8', 'K8', 6, DATE '2024-02-01', NULL, NULL, 80, 80)""");
        db.execute("INSERT INTO assessments VALUES (20, 2024, 'k8', 'K8', 'sbac', 'ela', 6, DATE '2024-04-15', 2600, "
                + "3, 'tested', false)");
        compute(STAR_LEVELS);
        // middle: k4 (proficient), k5, k8 (proficient) -> 2 / 3; elementary unchanged 1 / 2
        assertThat(school("ela_proficiency", "K8", "middle")).contains(counts(2, 3, 3));
        assertThat(school("ela_proficiency", "K8", "elementary")).contains(counts(1, 2, 2));
        // k8's two stays are in two levels: each part adds its own stay's days (in-seat: k8 adds 100 / 100 to the
        // elementary part, 80 / 80 to the middle one), and the whole school pools them (180 / 180, one student)
        assertThat(school("in_seat_attendance", "K8", "elementary")).contains(counts(530, 570, 5));
        assertThat(school("in_seat_attendance", "K8", "middle")).contains(counts(585, 620, 4));
        assertThat(school("in_seat_attendance", "K8", "")).contains(counts(1115, 1190, 8));
    }

    @Test
    void onlySplitSchoolsHaveLevelRowsAndTheDistrictPoolsWholeSchools() {
        // E (K-5) and M (6-8) serve one level each: whole-school rows only
        assertThat(MetricResults.read(db)).filteredOn(r -> !r.frameworkLevel().isEmpty())
                .extracting(MetricResult::entityId).containsOnly("K8");
        assertThat(MetricResults.read(db)).filteredOn(r -> !r.frameworkLevel().isEmpty())
                .extracting(MetricResult::frameworkLevel).containsOnly("elementary", "middle");
        // D1 chronic_absence pools stays across schools, never the parts: k1 no, k2 yes, k3 no, k4 yes,
        // k5 no, k7 (E + K8: 165 / 180 = 91.7%) no, k9 no, e1 no, m1 (80 / 100) yes; k6 (20 days) out -> 3 / 9
        assertThat(MetricFixture.counts(db, "chronic_absence", "district", "D1", "all"))
                .contains(MetricFixture.counts(3, 9, 9));
    }

    @Test
    void aSchoolsLevelRowsFollowItsWholeSchoolRows() {
        List<String> k8Chronic = MetricResults.read(db).stream()
                .filter(r -> r.entityId().equals("K8") && r.metric().equals("chronic_absence")
                        && r.studentGroup().equals("all"))
                .map(MetricResult::frameworkLevel).toList();
        assertThat(k8Chronic).containsExactly("", "elementary", "middle");
        // every K8 whole-school row comes before its first level row
        List<MetricResult> k8 = MetricResults.read(db).stream().filter(r -> r.entityId().equals("K8")).toList();
        int lastWhole = 0;
        int firstPart = k8.size();
        for (int i = 0; i < k8.size(); i++) {
            if (k8.get(i).frameworkLevel().isEmpty()) {
                lastWhole = i;
            } else {
                firstPart = Math.min(firstPart, i);
            }
        }
        assertThat(lastWhole).isLessThan(firstPart);
    }

    @Test
    void withoutASplitTheResultsAreTheWholeSchoolRowsOfTheSplitRun() {
        List<MetricResult> split = MetricResults.read(db);
        compute(FrameworkSplit.NONE);
        List<MetricResult> whole = MetricResults.read(db);
        assertThat(whole).noneMatch(r -> !r.frameworkLevel().isEmpty());
        assertThat(whole).isEqualTo(split.stream().filter(r -> r.frameworkLevel().isEmpty()).toList());
        // and a framework that has levels but does not split: the same
        compute(new FrameworkSplit(new ScoringSettings(ScoringSystem.FLOORS_AND_TARGETS,
                STAR_LEVELS.scoring().levels(), false, List.of(), 0, ScoringSettings.ALL_ONLY, List.of(), List.of(),
                null, true, List.of(), null)));
        assertThat(MetricResults.read(db)).isEqualTo(whole);
    }

    @Test
    void reenrollmentOfAPartExpectsItsGradesBackAtTheSchoolInAnyGrade() {
        // 2023: K8 serves PK-8 as in 2024. r1 (grade 5), r3 (grade 7) and r2 (grade 8: K8 has no grade 9) end the
        // year at K8. In 2024 r1 is at K8 in grade 6 on the census date; r3 is nowhere.
        db.execute("INSERT INTO schools VALUES (10, 2023, 'K8', 'Kestrel', 'D1', 'One', -1, 8, 'k8', true, false, "
                + "false)");
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, swd) VALUES
                 (30, 2023, 'r1', false), (31, 2023, 'r2', false), (32, 2023, 'r3', false), (33, 2024, 'r1', false)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (30, 2023, 'r1', 'K8', 5, DATE '2022-08-20', NULL, NULL, 180, 170),
                 (31, 2023, 'r2', 'K8', 8, DATE '2022-08-20', NULL, NULL, 180, 170),
                 (32, 2023, 'r3', 'K8', 7, DATE '2022-08-20', NULL, NULL, 180, 170),
                 (33, 2024, 'r1', 'K8', 6, DATE '2023-08-20', NULL, NULL, 180, 170)""");
        compute(STAR_LEVELS);
        // elementary part: r1 expected (grade 5 + 1 = 6 is served) and returned, though now in grade 6 -> 1 / 1
        assertThat(school("reenrollment", "K8", "elementary")).contains(counts(1, 1, 1));
        // middle part: r3 expected, not back; r2 not expected (grade 9 is not served) -> 0 / 1
        assertThat(school("reenrollment", "K8", "middle")).contains(counts(0, 1, 1));
        assertThat(school("reenrollment", "K8", "")).contains(counts(1, 2, 2));
    }

    @Test
    void responsesAndObservationsCountInTheLevelOfTheirGrade() {
        db.execute("""
                INSERT INTO surveys VALUES
                 (2, 2024, 'K8', 'k3', 'student', 5, 'safety', 'sa1', 4, true),
                 (3, 2024, 'K8', 'k4', 'student', 6, 'safety', 'sa1', 2, false),
                 (4, 2024, 'K8', 'k5', 'student', 8, 'safety', 'sa1', 5, true),
                 (5, 2024, 'K8', 't1', 'staff', NULL, 'safety', 'sa1', 5, true)""");
        db.execute("""
                INSERT INTO class_observations VALUES
                 (2, 2024, 'K8', 'PK1', 'emotional_support', 6.0),
                 (3, 2024, 'K8', 'PK2', 'emotional_support', 5.0)""");
        compute(STAR_LEVELS);
        // climate_positive: elementary k3 (favorable) -> 1 / 1; middle k4 (not), k5 (favorable) -> 1 / 2; the
        // staff response has no grade: the whole school only -> 3 / 4
        assertThat(school("climate_positive", "K8", "elementary")).contains(counts(1, 1, 1));
        assertThat(school("climate_positive", "K8", "middle")).contains(counts(1, 2, 2));
        assertThat(school("climate_positive", "K8", "")).contains(counts(3, 4, 4));
        // pre-K CLASS observations: the elementary part (PK), mean (6.0 + 5.0) / 2; none in the middle part
        assertThat(school("class_emotional_support", "K8", "elementary")).contains(List.of("11", "2", 2L));
        assertThat(school("class_emotional_support", "K8", "middle")).isEmpty();
    }

    @Test
    void cohortMetricsHaveNoLevelRows() {
        // graduation cohorts are not split (a cohort has no grade): the whole school only
        db.execute("INSERT INTO graduation_cohorts VALUES (2, 2021, 'g1', 'K8', 'graduated', 2024)");
        compute(STAR_LEVELS);
        assertThat(school("grad_4yr", "K8", "")).contains(counts(1, 1, 1));
        assertThat(MetricResults.read(db)).filteredOn(r -> r.metric().equals("grad_4yr"))
                .allMatch(r -> r.frameworkLevel().isEmpty());
    }

    @Test
    void theLevelPartsAreWrittenForTheDrillDown() {
        assertThat(db.queryLong("SELECT count(*) FROM framework_level_parts WHERE school_id = 'K8' "
                + "AND ((framework_level = 'elementary' AND grade_low = -1 AND grade_high = 5) "
                + "OR (framework_level = 'middle' AND grade_low = 6 AND grade_high = 8))")).isEqualTo(2);
        assertThat(db.queryLong("SELECT count(*) FROM framework_level_parts")).isEqualTo(2);
    }

    @Test
    void theDrillDownOfALevelRowListsTheStudentsOfItsGrades() {
        MetricDrillDown.DrillDown middle = MetricDrillDown.explain(db, MetricCatalog.find("suspension").orElseThrow(),
                2024, "school", "K8", "middle", "all", AssessmentSettings.DEFAULT);
        // the middle part's suspension: k4, k5, k6 (suspended), k9 -> 1 / 4
        assertThat(middle.rows()).extracting(MetricDrillDown.Row::studentId).containsExactly("k6", "k4", "k5", "k9");
        assertThat(middle.result()).hasValueSatisfying(r -> {
            assertThat(r.frameworkLevel()).isEqualTo("middle");
            assertThat(counts(r)).isEqualTo(counts(1, 4, 4));
        });
        assertThatThrownBy(() -> MetricDrillDown.explain(db, MetricCatalog.find("suspension").orElseThrow(), 2024,
                "district", "D1", "middle", "all", AssessmentSettings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a school is split");
    }

    @Test
    void everyLevelRowIsTheSumOfItsDrillDownRows() {
        for (MetricResult r : MetricResults.read(db)) {
            if (r.frameworkLevel().isEmpty() || r.numerator() == null || r.studentGroup().equals("lowest_race")) {
                continue;
            }
            MetricDrillDown.DrillDown d = MetricDrillDown.explain(db, MetricCatalog.find(r.metric()).orElseThrow(),
                    r.schoolYear(), r.level(), r.entityId(), r.frameworkLevel(), r.studentGroup(),
                    AssessmentSettings.DEFAULT);
            String where = r.metric() + " " + r.entityId() + " " + r.frameworkLevel() + " " + r.studentGroup();
            assertThat(d.numeratorSum()).as(where).isEqualByComparingTo(r.numerator());
            assertThat(d.denominatorSum()).as(where).isEqualByComparingTo(r.denominator());
        }
    }

    @Test
    void theDrillDownRebuildsThePartsWhenTheEnginesTempTablesAreGone() {
        // as on a reopened results file: the temp tables are gone, framework_level_parts (a table) is not
        db.execute("DROP TABLE entity_stays", "DROP TABLE entity_map", "DROP TABLE fay_spans",
                "DROP TABLE accountability_results", "DROP TABLE suspended_at_entity", "DROP TABLE group_flags");
        MetricDrillDown.DrillDown elementary = MetricDrillDown.explain(db,
                MetricCatalog.find("chronic_absence").orElseThrow(), 2024, "school", "K8", "elementary", "all",
                AssessmentSettings.DEFAULT);
        // k2 and k7 chronic, k1 and k3 not -> 2 / 4
        assertThat(elementary.rows()).extracting(MetricDrillDown.Row::studentId)
                .containsExactly("k2", "k7", "k1", "k3");
        assertThat(elementary.numeratorSum()).isEqualByComparingTo("2");
    }

    @Test
    void aResultsFileWithoutPartsStillExplainsWholeSchools() {
        // written before framework levels existed: no framework_level_parts table
        db.execute("DROP TABLE entity_stays", "DROP TABLE entity_map", "DROP TABLE fay_spans",
                "DROP TABLE accountability_results", "DROP TABLE suspended_at_entity", "DROP TABLE group_flags",
                "DROP TABLE framework_level_parts");
        MetricDrillDown.DrillDown whole = MetricDrillDown.explain(db, MetricCatalog.find("suspension").orElseThrow(),
                2024, "school", "K8", "all", AssessmentSettings.DEFAULT);
        assertThat(whole.numeratorSum()).isEqualByComparingTo("2");
        assertThat(whole.denominatorSum()).isEqualByComparingTo("8");
    }
}
