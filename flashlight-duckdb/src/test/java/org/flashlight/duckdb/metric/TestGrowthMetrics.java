package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.duckdb.metric.MetricFixture.emptyBundle;
import static org.flashlight.duckdb.metric.MetricFixture.result;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.group.StudentGroups;
import org.flashlight.duckdb.growth.StudentGrowth;
import org.flashlight.duckdb.growth.StudentGrowthRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The growth metrics over SGPs and value-added estimates written by hand (the growth tables are what the
 * growth package computes; here they are given, so the metrics' rules are checked on their own):
 * district D1 with schools A and B, 2024, census date 2023-10-01, SBAC ELA grade 5.
 */
class TestGrowthMetrics {
    private BundleDatabase db;

    @BeforeEach
    void createDistrict() {
        db = emptyBundle();
        db.execute("""
                INSERT INTO schools VALUES
                 (2, 2024, 'A', 'Alder', 'D1', 'One', 0, 5, 'elementary', true, false, false),
                 (3, 2024, 'B', 'Birch', 'D1', 'One', 0, 5, 'elementary', true, false, false)""");
        db.execute("INSERT INTO students (_line, school_year, student_id, swd) SELECT i, 2024, 's' || i, i <= 2 "
                + "FROM range(1, 9) r(i)");
        // s1..s6 all year at A; s7 arrives at B on Dec 2 (not FAY at B nor in D1); s8 all year at B
        db.execute("""
                INSERT INTO enrollments SELECT i + 1, 2024, 's' || i, CASE WHEN i <= 6 THEN 'A' ELSE 'B' END, 5,
                    CASE WHEN i = 7 THEN DATE '2023-12-02' ELSE DATE '2023-08-20' END, NULL, NULL, 150, 140
                FROM range(1, 9) r(i)""");
        db.execute("""
                INSERT INTO assessments SELECT i + 1, 2024, 's' || i, CASE WHEN i <= 6 THEN 'A' ELSE 'B' END, 'sbac',
                    'ela', 5, DATE '2024-04-15', 2500, 3, 'tested', false
                FROM range(1, 9) r(i)""");
        // s5 has no SGP (no prior score, say)
        // projections: s1 and s3 reach proficiency, s2 and s8 do not, the others have none
        StudentGrowth.write(db, List.of(sgp("s1", "A", 10, true), sgp("s2", "A", 20, false), sgp("s3", "A", 35, true),
                sgp("s4", "A", 60), sgp("s6", "A", 90), sgp("s7", "B", 50, true), sgp("s8", "B", 70, false)));
        db.execute("""
                CREATE TABLE school_value_added (school_year INTEGER, subject VARCHAR, school_id VARCHAR,
                    students INTEGER, effect DOUBLE, standard_error DOUBLE, percentile DOUBLE, base_year INTEGER)""");
        db.execute("INSERT INTO school_value_added VALUES (2024, 'ela', 'A', 3, 0.1, 0.05, 62.5, 2024)");
        db.execute("CREATE TABLE value_added_students (school_year INTEGER, subject VARCHAR, school_id VARCHAR, "
                + "student_id VARCHAR)");
        db.execute("INSERT INTO value_added_students VALUES (2024, 'ela', 'A', 's1'), (2024, 'ela', 'A', 's2'), "
                + "(2024, 'ela', 'A', 's3')");
        StudentGroups.create(db, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT);
    }

    private static StudentGrowthRow sgp(String student, String school, int sgp) {
        return new StudentGrowthRow(2024, student, "ela", 5, school, "sbac", 2, sgp);
    }

    private static StudentGrowthRow sgp(String student, String school, int sgp, boolean reaches) {
        return new StudentGrowthRow(2024, student, "ela", 5, school, "sbac", 2, sgp, Optional.of(
                new StudentGrowthRow.Projection(8, reaches ? 2600 : 2500, reaches, OptionalInt.of(sgp))));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void mgpIsTheMedianSgpOfFayStudentsWithAnSgp() {
        // School A: s1..s4, s6 (s5 has none): 10, 20, 35, 60, 90 -> the middle value 35, denominator 5
        MetricResult a = result(db, "ela_mgp", "school", "A", "all").orElseThrow();
        assertThat(a.numerator()).isNull();
        assertThat(a.denominator()).isEqualByComparingTo("5");
        assertThat(a.value()).isEqualByComparingTo("35");
        // School B: s8 (70) only; s7 came after the census date
        assertThat(result(db, "ela_mgp", "school", "B", "all").orElseThrow().value()).isEqualByComparingTo("70");
        // D1: 10, 20, 35, 60, 70, 90 -> (35 + 60) / 2 = 47.5 (R's median of an even count)
        MetricResult d1 = result(db, "ela_mgp", "district", "D1", "all").orElseThrow();
        assertThat(d1.value()).isEqualByComparingTo("47.5");
        assertThat(d1.denominator()).isEqualByComparingTo("6");
        // swd at A: s1 and s2 -> (10 + 20) / 2 = 15
        assertThat(result(db, "ela_mgp", "school", "A", "swd").orElseThrow().value()).isEqualByComparingTo("15");
    }

    @Test
    void sgpMeanIsTheSumOverTheCount() {
        // School A: (10 + 20 + 35 + 60 + 90) / 5 = 215 / 5; D1 adds 70: 285 / 6
        assertThat(MetricFixture.fraction(db, "ela_sgp_mean", "school", "A", "all")).contains(List.of("215", "5"));
        assertThat(MetricFixture.fraction(db, "ela_sgp_mean", "district", "D1", "all")).contains(List.of("285", "6"));
    }

    @Test
    void growthToProficiencyCountsTheStudentsWithAProjection() {
        // A: s1, s3 reach; s2 does not; s4, s6 have no projection -> 2 / 3.  B: s8 does not (s7 is not FAY) -> 0 / 1
        assertThat(MetricFixture.fraction(db, "ela_growth_to_proficiency", "school", "A", "all"))
                .contains(List.of("2", "3"));
        assertThat(MetricFixture.fraction(db, "ela_growth_to_proficiency", "school", "B", "all"))
                .contains(List.of("0", "1"));
        assertThat(MetricFixture.fraction(db, "ela_growth_to_proficiency", "district", "D1", "all"))
                .contains(List.of("2", "4"));
    }

    @Test
    void noSgpsNoGrowthRows() {
        assertThat(result(db, "math_mgp", "school", "A", "all")).isEmpty();
        assertThat(result(db, "math_sgp_mean", "state", "state", "all")).isEmpty();
    }

    @Test
    void valueAddedIsTheSchoolsPercentileForAllStudentsOnly() {
        MetricResult a = result(db, "ela_growth_value_added", "school", "A", "all").orElseThrow();
        assertThat(a.numerator()).isNull();
        assertThat(a.denominator()).isEqualByComparingTo("3");
        assertThat(a.value()).isEqualByComparingTo("62.5");
        assertThat(result(db, "ela_growth_value_added", "school", "A", "swd")).isEmpty();
        assertThat(result(db, "ela_growth_value_added", "district", "D1", "all")).isEmpty();
        assertThat(result(db, "ela_growth_value_added", "school", "B", "all")).isEmpty();
    }
}
