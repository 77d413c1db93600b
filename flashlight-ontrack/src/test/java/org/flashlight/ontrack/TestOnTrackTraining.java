package org.flashlight.ontrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.Test;

class TestOnTrackTraining {
    @Test
    void printFigures() throws Exception {
        try (BundleDatabase db = GeneratedState.loaded()) {
            long t0 = System.nanoTime();
            List<ModelEntry> entries = new OnTrackTrainer(new TrainingSettings(7, List.of(OnTrackIndicator.values()),
                    List.of(OnTrackOutcome.COLLEGE_PERSISTENCE, OnTrackOutcome.GRADUATION), 0.5, 100, 2)).train(db);
            System.out.println("train s " + (System.nanoTime() - t0) / 1e9 + " bayes " + GeneratedState.summary().bayesAuc());
            for (ModelEntry e : entries) {
                System.out.printf("%s %s %s train %s test %d n=%d auc=%.3f/%.3f brier=%.4f ece=%.4f mean %.3f obs %.3f%n",
                        e.model().indicator().id(), e.model().outcome().id(), e.model().kind().id(), e.trainYears(), e.testYear(),
                        e.heldOut().n(), e.trainingEvaluation().auc().orElse(-1.0), e.heldOut().auc().orElse(-1.0),
                        e.heldOut().brier(), e.heldOut().calibrationError(), e.heldOut().meanPredicted(), e.heldOut().observedRate());
            }
            assertThat(entries).isNotEmpty();
        }
    }
}
