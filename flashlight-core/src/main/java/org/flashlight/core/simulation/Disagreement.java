package org.flashlight.core.simulation;

import java.util.List;
import java.util.Objects;

/**
 * Why two frameworks treat one school's metric differently (CA-4; a row of simulation_disagreements.csv).
 *
 * @param frameworkLevel the school's framework level under A (under B where A has no levels)
 * @param treatmentA     what A makes of the metric for this school, in words
 * @param treatmentB     what B makes of it
 * @param kinds          the kinds of difference, in this order where several apply: {@code usage} (one side
 *                       does not use the metric), {@code population} (a different definition, or the same
 *                       definition counting different students), {@code rule} (method, cuts, floor and
 *                       target, min n), {@code weight}
 * @param reasons        one sentence per difference, in the order of kinds
 */
public record Disagreement(int schoolYear, String schoolId, String frameworkLevel, String metric,
        String treatmentA, String treatmentB, List<String> kinds, List<String> reasons) {
    public Disagreement {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(metric, "metric");
        kinds = List.copyOf(kinds);
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException(schoolId + " " + metric + ": a disagreement needs a reason");
        }
    }

    public String reason() {
        return String.join("; ", reasons);
    }
}
