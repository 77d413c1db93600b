package org.flashlight.ontrack;

import java.util.List;
import java.util.SortedMap;
import org.flashlight.core.ontrack.Evaluation;

/**
 * One trained model with its validation: trained on the snapshots of {@code trainYears}, evaluated on
 * the held-out {@code testYear} (the latest year whose outcomes are known), overall and by group.
 *
 * @param trainingEvaluation the same figures on the training years (a large gap to the held-out ones
 *                           would mean over-fitting)
 */
public record ModelEntry(FittedModel model, List<Integer> trainYears, int testYear, long trainingRows,
        long trainingStudents, Evaluation trainingEvaluation, Evaluation heldOut, SortedMap<String, Evaluation> byGroup) {
    public ModelEntry {
        trainYears = List.copyOf(trainYears);
        byGroup = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byGroup));
    }
}
