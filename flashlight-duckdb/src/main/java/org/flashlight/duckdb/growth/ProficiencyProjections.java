package org.flashlight.duckdb.growth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.growth.GrowthModel;
import org.flashlight.core.growth.GrowthProjection;

/**
 * Growth to proficiency (metrics.md {@code *_growth_to_proficiency}, docs/metrics/growth.md): whether a
 * student's growth, sustained, reaches proficiency within {@link #YEARS} years or by grade
 * {@link #LAST_GRADE}, whichever comes first. The horizon of a grade-G student is min(3, 8 - G) years;
 * students in grade 8 or above have none (no later tested grade to reach) and no projection. The student's
 * scores are projected at their own SGP with the current year's fits (the percentile growth trajectories of
 * {@link GrowthProjection}, the SGP package's rule) to the
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
        List<GrowthModel> nextModels = new ArrayList<>();
        for (int year = 1; year <= years; year++) {
            Optional<GrowthModel> model = model(progression, progression.grade() + year,
                    scoresOldestFirst.length + year - 1);
            if (model.isEmpty()) {
                return Optional.empty();
            }
            nextModels.add(model.get());
        }
        double[] lastYear = GrowthProjection.trajectories(nextModels, scoresOldestFirst)[years - 1];
        double projected = lastYear[sgp - 1];
        return Optional.of(new StudentGrowthRow.Projection(horizonGrade, projected, reaches(projected, cut.get()),
                GrowthProjection.percentileReaching(lastYear, cut.get().doubleValue())));
    }

    /** The fit of {@code grade} this year with the most priors the scores so far allow, at most the maximum. */
    private Optional<GrowthModel> model(Progression progression, int grade, int available) {
        for (int k = Math.min(available, maxPriors); k >= 1; k--) {
            GrowthModel model = models.get(new StudentGrowth.Fit(new Progression(progression.test(),
                    progression.subject(), grade, progression.schoolYear()), k));
            if (model != null) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }

    /** Whether a (projected) score is at or above a cut, compared exactly in decimals. */
    static boolean reaches(double score, BigDecimal cut) {
        return new BigDecimal(score).compareTo(cut) >= 0;
    }
}
