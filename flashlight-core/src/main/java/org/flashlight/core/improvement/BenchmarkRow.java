package org.flashlight.core.improvement;

import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.targets.Fraction;

/**
 * One year of a district's and group's path to its six-year goal on one indicator (MA-6), a row of
 * interim_benchmarks.csv: the annual target, and the actual value where the run has that year.
 *
 * @param baselineYear the base year the path starts from (its target is the baseline value itself)
 * @param onTrack      whether the actual is at or beyond the target in the indicator's better direction
 */
public record BenchmarkRow(String districtId, String metric, String group, int baselineYear, int schoolYear,
        Fraction goal, Fraction target, Optional<Fraction> actual, Optional<Boolean> onTrack) {
    public BenchmarkRow {
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(onTrack, "onTrack");
    }
}
