package org.flashlight.core.simulation;

import java.util.Objects;

/**
 * One setting two frameworks hold differently (a row of simulation_settings.csv), e.g.
 * {@code scoring.domains[academic].weight: 60 vs 70} or {@code measurement.chronic_absence_threshold: 0.90 vs 0.91}.
 *
 * @param path where the setting is, in the framework file's words
 * @param a    A's value in words, {@code (none)} where A has no such setting
 * @param b    B's value in words
 */
public record SettingDifference(String path, String a, String b) {
    public SettingDifference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
    }

    public String describe() {
        return path + ": " + a + " vs " + b;
    }
}
