package org.flashlight.core.ontrack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How well predicted probabilities match outcomes on held-out students (BTSC-4): discrimination (AUC),
 * accuracy of the probabilities (Brier score), calibration (reliability table and its weighted mean
 * absolute gap) and the error rates of a flag "probability below threshold".
 *
 * @param n                 students evaluated
 * @param positives         students who had the outcome
 * @param auc               probability that a random student with the outcome got a higher prediction
 *                          than a random one without (ties count half); empty when either class is absent
 * @param brier             mean of (prediction - outcome)^2, 0 is perfect, 0.25 is a coin flip at 50%
 * @param meanPredicted     mean prediction (calibration in the large: compare with observedRate)
 * @param observedRate      positives / n
 * @param calibrationError  sum over bins of n_bin x |mean predicted - observed| / n (expected calibration error)
 * @param reliability       ten bins of width 0.1
 * @param threshold         the flag threshold the error rates use
 * @param flaggedRate       share of students with prediction < threshold
 * @param falseFlagRate     among students who had the outcome, the share flagged (flagged but fine)
 * @param missedRate        among students without the outcome, the share not flagged (missed)
 */
public record Evaluation(long n, long positives, Optional<Double> auc, double brier, double meanPredicted,
        double observedRate, double calibrationError, List<ReliabilityBin> reliability, double threshold,
        double flaggedRate, double falseFlagRate, double missedRate) {
    private static final int BINS = 10;

    public Evaluation {
        reliability = List.copyOf(reliability);
    }

    /** Evaluates {@code predicted[i]} against {@code outcome[i]}; needs at least one student. */
    public static Evaluation of(double[] predicted, boolean[] outcome, double threshold) {
        if (predicted.length != outcome.length || predicted.length == 0) {
            throw new IllegalArgumentException("need as many outcomes as predictions, and at least one: "
                    + predicted.length + " predictions, " + outcome.length + " outcomes");
        }
        int n = predicted.length;
        long positives = 0;
        double squaredError = 0;
        double sumPredicted = 0;
        long flagged = 0;
        long flaggedPositives = 0;
        long unflaggedNegatives = 0;
        long[] binN = new long[BINS];
        double[] binPredicted = new double[BINS];
        long[] binPositives = new long[BINS];
        for (int i = 0; i < n; i++) {
            double p = predicted[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("a probability is 0..1, got " + p);
            }
            int y = outcome[i] ? 1 : 0;
            positives += y;
            squaredError += (p - y) * (p - y);
            sumPredicted += p;
            boolean flag = p < threshold;
            flagged += flag ? 1 : 0;
            flaggedPositives += flag && y == 1 ? 1 : 0;
            unflaggedNegatives += !flag && y == 0 ? 1 : 0;
            int bin = Math.min(BINS - 1, (int) Math.floor(p * BINS));
            binN[bin]++;
            binPredicted[bin] += p;
            binPositives[bin] += y;
        }
        List<ReliabilityBin> table = new ArrayList<>();
        double calibrationError = 0;
        for (int b = 0; b < BINS; b++) {
            double meanPredicted = binN[b] == 0 ? 0 : binPredicted[b] / binN[b];
            double observed = binN[b] == 0 ? 0 : (double) binPositives[b] / binN[b];
            table.add(new ReliabilityBin(b / (double) BINS, (b + 1) / (double) BINS, binN[b], meanPredicted, observed));
            calibrationError += Math.abs(binPredicted[b] - binPositives[b]) / n;
        }
        long negatives = n - positives;
        return new Evaluation(n, positives, auc(predicted, outcome), squaredError / n, sumPredicted / n,
                (double) positives / n, calibrationError, table, threshold, (double) flagged / n,
                positives == 0 ? 0 : (double) flaggedPositives / positives,
                negatives == 0 ? 0 : (double) unflaggedNegatives / negatives);
    }

    /** Mann-Whitney AUC with average ranks for ties; empty when every outcome is the same. */
    public static Optional<Double> auc(double[] predicted, boolean[] outcome) {
        int n = predicted.length;
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> predicted[i]));
        double positiveRankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double averageRank = (i + 1 + j + 1) / 2.0; // ranks i+1 .. j+1 share their mean
            for (int k = i; k <= j; k++) {
                if (outcome[order[k]]) {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Optional.empty();
        }
        return Optional.of((positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives));
    }
}
