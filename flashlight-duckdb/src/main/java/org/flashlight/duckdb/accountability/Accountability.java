package org.flashlight.duckdb.accountability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.accountability.FrameworkScorer;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.metric.MetricResult;

/** Scores a run's metric results under a framework (frameworks.md), reading the schools from the bundle. */
public final class Accountability {
    private Accountability() {
    }

    /**
     * @param results every metric result of the run (all years: cuts and floors come from base years)
     * @param years   the years to score and write (all when empty)
     */
    public static ScoringOutcome score(BundleDatabase db, FrameworkSettings framework, List<MetricResult> results,
            List<MetricDefinition> metrics, Set<Integer> years) {
        Map<String, Direction> directions = new HashMap<>();
        metrics.forEach(m -> directions.put(m.id(), m.direction()));
        return FrameworkScorer.score(framework, SchoolInputs.values(results, metrics),
                SchoolInputs.profiles(db, results), directions, years);
    }
}
