package org.flashlight.core.ontrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** AUC, Brier score and the reliability table against hand-computed values. */
class TestEvaluation {
    @Test
    void aucCountsPairsAndTiesHalf() {
        // positives at 0.8 and 0.4, negatives at 0.4 and 0.1: pairs (pos > neg) = 0.8>0.4, 0.8>0.1, 0.4>0.1 = 3,
        // the tie 0.4 = 0.4 counts half: (3 + 0.5) / 4 = 0.875
        double[] p = {0.8, 0.4, 0.4, 0.1};
        boolean[] y = {true, true, false, false};
        assertThat(Evaluation.auc(p, y)).hasValue(0.875);
    }

    @Test
    void aucIsEmptyWhenOneClassIsAbsent() {
        assertThat(Evaluation.auc(new double[] {0.2, 0.9}, new boolean[] {true, true})).isEmpty();
    }

    @Test
    void brierCalibrationAndFlagRates() {
        // (0.9-1)^2 + (0.6-0)^2 + (0.3-1)^2 + (0.2-0)^2 = 0.01 + 0.36 + 0.49 + 0.04 = 0.90; / 4 = 0.225
        double[] p = {0.9, 0.6, 0.3, 0.2};
        boolean[] y = {true, false, true, false};
        Evaluation e = Evaluation.of(p, y, 0.5);
        assertThat(e.brier()).isCloseTo(0.225, within(1e-12));
        assertThat(e.meanPredicted()).isCloseTo(0.5, within(1e-12));
        assertThat(e.observedRate()).isEqualTo(0.5);
        // flagged (< 0.5): 0.3 and 0.2; positives 0.9, 0.3 -> one of two flagged; negatives 0.6, 0.2 -> 0.6 missed
        assertThat(e.flaggedRate()).isEqualTo(0.5);
        assertThat(e.falseFlagRate()).isEqualTo(0.5);
        assertThat(e.missedRate()).isEqualTo(0.5);
        // bins: [0.2,0.3) 0.2 obs 0; [0.3,0.4) 0.3 obs 1; [0.6,0.7) 0.6 obs 0; [0.9,1] 0.9 obs 1
        // ECE = (0.2 + 0.7 + 0.6 + 0.1) / 4 = 0.4
        assertThat(e.calibrationError()).isCloseTo(0.4, within(1e-12));
        assertThat(e.reliability().get(9).n()).isEqualTo(1);
        assertThat(e.reliability().get(9).meanPredicted()).isCloseTo(0.9, within(1e-12));
        // AUC: pos {0.9, 0.3} vs neg {0.6, 0.2}: 0.9>0.6, 0.9>0.2, 0.3>0.2 = 3 of 4
        assertThat(e.auc()).hasValue(0.75);
    }

    @Test
    void calibratedDrawsHaveSmallCalibrationErrorAndRandomScoresHaveAucNearHalf() {
        // property over seeds: outcomes drawn with the predicted probability are calibrated by construction
        for (long seed = 1; seed <= 5; seed++) {
            Random random = new Random(seed);
            int n = 20_000;
            double[] p = new double[n];
            double[] noise = new double[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                p[i] = random.nextDouble();
                noise[i] = random.nextDouble();
                y[i] = random.nextDouble() < p[i];
            }
            Evaluation calibrated = Evaluation.of(p, y, 0.5);
            assertThat(calibrated.calibrationError()).isLessThan(0.03);
            assertThat(Evaluation.auc(noise, y).orElseThrow()).isCloseTo(0.5, within(0.02));
            // p ~ U(0,1), y ~ Bernoulli(p): P(y=1) = P(y=0) = 1/2, so AUC = P(a > b) with densities 2a and 2(1-b)
            // = 4 x int_0^1 a x int_0^a (1-b) db da = 4 x int_0^1 (a^2 - a^3/2) da = 4 x (1/3 - 1/8) = 5/6
            assertThat(calibrated.auc().orElseThrow()).isCloseTo(5.0 / 6, within(0.015));
        }
    }
}
