package org.flashlight.core.improvement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.targets.Fraction;
import org.flashlight.core.targets.GapClosingTarget;
import org.flashlight.core.targets.InterimBenchmarks;

/**
 * MA-6: for each district, group and gap-closing indicator (method {@code target_points} with a long-term
 * goal, in any framework level; a metric's first such indicator gives its goal), the path of annual targets
 * from the base-year value to the six-year goal ({@link GapClosingTarget#massachusetts}, a third of the gap
 * over six years), with each year's actual value. A path needs a base-year value meeting min n; actuals
 * below min n are left out. One path per base year the run's years fall in.
 */
final class DistrictBenchmarks {
    private DistrictBenchmarks() {
    }

    static List<BenchmarkRow> of(ImprovementInputs inputs) {
        AnnualTargets targets = new AnnualTargets(inputs);
        Map<String, Indicator> byMetric = new LinkedHashMap<>();
        List<String> levels = new ArrayList<>(List.of(""));
        inputs.framework().scoring().levels().forEach(l -> levels.add(l.id()));
        for (String level : levels) {
            targets.gapClosing(level).forEach(i -> byMetric.putIfAbsent(i.metrics().get(0), i));
        }
        if (byMetric.isEmpty() || !targets.hasYears()) {
            return List.of();
        }
        // district|metric|group -> year -> value, counting values only, in a fixed order
        Map<String, Map<Integer, Fraction>> actuals = new TreeMap<>();
        for (DistrictValue v : inputs.districtValues()) {
            if (byMetric.containsKey(v.metric()) && v.students() >= inputs.framework().minN()) {
                actuals.computeIfAbsent(v.districtId() + "|" + v.metric() + "|" + v.group(), k -> new HashMap<>())
                        .put(v.schoolYear(), Fraction.of(v.value()));
            }
        }
        SortedSet<Integer> baseYears = new TreeSet<>();
        targets.years().forEach(y -> baseYears.add(targets.baseYear(y)));
        List<BenchmarkRow> rows = new ArrayList<>();
        for (Map.Entry<String, Map<Integer, Fraction>> series : actuals.entrySet()) {
            String[] parts = series.getKey().split("\\|", -1);
            Indicator indicator = byMetric.get(parts[1]);
            Direction direction = inputs.direction(parts[1]);
            if (direction == Direction.NONE) {
                continue;
            }
            Fraction goal = Fraction.of(indicator.method().longTermGoal());
            for (int baseYear : baseYears) {
                Fraction baseline = series.getValue().get(baseYear);
                if (baseline == null) {
                    continue;
                }
                InterimBenchmarks.path(GapClosingTarget.massachusetts(baseline, goal), baseYear, direction,
                        series.getValue()).forEach(b -> rows.add(new BenchmarkRow(parts[0], parts[1], parts[2],
                                baseYear, b.year(), goal, b.target(), b.actual(), b.onTrack())));
            }
        }
        return rows;
    }
}
