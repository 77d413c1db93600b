package org.flashlight.core.metric;

/**
 * How a metric's value relates to its numerator and denominator (metrics.md R-5): rates and means
 * are numerator / denominator; medians and percentiles have no numerator.
 */
public enum ValueKind {
    /** Proportion 0..1 of a count over a count (or days over days). */
    RATE,
    /** Mean: the numerator is the sum of the values. */
    MEAN,
    /** Median of the numerator expression over the population; no numerator, the denominator counts the values. */
    MEDIAN,
    /**
     * Change from the prior school year of the rate named by the numerator (a metric id), for the same
     * entity and group: this year's rate minus last year's; no numerator, the denominator is this year's.
     */
    CHANGE
}
