package org.flashlight.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.metric.Direction;

/**
 * MA-6: the path of annual targets from a district's or group's baseline year to its six-year goal,
 * with the actual values plotted against it (seed 000: "interim benchmarks").
 */
public final class InterimBenchmarks {

    /** One year of the path; {@code onTrack} is present when the year has an actual value. */
    public record Benchmark(int year, Fraction target, Optional<Fraction> actual, Optional<Boolean> onTrack) {
    }

    private InterimBenchmarks() {
    }

    public static List<Benchmark> path(GapClosingTarget targets, int baselineYear, Direction direction,
            Map<Integer, Fraction> actualByYear) {
        List<Benchmark> path = new ArrayList<>();
        List<Fraction> values = targets.path();
        for (int k = 0; k < values.size(); k++) {
            int year = baselineYear + k;
            Fraction target = values.get(k);
            Optional<Fraction> actual = Optional.ofNullable(actualByYear.get(year));
            Optional<Boolean> onTrack = actual.map(value ->
                    new TargetStanding("path", "group", value, target, direction).met());
            path.add(new Benchmark(year, target, actual, onTrack));
        }
        return List.copyOf(path);
    }
}
