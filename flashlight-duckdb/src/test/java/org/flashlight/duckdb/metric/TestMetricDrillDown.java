package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.duckdb.metric.MetricFixture.createSchema;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.metric.MetricDrillDown.DrillDown;
import org.flashlight.duckdb.metric.MetricDrillDown.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drill-down of a number (issue 3) on a hand-made state: "my suspension rate says 0.23 and I didn't
 * suspend anybody" (seed 001) answered by the student rows and the rule that placed each there.
 *
 * <p>District D1 has schools A and B, district D2 has school C. School year 2024:
 * <ul>
 * <li>s1 (white): 30 days at A, then moves to B for 20 days and is suspended out of school at B;
 * <li>s2 (white, swd): 100 days at A, 92 present, never suspended;
 * <li>s3 (black): 60 days at A, suspended out of school at A;
 * <li>s4 (black): a 0-day stay at C and an expulsion row at C;
 * <li>s5 (hispanic, swd): 90 days at C, an in-school suspension at C;
 * <li>s6 (white): 150 days at B, a discipline row of action {@code other} (not a suspension).
 * </ul>
 * In 2023 s2 was at A (100 days, 85 present), for {@code attendance_growth}. The engine runs with min n 1,
 * so that even single students make a school's {@code lowest_race}.
 */
class TestMetricDrillDown {
    private static final int YEAR = 2024;

    @TempDir
    Path temp;

    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        createState(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Inserts the state's rows into {@code db}, whose contract tables exist, and runs the engine. */
    private static void createState(BundleDatabase db) {
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2023, 'A', 'Alder', 'D1', 'One', 0, 8, 'k8', true, false, false),
                 (3, 2024, 'A', 'Alder', 'D1', 'One', 0, 8, 'k8', true, false, false),
                 (4, 2024, 'B', 'Birch', 'D1', 'One', 0, 8, 'k8', false, false, false),
                 (5, 2024, 'C', 'Cedar', 'D2', 'Two', 0, 8, 'k8', true, false, false)""");
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, swd) VALUES
                 (2, 2023, 's2', true),
                 (3, 2024, 's1', false), (4, 2024, 's2', true), (5, 2024, 's3', false), (6, 2024, 's4', false),
                 (7, 2024, 's5', true), (8, 2024, 's6', false)""");
        db.execute("""
                CREATE TABLE student_groups AS SELECT * FROM (VALUES
                 (2023, 's2', 'white'), (2023, 's2', 'swd'),
                 (2024, 's1', 'white'), (2024, 's2', 'white'), (2024, 's2', 'swd'), (2024, 's3', 'black'),
                 (2024, 's4', 'black'), (2024, 's5', 'hispanic'), (2024, 's5', 'swd'), (2024, 's6', 'white'))
                 t(school_year, student_id, group_id)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 (2, 2023, 's2', 'A', 3, DATE '2022-08-20', NULL, 'year_end', 100, 85),
                 (3, 2024, 's1', 'A', 5, DATE '2023-08-20', DATE '2023-10-01', 'transfer_in_state', 30, 27),
                 (4, 2024, 's1', 'B', 5, DATE '2023-10-02', DATE '2023-11-05', 'transfer_out_of_state', 20, 20),
                 (5, 2024, 's2', 'A', 4, DATE '2023-08-20', NULL, 'year_end', 100, 92),
                 (6, 2024, 's3', 'A', 4, DATE '2023-08-20', DATE '2023-11-20', 'transfer_out_of_state', 60, 60),
                 (7, 2024, 's4', 'C', 6, DATE '2023-08-20', DATE '2023-08-20', 'transfer_in_state', 0, 0),
                 (8, 2024, 's5', 'C', 6, DATE '2023-08-20', DATE '2024-01-10', 'transfer_out_of_state', 90, 80),
                 (9, 2024, 's6', 'B', 7, DATE '2023-08-20', NULL, 'year_end', 150, 140)""");
        db.execute("""
                INSERT INTO discipline VALUES
                 (2, 2024, 's1', 'B', DATE '2023-10-20', 'suspension_out_of_school', 2),
                 (3, 2024, 's3', 'A', DATE '2023-09-15', 'suspension_out_of_school', 1),
                 (4, 2024, 's4', 'C', DATE '2023-08-20', 'expulsion', 1),
                 (5, 2024, 's5', 'C', DATE '2023-12-01', 'suspension_in_school', 1),
                 (6, 2024, 's6', 'B', DATE '2024-02-01', 'other', 1)""");
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT, 1);
    }

    private static MetricDefinition metric(String id) {
        return MetricCatalog.find(id).orElseThrow();
    }

    private DrillDown explain(String metric, String level, String entity, String group) {
        return MetricDrillDown.explain(db, metric(metric), YEAR, level, entity, group, AssessmentSettings.DEFAULT);
    }

    private static Map<String, Row> byStudent(DrillDown drillDown) {
        return drillDown.rows().stream().collect(java.util.stream.Collectors.toMap(Row::studentId, r -> r));
    }

    @Test
    void theStudentSuspendedAfterMovingIsInTheNewSchoolsNumeratorWithTheRule() {
        // Suspension at B: enrolled >= 1 day at B are s1 (20 days) and s6 (150 days); s1 has a
        // suspension_out_of_school row at B, s6 only an 'other' row -> numerator 1, denominator 2.
        DrillDown b = explain("suspension", "school", "B", "all");

        assertThat(b.populationRule()).isEqualTo(Population.ENROLLED.rule()).contains("at least 1 day enrolled");
        assertThat(b.numerator()).isEqualTo("CASE WHEN suspended THEN 1 ELSE 0 END");
        assertThat(b.denominator()).isEqualTo("1");
        assertThat(b.columns()).containsExactly("days_enrolled", "days_present", "swd", "suspended");
        assertThat(b.rows()).extracting(Row::studentId).containsExactly("s1", "s6"); // the numerator first
        Row s1 = b.rows().get(0);
        assertThat(s1.inNumerator()).isTrue();
        assertThat(s1.inDenominator()).isTrue();
        assertThat(s1.numerator()).isEqualByComparingTo("1");
        assertThat(s1.columns()).containsEntry("days_enrolled", "20").containsEntry("suspended", "true");
        Row s6 = b.rows().get(1);
        assertThat(s6.inNumerator()).isFalse();
        assertThat(s6.inDenominator()).isTrue();
        assertThat(s6.columns()).containsEntry("suspended", "false");
        assertThat(b.result()).hasValueSatisfying(r -> {
            assertThat(r.numerator()).isEqualByComparingTo("1");
            assertThat(r.denominator()).isEqualByComparingTo("2");
        });
        assertThat(b.note()).isEmpty();
    }

    @Test
    void aSuspensionAtAnotherSchoolDoesNotCountAtTheSchoolTheStudentLeft() {
        // Suspension at A: s1 (30 days; suspended at B, not at A), s2 (100), s3 (60, suspended at A) -> 1 / 3.
        DrillDown a = explain("suspension", "school", "A", "all");

        assertThat(a.rows()).extracting(Row::studentId).containsExactly("s3", "s1", "s2");
        assertThat(byStudent(a).get("s1").inNumerator()).isFalse();
        assertThat(byStudent(a).get("s1").columns()).containsEntry("suspended", "false");
        assertThat(a.numeratorSum()).isEqualByComparingTo("1");
        assertThat(a.denominatorSum()).isEqualByComparingTo("3");
    }

    @Test
    void aStudentWithZeroDaysIsNotListedEvenWithAnExpulsion() {
        // Suspension at C: s4's stay has 0 days (not enrolled >= 1 day, R-11), so only s5 -> 1 / 1.
        DrillDown c = explain("suspension", "school", "C", "all");

        assertThat(c.rows()).extracting(Row::studentId).containsExactly("s5");
        assertThat(c.rowsInNumerator()).isEqualTo(1);
    }

    @Test
    void aStudentAtTwoSchoolsIsListedAtEachWithThatSchoolsDaysAndOnceAtTheDistrictWithPooledDays() {
        // s1: 30 days at A, 20 at B; in D1 one row of 30 + 20 = 50 days, 27 + 20 = 47 present,
        // suspended (at B, a school of D1). D1 lists s1, s2, s3, s6 once each; suspended s1 and s3 -> 2 / 4.
        assertThat(byStudent(explain("suspension", "school", "A", "all")).get("s1").columns())
                .containsEntry("days_enrolled", "30").containsEntry("days_present", "27");
        assertThat(byStudent(explain("suspension", "school", "B", "all")).get("s1").columns())
                .containsEntry("days_enrolled", "20").containsEntry("days_present", "20");
        DrillDown district = explain("suspension", "district", "D1", "all");

        assertThat(district.rows()).extracting(Row::studentId).containsExactly("s1", "s3", "s2", "s6");
        assertThat(byStudent(district).get("s1").columns()).containsEntry("days_enrolled", "50")
                .containsEntry("days_present", "47").containsEntry("suspended", "true");
        assertThat(district.numeratorSum()).isEqualByComparingTo("2");
        assertThat(district.denominatorSum()).isEqualByComparingTo("4");
        // the state: s1, s2, s3, s5, s6 (s4 has 0 days), s1 once with 50 days
        DrillDown state = explain("suspension", "state", "state", "all");
        assertThat(state.rows()).extracting(Row::studentId).containsExactlyInAnyOrder("s1", "s2", "s3", "s5", "s6");
        assertThat(byStudent(state).get("s1").columns()).containsEntry("days_enrolled", "50");
    }

    @Test
    void aGroupListsOnlyItsStudents() {
        // swd at A: s2 only (not suspended) -> 0 / 1; at the state s2 and s5 (suspended at C) -> 1 / 2.
        DrillDown a = explain("suspension", "school", "A", "swd");
        assertThat(a.rows()).extracting(Row::studentId).containsExactly("s2");
        assertThat(a.result()).hasValueSatisfying(r -> assertThat(r.denominator()).isEqualByComparingTo("1"));

        DrillDown state = explain("suspension", "state", "state", "swd");
        assertThat(state.rows()).extracting(Row::studentId).containsExactly("s5", "s2");
        assertThat(state.numeratorSum()).isEqualByComparingTo("1");
    }

    @Test
    void lowestRaceListsTheRaceGroupTheEngineChose() {
        // Suspension at A by race: white s1, s2 -> 0 / 2; black s3 -> 1 / 1. Lower is better, so with min n 1
        // the worst race group, lowest_race, is black: its rows are s3's.
        DrillDown a = explain("suspension", "school", "A", "lowest_race");

        assertThat(a.rowGroup()).isEqualTo("black");
        assertThat(a.note()).contains("lowest_race here is black");
        assertThat(a.rows()).extracting(Row::studentId).containsExactly("s3");
        assertThat(a.result()).hasValueSatisfying(r -> assertThat(r.groupDetail()).isEqualTo("black"));
    }

    @Test
    void aDerivedMetricIsExplainedByThisYearsRowsOfItsSource() {
        // attendance_growth at A 2024 = attendance_90plus 2024 minus 2023. 2024 (R-4, >= 31 days at A): s2 92/100
        // (>= 90%) and s3 60/60; s1 has 30 days at A (out) -> 2 / 2. 2023: s2 85/100 -> 0 / 1. Change 1 - 0 = 1.
        DrillDown a = explain("attendance_growth", "school", "A", "all");

        assertThat(a.explained().id()).isEqualTo("attendance_90plus");
        assertThat(a.note()).contains("derived").contains("attendance_90plus");
        assertThat(a.populationRule()).isEqualTo(Population.ATTENDANCE.rule());
        assertThat(a.rows()).extracting(Row::studentId).containsExactly("s2", "s3");
        assertThat(a.result()).hasValueSatisfying(r -> assertThat(r.value()).isEqualByComparingTo("1"));
        assertThat(a.explainedResult()).hasValueSatisfying(r -> {
            assertThat(r.numerator()).isEqualByComparingTo("2");
            assertThat(r.denominator()).isEqualByComparingTo("2");
        });
    }

    @Test
    void theListedContributionsAddUpToEveryAggregateRow() {
        // every row the engine wrote for these metrics, at every level, entity and group (lowest_race included)
        Set<String> metrics = Set.of("suspension", "swd_identification", "chronic_absence", "attendance_90plus",
                "in_seat_attendance");
        List<MetricResult> results = MetricResults.read(db).stream().filter(r -> metrics.contains(r.metric())).toList();
        assertThat(results).hasSizeGreaterThan(40);
        for (MetricResult r : results) {
            DrillDown d = MetricDrillDown.explain(db, metric(r.metric()), r.schoolYear(), r.level(), r.entityId(),
                    r.studentGroup(), AssessmentSettings.DEFAULT);
            String where = r.metric() + " " + r.schoolYear() + " " + r.entityId() + " " + r.studentGroup();
            assertThat(d.numeratorSum()).as(where).isEqualByComparingTo(r.numerator());
            assertThat(d.denominatorSum()).as(where).isEqualByComparingTo(r.denominator());
            assertThat(d.rowsInDenominator()).as(where).isEqualTo(r.students());
        }
    }

    @Test
    void worksOnAResultsFileReopenedWithoutTheEnginesTempTables() {
        Path file = temp.resolve("flashlight.duckdb");
        try (BundleDatabase written = BundleDatabase.file(file)) {
            createSchema(written);
            createState(written);
        }
        try (BundleDatabase reopened = BundleDatabase.file(file)) {
            assertThat(reopened.queryLong("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'entity_stays'"))
                    .isZero();
            DrillDown b = MetricDrillDown.explain(reopened, metric("suspension"), YEAR, "school", "B", "all",
                    AssessmentSettings.DEFAULT);

            assertThat(b.rows()).extracting(Row::studentId).containsExactly("s1", "s6");
            assertThat(b.rows()).extracting(Row::columns).isEqualTo(
                    explain("suspension", "school", "B", "all").rows().stream().map(Row::columns).toList());
        }
    }

    @Test
    void aGroupTheMetricLeavesOutAndAnUnknownLevelAreRefused() {
        assertThatThrownBy(() -> explain("el_redesignation", "school", "A", "el"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no el group");
        assertThatThrownBy(() -> explain("suspension", "county", "A", "all"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("school, district or state");
    }

    @Test
    void commonExpressionsReadAsWords() {
        assertThat(MetricDrillDown.inWords("CASE WHEN suspended THEN 1 ELSE 0 END"))
                .isEqualTo("1 when suspended, else 0");
        assertThat(MetricDrillDown.inWords("1")).isEqualTo("1 (every row counts once)");
        assertThat(MetricDrillDown.inWords("days_present")).isEqualTo("the value of days_present");
        assertThat(MetricDrillDown.plain(new BigDecimal("2.500000"))).isEqualTo("2.5");
    }
}
