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
 * Adjusted-cohort graduation rates (metrics.md grad_*, R-13) for cohort 2021 of high school H,
 * which belongs to district D1 in 2024 and to D2 from 2025 on.
 */
class TestGraduationMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createCohort() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'H', 'Hill High', 'D1', 'One', 9, 12, 'high', true, false, false),
                 (3, 2025, 'H', 'Hill High', 'D2', 'Two', 9, 12, 'high', true, false, false),
                 (4, 2026, 'H', 'Hill High', 'D2', 'Two', 9, 12, 'high', true, false, false)""");
        db.execute("""
                INSERT INTO graduation_cohorts VALUES
                 (2, 2021, 'g1', 'H', 'graduated', 2024),
                 (3, 2021, 'g2', 'H', 'graduated', 2025),
                 (4, 2021, 'g3', 'H', 'graduated_alternative', 2024),
                 (5, 2021, 'g4', 'H', 'transferred_out', 2023),
                 (6, 2021, 'g5', 'H', 'dropout', 2023),
                 (7, 2021, 'g6', 'H', 'ged', 2025),
                 (8, 2021, 'g7', 'H', 'graduated', 2026)""");
        // g1 has rows in 2022 (swd) and 2026 (not swd); g2 only in 2025 (swd); the others none (all only).
        db.execute("INSERT INTO students (_line, school_year, student_id) VALUES (2, 2022, 'g1'), (3, 2026, 'g1'), "
                + "(4, 2025, 'g2')");
        db.execute("CREATE TABLE student_groups AS SELECT * FROM (VALUES (2022, 'g1', 'swd'), (2025, 'g2', 'swd')) "
                + "t(school_year, student_id, group_id)");
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void transfersLeaveTheCohortAndLateGraduatesCountInLaterRates() {
        // In the cohort: g1, g2, g3, g5, g6, g7 (g4 transferred out) = 6.
        // 4-year (2024): g1 -> 1/6. 5-year (2025): g1, g2 -> 2/6. 6-year (2026): g1, g2, g7 -> 3/6.
        assertThat(fraction(db, "grad_4yr", 2024, "school", "H", "all")).contains(List.of("1", "6"));
        assertThat(fraction(db, "grad_5yr", 2025, "school", "H", "all")).contains(List.of("2", "6"));
        assertThat(fraction(db, "grad_6yr", 2026, "school", "H", "all")).contains(List.of("3", "6"));
        // Alternative diplomas count only in grad_alternative: g1, g2, g3, g7 -> 4/6 (ged does not).
        assertThat(fraction(db, "grad_alternative", 2026, "school", "H", "all")).contains(List.of("4", "6"));
    }

    @Test
    void theDistrictIsTheOneOfTheReportingYear() {
        assertThat(fraction(db, "grad_4yr", 2024, "district", "D1", "all")).contains(List.of("1", "6"));
        assertThat(fraction(db, "grad_5yr", 2025, "district", "D2", "all")).contains(List.of("2", "6"));
        assertThat(fraction(db, "grad_5yr", 2025, "district", "D1", "all")).isEmpty();
        assertThat(fraction(db, "grad_6yr", 2026, "state", "state", "all")).contains(List.of("3", "6"));
    }

    @Test
    void groupsComeFromTheNearestStudentsRow() {
        // 2024: g1 uses its 2022 row (latest earlier: swd), g2 its 2025 row (earliest later: swd) -> 1/2.
        assertThat(fraction(db, "grad_4yr", 2024, "school", "H", "swd")).contains(List.of("1", "2"));
        // 2026: g1 uses its 2026 row (not swd), g2 its 2025 row (swd, graduated) -> 1/1.
        assertThat(fraction(db, "grad_6yr", 2026, "school", "H", "swd")).contains(List.of("1", "1"));
    }
}
