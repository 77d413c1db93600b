package org.flashlight.duckdb.metric;

/** Told as the engine finishes each pass (one population, with the metrics computed over it). */
@FunctionalInterface
public interface MetricProgress {
    MetricProgress NONE = (description, done, total) -> { };

    void passDone(String description, int done, int total);
}
