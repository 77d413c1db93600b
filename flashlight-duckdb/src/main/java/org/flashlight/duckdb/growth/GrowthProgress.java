package org.flashlight.duckdb.growth;

/** Told after each progression is done, for a progress bar. */
@FunctionalInterface
public interface GrowthProgress {
    GrowthProgress NONE = (progression, done, total) -> { };

    void progressionDone(String progression, int done, int total);
}
