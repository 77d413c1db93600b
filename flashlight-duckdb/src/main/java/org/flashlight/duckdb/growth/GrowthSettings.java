package org.flashlight.duckdb.growth;

import java.util.Objects;
import org.flashlight.core.metric.AssessmentSettings;

/**
 * The parameters of the Student Growth Percentile computation (growth.md).
 *
 * @param maxPriors  the most prior years a progression uses (default 2)
 * @param minCohort  the fewest students a progression needs to be fitted (default 1,000); below it, no SGPs
 * @param assessment which tests and grades count (the framework's accountability tests and tested grades;
 *                   the alternate tests among them never enter a fit)
 */
public record GrowthSettings(int maxPriors, int minCohort, AssessmentSettings assessment) {
    public static final int DEFAULT_MAX_PRIORS = 2;
    public static final int DEFAULT_MIN_COHORT = 1000;
    public static final GrowthSettings DEFAULT = of(AssessmentSettings.DEFAULT);

    public GrowthSettings {
        Objects.requireNonNull(assessment, "assessment is null");
        if (maxPriors < 1) {
            throw new IllegalArgumentException("the maximum number of priors must be at least 1, not " + maxPriors);
        }
        if (minCohort < 1) {
            throw new IllegalArgumentException("the minimum cohort size must be at least 1, not " + minCohort);
        }
    }

    /** The defaults of growth.md with these tests and grades. */
    public static GrowthSettings of(AssessmentSettings assessment) {
        return new GrowthSettings(DEFAULT_MAX_PRIORS, DEFAULT_MIN_COHORT, assessment);
    }
}
