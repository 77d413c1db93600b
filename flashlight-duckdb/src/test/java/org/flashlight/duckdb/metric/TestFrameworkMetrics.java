package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.counts;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.framework.FrameworkReader;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A framework's measurement parameters and its own metrics, computed by the engine (FW-2): a CORE
 * district's 91% chronic absence next to CORE's 90%, the threshold itself moved to 0.91, another
 * attendance minimum, and a mean and a day-weighted rate defined in the file. Every expected value is
 * worked out from the rule in the comments.
 *
 * <p>District D1 has schools A and B; school year 2024. Rates are days_present / days_enrolled.
 */
class TestFrameworkMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createState() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', 0, 8, 'k8', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 0, 8, 'k8', false, false, false)""");
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, swd) VALUES
                 (2, 2024, 'a1', false), (3, 2024, 'a2', false), (4, 2024, 'a3', false), (5, 2024, 'a4', false),
                 (6, 2024, 'a5', false), (7, 2024, 'a6', false)""");
        db.execute("""
                INSERT INTO enrollments VALUES
                 -- a1: 181 of 200 = 90.5%: chronic at 91% (100*181 = 18100 <= 91*200 = 18200), not at 90%
                 --     (10*181 = 1810 > 9*200 = 1800)
                 (2, 2024, 'a1', 'A', 4, DATE '2023-08-20', NULL, NULL, 200, 181),
                 -- a2: 91 of 100 = exactly 91%: chronic at 91% (9100 <= 9100), not at 90% (910 > 900)
                 (3, 2024, 'a2', 'A', 4, DATE '2023-08-20', NULL, NULL, 100, 91),
                 -- a3: 90 of 100 = exactly 90%: chronic at both
                 (4, 2024, 'a3', 'A', 5, DATE '2023-08-20', NULL, NULL, 100, 90),
                 -- a4: 175 of 180 = 97.2%: chronic at neither
                 (5, 2024, 'a4', 'A', 5, DATE '2023-08-20', NULL, NULL, 180, 175),
                 -- a5: 30 days at A, 10 present: out under the 31-day rule, in (and chronic) with 30
                 (6, 2024, 'a5', 'A', 6, DATE '2023-08-20', DATE '2023-10-01', 'transfer_in_state', 30, 10),
                 -- a6: 20 days at A (18 present) and 20 at B (20 present): at neither school 31 days; in D1
                 --     40 days, 38 present = 95%: chronic at neither (100*38 = 3800 > 91*40 = 3640)
                 (7, 2024, 'a6', 'A', 6, DATE '2023-08-20', DATE '2023-09-20', 'transfer_in_state', 20, 18),
                 (8, 2024, 'a6', 'B', 6, DATE '2023-09-21', DATE '2023-10-25', 'transfer_in_state', 20, 20)""");
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2024, 'a1', 'el')) "
                + "t(school_year, student_id, group_id)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The framework file's tree, as the CLI's YAML reader gives it, read by core. */
    private static FrameworkSettings framework(Map<String, ?> measurement, List<? extends Map<String, ?>> metrics) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", "district");
        root.put("measurement", measurement);
        root.put("metrics", metrics);
        FrameworkReader.Result result = FrameworkReader.read("district.yaml", root);
        assertThat(result).isInstanceOf(FrameworkReader.Valid.class);
        return ((FrameworkReader.Valid) result).settings();
    }

    private void compute(FrameworkSettings framework) {
        new MetricEngine(db).compute(framework.metricsToCompute(), framework.measurement(), framework.minN());
    }

    @Test
    void aDistrictsNinetyOnePercentMetricBesideCoresNinety() {
        compute(framework(Map.of(), List.of(Map.of("id", "chronic_absence_91", "population", "attendance",
                "numerator", "100 * days_present <= 91 * days_enrolled", "direction", "lower"))));

        // School A (>= 31 days: a1, a2, a3, a4). 90%: a3 -> 1 / 4. 91%: a1 (90.5%), a2 (91%), a3 -> 3 / 4.
        assertThat(counts(db, "chronic_absence", "school", "A", "all")).contains(counts(1, 4, 4));
        assertThat(counts(db, "chronic_absence_91", "school", "A", "all")).contains(counts(3, 4, 4));
        // District D1 pools a6 (40 days, 95%): 1 / 5 and 3 / 5. School B: a6 has 20 days there, no row.
        assertThat(counts(db, "chronic_absence_91", "district", "D1", "all")).contains(counts(3, 5, 5));
        assertThat(counts(db, "chronic_absence", "district", "D1", "all")).contains(counts(1, 5, 5));
        assertThat(counts(db, "chronic_absence_91", "school", "B", "all")).isEmpty();
        // groups apply to framework metrics as to the catalog's: el = a1 -> 1 / 1 at 91%, 0 / 1 at 90%
        assertThat(counts(db, "chronic_absence_91", "school", "A", "el")).contains(counts(1, 1, 1));
        assertThat(counts(db, "chronic_absence", "school", "A", "el")).contains(counts(0, 1, 1));
    }

    @Test
    void theThresholdAt91MovesAStudentAt90Point5PercentIntoChronicAbsence() {
        MeasurementSettings at91 = MeasurementSettings.DEFAULT.withChronicAbsenceThreshold(new BigDecimal("0.91"));
        compute(framework(Map.of("chronic_absence_threshold", new BigDecimal("0.91")), List.of()));

        assertThat(framework(Map.of("chronic_absence_threshold", new BigDecimal("0.91")), List.of()).measurement())
                .isEqualTo(at91);
        // chronic_absence at 91%: a1 (90.5%), a2 (91%), a3 (90%) -> 3 / 4 (1 / 4 under the written rule)
        assertThat(counts(db, "chronic_absence", "school", "A", "all")).contains(counts(3, 4, 4));
        assertThat(counts(db, "chronic_absence", "school", "A", "el")).contains(counts(1, 1, 1));
        // attendance_90plus at 91% or more: a2 (exactly 91%: in both, as R-4 at 90%) and a4 -> 2 / 4;
        // a1 at 90.5% and a3 at 90% are no longer in it
        assertThat(counts(db, "attendance_90plus", "school", "A", "all")).contains(counts(2, 4, 4));
    }

    @Test
    void theWrittenRuleKeepsTheStudentAt90Point5PercentOutOfChronicAbsence() {
        compute(framework(Map.of(), List.of()));

        // chronic_absence at 90%: a3 only -> 1 / 4; attendance_90plus: a1, a2, a3 (exactly 90%), a4 -> 4 / 4
        assertThat(counts(db, "chronic_absence", "school", "A", "all")).contains(counts(1, 4, 4));
        assertThat(counts(db, "attendance_90plus", "school", "A", "all")).contains(counts(4, 4, 4));
    }

    @Test
    void anotherAttendanceMinimumLetsThirtyDaysCount() {
        compute(framework(Map.of("attendance_min_days", 30), List.of()));

        // with 30 days a5 (10 of 30, chronic) counts at A: a3 and a5 -> 2 / 5; a6's 20 days at A still do not
        assertThat(counts(db, "chronic_absence", "school", "A", "all")).contains(counts(2, 5, 5));
        // in-seat attendance at A: 181 + 91 + 90 + 175 + 10 = 547 of 200 + 100 + 100 + 180 + 30 = 610
        assertThat(counts(db, "in_seat_attendance", "school", "A", "all")).contains(counts(547, 610, 5));
    }

    @Test
    void aMeanAndADayWeightedRateDefinedInTheFile() {
        compute(framework(Map.of(), List.of(
                Map.of("id", "days_absent_mean", "population", "attendance", "kind", "mean",
                        "numerator", "days_enrolled - days_present", "direction", "lower"),
                Map.of("id", "absent_day_rate", "population", "attendance",
                        "numerator", "days_enrolled - days_present", "denominator", "days_enrolled",
                        "direction", "lower"))));

        // days absent at A: a1 19, a2 9, a3 10, a4 5 -> 43 over 4 students (mean 10.75)
        assertThat(counts(db, "days_absent_mean", "school", "A", "all")).contains(counts(43, 4, 4));
        // the same days over the days enrolled: 43 / (200 + 100 + 100 + 180 = 580)
        assertThat(counts(db, "absent_day_rate", "school", "A", "all")).contains(counts(43, 580, 4));
    }

    @Test
    void theReadinessParametersReachTheirPopulations() {
        MetricDefinition satAct = MetricCatalog.find("sat_act_college_ready").orElseThrow();
        MeasurementSettings act24 = MeasurementSettings.DEFAULT.withReadiness(
                MeasurementSettings.DEFAULT.readiness().withActCompositeBenchmark(new BigDecimal("24")));

        assertThat(PopulationSql.sql(satAct, MeasurementSettings.DEFAULT)).contains("scale_score >= 21")
                .doesNotContain("scale_score >= 24");
        assertThat(PopulationSql.sql(satAct, act24)).contains("scale_score >= 24").doesNotContain("scale_score >= 21");
    }
}
