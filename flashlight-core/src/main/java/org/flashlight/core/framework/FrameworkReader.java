package org.flashlight.core.framework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;

/**
 * Reads a framework file, already parsed from YAML into maps, lists and scalars (floats as
 * {@link java.math.BigDecimal}), into {@link FrameworkSettings}, or into the list of its problems:
 * one message per problem, {@code file: path: message} (FW-1), e.g.
 * {@code my.yaml: metrics[2].numerator: unknown column 'days_absent' (population attendance has
 * days_enrolled, days_present)}. List positions in paths count from 0. Errors are values: nothing
 * here throws for a bad file.
 *
 * <p>Stateless; thread-safe.
 */
public final class FrameworkReader {
    static final Set<String> KEYS = Set.of("id", "name", "version", "min_n", "min_n_public", "econ_disadv_rule",
            "measurement", "metrics", "scoring");

    /** What reading a file gave: the settings, or every problem found. */
    public sealed interface Result permits Valid, Invalid {
    }

    public record Valid(FrameworkSettings settings) implements Result {
    }

    public record Invalid(List<String> problems) implements Result {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    private FrameworkReader() {
    }

    /**
     * @param file the file's name as the user knows it (e.g. {@code myframework.yaml}), first in every message
     * @param root the parsed document
     */
    public static Result read(String file, Object root) {
        if (!(root instanceof Map<?, ?> values)) {
            return new Invalid(List.of(file + ": expected a YAML mapping with at least 'id'"));
        }
        FileProblems problems = new FileProblems(file);
        problems.unknownKeys(values, "", KEYS);
        String id = problems.text(values.get("id"), "id").orElse(null);
        if (id == null && values.get("id") == null) {
            problems.add("id", "required");
        }
        String rule = problems.text(values.get("econ_disadv_rule"), "econ_disadv_rule").orElse("frl_or_direct_cert");
        if (!rule.equals("frl_or_direct_cert") && !rule.equals("dc_at_risk")) {
            problems.add("econ_disadv_rule", "'" + rule + "' is not frl_or_direct_cert or dc_at_risk");
        }
        int minN = threshold(values, "min_n", 20, problems);
        int minNPublic = threshold(values, "min_n_public", 10, problems);
        MeasurementSettings measurement = MeasurementReader.read(values.get("measurement"), problems);
        List<MetricDefinition> metrics = MetricReader.read(values.get("metrics"), MetricCatalog.metrics(measurement),
                problems);
        Set<String> metricIds = new java.util.HashSet<>();
        MetricCatalog.metrics(measurement).forEach(m -> metricIds.add(m.id()));
        metrics.forEach(m -> metricIds.add(m.id()));
        ScoringSettings scoring = ScoringReader.read(values.get("scoring"), metricIds, problems);
        ScoringReader.checkTotals(scoring, problems);
        String name = problems.text(values.get("name"), "name").orElse(id);
        String version = problems.text(values.get("version"), "version").orElse("1");
        if (!problems.isEmpty()) {
            return new Invalid(problems.all());
        }
        return new Valid(new FrameworkSettings(id, name, version, minN, minNPublic, rule, measurement, metrics,
                scoring));
    }

    private static int threshold(Map<?, ?> values, String key, int fallback, FileProblems problems) {
        return values.get(key) == null ? fallback
                : problems.integer(values.get(key), key, 1, Integer.MAX_VALUE, "a whole number of at least 1")
                        .orElse(fallback);
    }
}
