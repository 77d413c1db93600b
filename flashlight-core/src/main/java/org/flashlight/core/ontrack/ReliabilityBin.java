package org.flashlight.core.ontrack;

/**
 * One row of a reliability table: the students whose predicted probability fell in [low, high), how
 * many, the mean prediction and the share that had the outcome. A calibrated model has
 * meanPredicted close to observedRate in every well-filled bin.
 */
public record ReliabilityBin(double low, double high, long n, double meanPredicted, double observedRate) {
}
