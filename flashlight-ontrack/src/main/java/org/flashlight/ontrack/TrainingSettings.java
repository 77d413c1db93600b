package org.flashlight.ontrack;

import java.util.List;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.SupportListRule;

/**
 * What {@code flashlight ontrack train} fits.
 *
 * @param seed       every random choice (SGD order, tree sampling) follows it: same data and seed, same model
 * @param indicators the indicators to fit
 * @param outcomes   the outcomes to predict
 * @param threshold  the support-list threshold the error rates are reported at
 * @param trees      boosting rounds of the trees
 * @param threads    threads XGBoost may use
 */
public record TrainingSettings(long seed, List<OnTrackIndicator> indicators, List<OnTrackOutcome> outcomes,
        double threshold, int trees, int threads) {
    public TrainingSettings {
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        if (indicators.isEmpty() || outcomes.isEmpty()) {
            throw new IllegalArgumentException("train at least one indicator and one outcome");
        }
        new SupportListRule(threshold); // checks the range
    }

    public static TrainingSettings defaults(long seed) {
        return new TrainingSettings(seed, List.of(OnTrackIndicator.values()), List.of(OnTrackOutcome.values()),
                SupportListRule.DEFAULT_THRESHOLD, 100, 2);
    }
}
