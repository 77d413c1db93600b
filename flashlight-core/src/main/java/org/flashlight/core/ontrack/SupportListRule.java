package org.flashlight.core.ontrack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * BTSC-6: who is on a school's support list. A student is listed when their probability is below the
 * threshold, or when they crossed a flag since the last update: their probability fell below the
 * threshold, or the on-track rule they met at the previous checkpoint is no longer met. Stateless.
 */
public record SupportListRule(double threshold) {
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Why a student is listed; the order is the order of urgency shown to a success team. */
    public enum Reason {
        NEWLY_BELOW_THRESHOLD("newly below the threshold since the last update"),
        NEWLY_OFF_TRACK("newly off track on the 9th-grade rule since the last update"),
        BELOW_THRESHOLD("probability below the threshold");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public SupportListRule {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the support-list threshold is a probability strictly between 0 and 1, got "
                    + threshold);
        }
    }

    /** The reasons to list a student, empty when they are not listed. */
    public List<Reason> reasons(double probability, Optional<Double> previousProbability, Optional<Boolean> ruleMet,
            Optional<Boolean> previousRuleMet) {
        List<Reason> reasons = new ArrayList<>();
        boolean below = probability < threshold;
        if (below && previousProbability.isPresent() && previousProbability.get() >= threshold) {
            reasons.add(Reason.NEWLY_BELOW_THRESHOLD);
        }
        if (ruleMet.isPresent() && !ruleMet.get() && previousRuleMet.orElse(false)) {
            reasons.add(Reason.NEWLY_OFF_TRACK);
        }
        if (below) {
            reasons.add(Reason.BELOW_THRESHOLD);
        }
        return List.copyOf(reasons);
    }
}
