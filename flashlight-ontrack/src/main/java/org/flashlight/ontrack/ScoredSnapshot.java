package org.flashlight.ontrack;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.ontrack.Factor;
import org.flashlight.core.ontrack.IndicatorResult;
import org.flashlight.core.ontrack.OnTrackOutcome;

/**
 * A scored snapshot: the headline probability (college persistence when trained), the other outcomes'
 * probabilities, the probability at the student's previous update of the year, the rule-based indicator
 * with its components, and the factors behind the probability.
 */
public record ScoredSnapshot(Snapshot snapshot, double probability, Map<OnTrackOutcome, Double> others,
        Optional<Double> previousProbability, Optional<IndicatorResult> rule, Optional<IndicatorResult> previousRule,
        List<Factor> factors) {
    public ScoredSnapshot {
        others = Map.copyOf(others);
        factors = List.copyOf(factors);
    }
}
