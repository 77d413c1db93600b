package org.flashlight.core.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;

/**
 * What the measurement engine needs to know of a framework: its identity, the minimum n for
 * scoring, the public suppression threshold, the economic-disadvantage rule, its measurement
 * parameters and the metrics it defines itself. (The frameworks issue extends the framework model
 * with methods, weights and designations.)
 *
 * @param id             framework id, e.g. {@code core-sqii}
 * @param name           display name
 * @param version        version of the framework file
 * @param minN           students a group needs for its value to count in scoring (metrics.md "Minimum n")
 * @param minNPublic     students below which a public cell is suppressed (outputs.md, default 10)
 * @param econDisadvRule {@code frl_or_direct_cert} or {@code dc_at_risk}
 * @param measurement    the framework's measurement parameters ({@code measurement:}; default the written rules)
 * @param metrics        the metrics the framework file defines ({@code metrics:}): new ones, and catalog
 *                       metrics it redefines under the catalog's id
 * @param scoring        how metric values become points or levels, scores, ratings and designations
 *                       ({@code scoring:}); {@link ScoringSettings#NONE} for a framework that only reports metrics
 */
public record FrameworkSettings(String id, String name, String version, int minN, int minNPublic,
        String econDisadvRule, MeasurementSettings measurement, List<MetricDefinition> metrics,
        ScoringSettings scoring) {
    public FrameworkSettings {
        Objects.requireNonNull(id, "id is null");
        name = Objects.requireNonNullElse(name, id);
        version = Objects.requireNonNullElse(version, "1");
        econDisadvRule = Objects.requireNonNullElse(econDisadvRule, "frl_or_direct_cert");
        measurement = Objects.requireNonNullElse(measurement, MeasurementSettings.DEFAULT);
        metrics = List.copyOf(Objects.requireNonNullElse(metrics, List.of()));
        scoring = Objects.requireNonNullElse(scoring, ScoringSettings.NONE);
        if (minN < 1) {
            throw new IllegalArgumentException(id + ": min_n must be at least 1");
        }
        if (minNPublic < 1) {
            throw new IllegalArgumentException(id + ": min_n_public must be at least 1");
        }
        Set<String> ids = new HashSet<>();
        for (MetricDefinition metric : metrics) {
            if (!ids.add(metric.id())) {
                throw new IllegalArgumentException(id + ": metric " + metric.id() + " is defined twice");
            }
        }
    }

    /** A framework with the written measurement rules and the catalog's metrics only. */
    public FrameworkSettings(String id, String name, String version, int minN, int minNPublic, String econDisadvRule) {
        this(id, name, version, minN, minNPublic, econDisadvRule, MeasurementSettings.DEFAULT, List.of(),
                ScoringSettings.NONE);
    }

    /** A framework that reports metrics without scoring them. */
    public FrameworkSettings(String id, String name, String version, int minN, int minNPublic, String econDisadvRule,
            MeasurementSettings measurement, List<MetricDefinition> metrics) {
        this(id, name, version, minN, minNPublic, econDisadvRule, measurement, metrics, ScoringSettings.NONE);
    }

    /** This framework with other scoring settings (a simulated variant, FW-4). */
    public FrameworkSettings withScoring(ScoringSettings newScoring) {
        return new FrameworkSettings(id, name, version, minN, minNPublic, econDisadvRule, measurement, metrics,
                newScoring);
    }

    /**
     * The metrics a run computes: the catalog under this framework's measurement parameters
     * ({@link MetricCatalog#metrics}), where the framework redefines a catalog metric its definition
     * in the catalog's place, then the framework's new metrics in file order.
     */
    public List<MetricDefinition> metricsToCompute() {
        Map<String, MetricDefinition> own = metrics.stream()
                .collect(Collectors.toMap(MetricDefinition::id, Function.identity()));
        List<MetricDefinition> all = new ArrayList<>();
        Set<String> catalogIds = new HashSet<>();
        for (MetricDefinition catalogMetric : MetricCatalog.metrics(measurement)) {
            catalogIds.add(catalogMetric.id());
            all.add(own.getOrDefault(catalogMetric.id(), catalogMetric));
        }
        metrics.stream().filter(m -> !catalogIds.contains(m.id())).forEach(all::add);
        return List.copyOf(all);
    }
}
