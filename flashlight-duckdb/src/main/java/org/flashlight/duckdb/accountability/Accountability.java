package org.flashlight.duckdb.accountability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.accountability.FrameworkScorer;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.improvement.DistrictValue;
import org.flashlight.core.improvement.ImprovementInputs;
import org.flashlight.core.improvement.Support;
import org.flashlight.core.improvement.SupportOutcome;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.metric.MetricResult;

/** Scores a run's metric results under a framework (frameworks.md), reading the schools from the bundle. */
public final class Accountability {
    private Accountability() {
    }

    /**
     * What scoring and support read of a run, built once: the school values, the schools with their
     * demographics, the district values and each metric's direction.
     */
    public record Inputs(List<SchoolValue> values, List<SchoolProfile> profiles, List<DistrictValue> districts,
            Map<String, Direction> directions) {
    }

    /** @param results every metric result of the run (all years: cuts and floors come from base years) */
    public static Inputs inputs(BundleDatabase db, List<MetricResult> results, List<MetricDefinition> metrics) {
        Map<String, Direction> directions = new HashMap<>();
        metrics.forEach(m -> directions.put(m.id(), m.direction()));
        List<DistrictValue> districts = results.stream().filter(r -> r.level().equals("district"))
                .map(r -> new DistrictValue(r.schoolYear(), r.entityId(), r.metric(), r.studentGroup(), r.value(),
                        r.students())).toList();
        return new Inputs(SchoolInputs.values(results, metrics), SchoolInputs.profiles(db, results), districts,
                directions);
    }

    /** @param years the years to score and write (all when empty) */
    public static ScoringOutcome score(FrameworkSettings framework, Inputs inputs, Set<Integer> years) {
        return FrameworkScorer.score(framework, inputs.values(), inputs.profiles(), inputs.directions(), years);
    }

    /**
     * The identification-and-support outputs (pairings, communities of practice, exit status, interim
     * benchmarks) of what {@link #score} made of the same inputs.
     */
    public static SupportOutcome support(FrameworkSettings framework, Inputs inputs, ScoringOutcome outcome) {
        if (outcome.schools().isEmpty()) {
            return SupportOutcome.NONE;
        }
        return Support.of(new ImprovementInputs(framework, outcome, inputs.values(), inputs.profiles(),
                inputs.districts(), inputs.directions()));
    }
}
