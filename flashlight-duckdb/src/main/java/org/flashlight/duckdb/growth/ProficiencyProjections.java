package org.flashlight.duckdb.growth;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.growth.GrowthModel;
import org.flashlight.core.growth.GrowthTrajectory;

/**
 * Growth to proficiency (metrics.md {@code *_growth_to_proficiency}, docs/metrics/growth.md): whether a
 * student's growth, sustained, reaches proficiency within {@link #YEARS} years or by grade
 * {@link #LAST_GRADE}, whichever comes first. The horizon of a grade-G student is min(3, 8 - G) years;
 * students in grade 8 or above have none (no later tested grade to reach) and no projection. The student's
 * scores are projected at their own SGP with the current year's fits ({@link GrowthTrajectory}) to the
 * horizon grade, and compared with that grade's proficient cut (the test's proficient level in tests.csv or
 * the built-in definitions). No projection where a grade on the way has no fit or the test has no levels.
 */
final class ProficiencyProjections {
    static final int YEARS = 3;
    static final int LAST_GRADE = 8;

    private final Map<StudentGrowth.Fit, GrowthModel> models;
    private final TestCatalog tests;
    private final int maxPriors;

    ProficiencyProjections(Map<StudentGrowth.Fit, GrowthModel> models, TestCatalog tests, int maxPriors) {
        this.models = Map.copyOf(models);
        this.tests = tests;
        this.maxPriors = maxPriors;
    }

    /** The horizon of a grade: min(3, 8 - grade) years, 0 from grade 8 on. */
    static int horizonYears(int grade) {
        return Math.max(0, Math.min(YEARS, LAST_GRADE - grade));
    }

    Optional<StudentGrowthRow.Projection> project(Progression progression, double[] scoresOldestFirst, int sgp) {
        int years = horizonYears(progression.grade());
        if (years == 0) {
            return Optional.empty();
        }
        int horizonGrade = progression.grade() + years;
        Optional<BigDecimal> cut = tests.find(progression.test(), progression.subject(), horizonGrade)
                .flatMap(d -> d.cut(d.proficientLevel()));
        if (cut.isEmpty()) {
            return Optional.empty();
        }
        GrowthTrajectory.Models yearModels = (grade, available) -> {
            for (int k = Math.min(available, maxPriors); k >= 1; k--) {
                GrowthModel model = models.get(new StudentGrowth.Fit(new Progression(progression.test(),
                        progression.subject(), grade, progression.schoolYear()), k));
                if (model != null) {
                    return Optional.of(model);
                }
            }
            return Optional.empty();
        };
        return GrowthTrajectory.of(yearModels, progression.grade(), scoresOldestFirst, years).map(trajectory -> {
            double projected = trajectory.project(sgp);
            return new StudentGrowthRow.Projection(horizonGrade, projected, GrowthTrajectory.reaches(projected,
                    cut.get()), trajectory.percentileNeeded(cut.get()));
        });
    }
}
