package org.flashlight.duckdb.growth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.flashlight.core.growth.SplineKnots;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.Schema;
import org.flashlight.duckdb.growth.Progression.ScoreGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which scores enter growth and which students make up each progression, on hand-made rows (SBAC ELA,
 * 2022-2024). The fits themselves are the core's (org.flashlight.core.growth); here the minimum cohort is
 * set above every progression so that the cohorts are reported, not fitted.
 */
class TestStudentGrowth {
    private BundleDatabase db;

    @BeforeEach
    void createBundle() {
        db = BundleDatabase.inMemory();
        for (Table t : BundleContract.TABLES) {
            db.execute(Schema.createTable(t));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int line = 1;

    private void score(int year, String student, String test, int grade, Integer scale, Integer level,
            String participation, boolean alternate) {
        db.execute("INSERT INTO assessments VALUES (" + (++line) + ", " + year + ", '" + student + "', 'A', '" + test
                + "', 'ela', " + grade + ", DATE '" + year + "-04-15', " + scale + ", " + level + ", '" + participation
                + "', " + alternate + ")");
    }

    private void tested(int year, String student, int grade, int scale) {
        score(year, student, "sbac", grade, scale, 3, "tested", false);
    }

    @Test
    void theCountedRowIsR7sFirstTestedRowWithALevelAndOnlyRegularScoresEnter() {
        tested(2024, "a", 5, 2500);
        tested(2024, "a", 5, 2600);                                      // second row: R-7 takes the first
        score(2024, "b", "sbac", 5, null, null, "absent", false);      // not tested
        tested(2024, "b", 5, 2450);                                     // b's first tested row
        score(2024, "c", "sbac", 5, 2480, null, "tested", false);      // no level: not R-7's row
        score(2024, "d", "msaa", 5, 1250, 2, "tested", false);         // alternate test
        score(2024, "e", "sbac", 5, 2400, 2, "tested", true);          // flagged alternate
        score(2024, "f", "access", 5, 300, 3, "tested", false);        // not an accountability test
        db.execute(GrowthScores.create(AssessmentSettings.DEFAULT));
        assertThat(rows("SELECT student_id || ' ' || CAST(scale_score AS INTEGER) FROM growth_scores ORDER BY 1"))
                .containsExactly("a 2500", "b 2450");
    }

    @Test
    void progressionsUseConsecutiveGradesAndYearsOnOneTest() {
        // grade 5 in 2024:
        // p: grades 3, 4, 5 in 2022, 2023, 2024 -> two priors
        tested(2022, "p", 3, 2400);
        tested(2023, "p", 4, 2450);
        tested(2024, "p", 5, 2500);
        // q: grade 4 in 2023 only -> one prior
        tested(2023, "q", 4, 2440);
        tested(2024, "q", 5, 2490);
        // r: grade 3 in 2022 but nothing in 2023 -> no consecutive prior: not in the progression
        tested(2022, "r", 3, 2410);
        tested(2024, "r", 5, 2510);
        // s: retained (grade 5 in 2023 and 2024) -> the prior is not one grade lower: not in it
        tested(2023, "s", 5, 2470);
        tested(2024, "s", 5, 2520);
        // t: prior on PARCC, another scale -> not in the SBAC progression
        score(2023, "t", "parcc", 4, 740, 3, "tested", false);
        tested(2024, "t", 5, 2530);
        GrowthSummary summary = StudentGrowth.compute(db,
                new GrowthSettings(2, Integer.MAX_VALUE, AssessmentSettings.DEFAULT), TestCatalog.builtIn(),
                GrowthProgress.NONE);
        assertThat(summary.fits()).isEmpty();
        assertThat(summary.tooSmall()).containsExactly(
                // 2023 grade 4: p (grade 3 in 2022); q has no 2022 score
                "2023 sbac ela grade 4, 1 prior: 1 student",
                // 2023 grade 5: nobody (s was not in grade 4 in 2022)
                // 2024 grade 5: two priors p; one prior p and q (the one-prior fit includes p)
                "2024 sbac ela grade 5, 2 priors: 1 student",
                "2024 sbac ela grade 5, 1 prior: 2 students");
        assertThat(summary.students()).isZero();
        assertThat(db.queryLong("SELECT count(*) FROM student_growth")).isZero();
    }

    @Test
    void maxPriorsOneMakesOnlyOnePriorFits() {
        tested(2022, "p", 3, 2400);
        tested(2023, "p", 4, 2450);
        tested(2024, "p", 5, 2500);
        GrowthSummary summary = StudentGrowth.compute(db,
                new GrowthSettings(1, Integer.MAX_VALUE, AssessmentSettings.DEFAULT), TestCatalog.builtIn(),
                GrowthProgress.NONE);
        assertThat(summary.tooSmall()).containsExactly("2023 sbac ela grade 4, 1 prior: 1 student",
                "2024 sbac ela grade 5, 1 prior: 1 student");
    }

    @Test
    void theKnotsOfAPriorGradePoolItsScoresInEveryPriorYearOfTheAnalysis() {
        // max priors 2, grade 5 in 2024: prior years 2023 and 2022; grade 4 pools both, grade 3 pools both
        Map<ScoreGroup, double[]> pooled = Map.of(
                new ScoreGroup("sbac", "ela", 4, 2023), new double[] {10, 20, 30},
                new ScoreGroup("sbac", "ela", 4, 2022), new double[] {15, 25},
                new ScoreGroup("sbac", "ela", 4, 2021), new double[] {1000},          // not a prior year of this fit
                new ScoreGroup("sbac", "ela", 3, 2022), new double[] {5, 6, 7, 8, 9},
                new ScoreGroup("sbac", "ela", 3, 2023), new double[] {4},
                new ScoreGroup("sbac", "math", 4, 2023), new double[] {-50});        // another subject
        Progression grade5 = new Progression("sbac", "ela", 5, 2024);
        List<SplineKnots> twoPriors = StudentGrowth.knots(grade5, 2, 2, pooled);
        assertThat(twoPriors).containsExactly(
                SplineKnots.fromScores(new double[] {4, 5, 6, 7, 8, 9}),             // grade 3, oldest first
                SplineKnots.fromScores(new double[] {10, 15, 20, 25, 30}));          // grade 4
        // the one-prior fit of the same analysis uses the same knots for grade 4 (both prior years)
        assertThat(StudentGrowth.knots(grade5, 1, 2, pooled))
                .containsExactly(SplineKnots.fromScores(new double[] {10, 15, 20, 25, 30}));
        // with max priors 1 the analysis has one prior year: grade 4 of 2023 only
        assertThat(StudentGrowth.knots(grade5, 1, 1, pooled))
                .containsExactly(SplineKnots.fromScores(new double[] {10, 20, 30}));
    }

    private List<String> rows(String sql) {
        List<String> result = new ArrayList<>();
        try (var s = db.connection().createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
        return result;
    }
}
