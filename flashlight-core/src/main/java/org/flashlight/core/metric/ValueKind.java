package org.flashlight.core.metric;

/**
 * How a metric's value relates to its numerator and denominator (metrics.md R-5): rates and means
 * are numerator / denominator; medians and percentiles have no numerator.
 */
public enum ValueKind {
    /** Proportion 0..1 of a count over a count (or days over days). */
    RATE,
    /** Mean: the numerator is the sum of the values. */
    MEAN
}
