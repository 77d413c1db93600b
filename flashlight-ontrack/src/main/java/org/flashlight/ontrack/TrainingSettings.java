package org.flashlight.ontrack;

import java.util.List;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.SupportListRule;

/**
 * What {@code flashlight ontrack train} fits.
 *
 * @param seed       every random choice (solver order, tree sampling) follows it: same data and seed, same model
 * @param indicators the indicators to fit
 * @param outcomes   the outcomes to predict
 * @param threshold  the support-list threshold the error rates are reported at
 * @param trees      boosting rounds of the trees
 * @param threads    threads XGBoost may use
 * @param logisticCost the logistic regression's C (LIBLINEAR): it minimizes |w|^2 / 2 + C x the sum of the
 *                   students' log losses, so a smaller C is a stronger L2 penalty
 */
public record TrainingSettings(long seed, List<OnTrackIndicator> indicators, List<OnTrackOutcome> outcomes,
        double threshold, int trees, int threads, double logisticCost) {
    public TrainingSettings {
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        if (indicators.isEmpty() || outcomes.isEmpty()) {
            throw new IllegalArgumentException("train at least one indicator and one outcome");
        }
        new SupportListRule(threshold); // checks the range
        if (!(logisticCost > 0) || Double.isInfinite(logisticCost)) {
            throw new IllegalArgumentException("the logistic regression's C must be a positive number, not "
                    + logisticCost);
        }
    }

    /**
     * C = 1 (LIBLINEAR's default): with tens of thousands of students and 25 standardized features the
     * penalty is light, and it keeps a coefficient finite where a feature separates the outcome perfectly.
     */
    public static final double DEFAULT_LOGISTIC_COST = 1.0;

    public static TrainingSettings defaults(long seed) {
        return new TrainingSettings(seed, List.of(OnTrackIndicator.values()), List.of(OnTrackOutcome.values()),
                SupportListRule.DEFAULT_THRESHOLD, 100, 2, DEFAULT_LOGISTIC_COST);
    }
}
