package org.flashlight.ontrack;

import static java.util.Objects.requireNonNull;

import org.flashlight.core.ontrack.Rate;

/**
 * One whole-entity row of a rate metric in a run's metric_results.csv (empty framework_level).
 *
 * @param published whether the run's public view shows this cell exactly (docs/disclosure.md): not suppressed
 *                  and not top- or bottom-coded, so its value and counts may be printed
 */
public record RateCell(String metric, int schoolYear, String level, String entityId, String group, Rate rate,
        boolean published) {
    public RateCell {
        requireNonNull(metric, "metric is null");
        requireNonNull(level, "level is null");
        requireNonNull(entityId, "entityId is null");
        requireNonNull(group, "group is null");
        requireNonNull(rate, "rate is null");
    }

    /** The same metric, entity and group in the school year {@code year}. */
    String seriesKey(int year) {
        return String.join("|", metric, level, entityId, group, Integer.toString(year));
    }
}
