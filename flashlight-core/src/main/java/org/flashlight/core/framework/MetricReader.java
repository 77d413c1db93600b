package org.flashlight.core.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;

/**
 * The {@code metrics:} section of a framework file: metrics a state defines without Java code
 * (FW-2), each over one {@link Population} with a numerator and denominator checked by
 * {@link MetricExpression}. An entry with a catalog id and {@code override: true} replaces the
 * catalog's definition; the fields it leaves out keep the catalog's values.
 */
final class MetricReader {
    static final Set<String> KEYS = Set.of("id", "label", "population", "numerator", "denominator", "kind",
            "direction", "subject", "override");
    /** The populations whose rows are about one assessment subject. */
    private static final Set<Population> BY_SUBJECT = Set.of(Population.FAY_TESTED, Population.EXPECTED_TO_TEST,
            Population.FAY_GROWTH, Population.VALUE_ADDED_STUDENTS);
    private static final List<String> SUBJECTS = List.of("ela", "math", "science");

    private MetricReader() {
    }

    /**
     * The metrics of the section, in file order; entries with a problem are left out (their problems
     * recorded).
     *
     * @param catalog the catalog under the file's measurement parameters, for clashes and overrides
     */
    static List<MetricDefinition> read(Object section, List<MetricDefinition> catalog, FileProblems problems) {
        if (section == null) {
            return List.of();
        }
        if (!(section instanceof List<?> entries)) {
            problems.add("metrics", "expected a list of metrics, each with id, population, numerator and direction");
            return List.of();
        }
        Map<String, MetricDefinition> catalogById = new HashMap<>();
        catalog.forEach(m -> catalogById.put(m.id(), m));
        Map<String, Integer> firstIndex = new HashMap<>();
        List<MetricDefinition> metrics = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = "metrics[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                problems.add(path, "expected a mapping with id, population, numerator and direction");
                continue;
            }
            Object id = entry.get("id");
            if (id != null && firstIndex.containsKey(id.toString())) {
                problems.add(path + ".id", "'" + id + "' is defined twice (also metrics[" + firstIndex.get(id.toString())
                        + "])");
                continue;
            }
            if (id != null) {
                firstIndex.put(id.toString(), i);
            }
            entry(entry, path, catalogById, problems).ifPresent(metrics::add);
        }
        return List.copyOf(metrics);
    }

    private static Optional<MetricDefinition> entry(Map<?, ?> entry, String path,
            Map<String, MetricDefinition> catalog, FileProblems problems) {
        problems.unknownKeys(entry, path + ".", KEYS);
        String id = problems.text(entry.get("id"), path + ".id").orElse(null);
        boolean override = entry.containsKey("override")
                && problems.bool(entry.get("override"), path + ".override").orElse(false);
        MetricDefinition replaced = null;
        if (id == null) {
            problems.add(path + ".id", "required");
        } else if (!FileProblems.CODE.matcher(id).matches()) {
            problems.add(path + ".id", "'" + id + "' is not a metric id (lower-case letters, digits and _, starting "
                    + "with a letter)");
            id = null;
        } else if (catalog.containsKey(id) && !override) {
            problems.add(path + ".id", "'" + id + "' is a catalog metric: give your variant a new id (e.g. " + id
                    + "_local), or add override: true to replace the catalog's definition");
            id = null;
        } else if (!catalog.containsKey(id) && override) {
            problems.add(path + ".override", "'" + id + "' is not a catalog metric: leave out override for a new "
                    + "metric");
        } else if (override && catalog.get(id).population() == Population.DERIVED) {
            problems.add(path + ".id", "'" + id + "' is computed from other metrics and cannot be redefined in a "
                    + "framework file");
            return Optional.empty();
        } else if (override) {
            replaced = catalog.get(id);
        }
        Population population = population(entry, path, replaced, problems);
        String subject = subject(entry, path, population, replaced, problems);
        ValueKind kind = choice(entry, "kind", path, List.of("rate", "mean"),
                replaced == null ? "rate" : replaced.kind().name().toLowerCase(Locale.ROOT), problems)
                .map(k -> ValueKind.valueOf(k.toUpperCase(Locale.ROOT))).orElse(null);
        Direction direction = choice(entry, "direction", path, List.of("higher", "lower", "none"),
                replaced == null ? null : replaced.direction().id(), problems)
                .map(d -> Direction.valueOf(d.toUpperCase(Locale.ROOT))).orElse(null);
        Optional<String> numerator = expression(entry, "numerator", path, population, null, problems);
        String catalogDenominator = replaced != null && replaced.population() == population ? replaced.denominator()
                : "1";
        Optional<String> denominator = expression(entry, "denominator", path, population, catalogDenominator,
                problems);
        String label = problems.text(entry.get("label"), path + ".label")
                .orElse(replaced != null ? replaced.label() : id);
        if (id == null || population == null || subject == null || kind == null || direction == null
                || numerator.isEmpty() || denominator.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(definition(id, label, population, numerator.get(), denominator.get(), kind, direction,
                subject, replaced));
    }

    /**
     * The definition as the catalog writes it: a rate over students (denominator 1) counts the students
     * whose numerator condition holds, wrapped as {@link MetricDefinition#rate} does.
     */
    private static MetricDefinition definition(String id, String label, Population population, String numerator,
            String denominator, ValueKind kind, Direction direction, String subject, MetricDefinition replaced) {
        boolean condition = kind == ValueKind.RATE && denominator.strip().equals("1");
        String counted = condition ? "CASE WHEN " + numerator + " THEN 1 ELSE 0 END" : numerator;
        boolean minNApplies = replaced == null || replaced.minNApplies();
        Set<String> excluded = replaced == null ? Set.of() : replaced.excludedGroups();
        return new MetricDefinition(id, label, population, counted, denominator, kind, direction, subject, minNApplies,
                excluded);
    }

    private static Population population(Map<?, ?> entry, String path, MetricDefinition replaced,
            FileProblems problems) {
        String where = path + ".population";
        Optional<String> written = problems.text(entry.get("population"), where);
        if (written.isEmpty()) {
            if (replaced == null && entry.get("population") == null) {
                problems.add(where, "required (one of " + String.join(", ", definable()) + ")");
            }
            return replaced == null ? null : replaced.population();
        }
        String id = written.get();
        Optional<Population> population = Arrays.stream(Population.values()).filter(p -> p.id().equals(id))
                .findFirst();
        if (population.isEmpty() || population.get() == Population.DERIVED) {
            problems.add(where, "unknown population '" + id + "' (known: " + String.join(", ", definable()) + ")");
            return null;
        }
        return population.get();
    }

    /** Population ids a framework metric may use: every population with columns. */
    static List<String> definable() {
        return Arrays.stream(Population.values()).filter(p -> p != Population.DERIVED).map(Population::id).toList();
    }

    /** The subject for an assessment population ({@code ela}, {@code math}, {@code science}), else "". */
    private static String subject(Map<?, ?> entry, String path, Population population, MetricDefinition replaced,
            FileProblems problems) {
        String where = path + ".subject";
        Optional<String> written = problems.text(entry.get("subject"), where);
        if (population == null) {
            return null;
        }
        if (!BY_SUBJECT.contains(population)) {
            if (written.isPresent()) {
                problems.add(where, "only for the assessment populations fay_tested and expected_to_test");
                return null;
            }
            return "";
        }
        if (written.isEmpty() && replaced != null && replaced.population() == population) {
            return replaced.subject();
        }
        if (written.isEmpty()) {
            problems.add(where, "required for population " + population.id() + " (ela, math or science)");
            return null;
        }
        if (!SUBJECTS.contains(written.get())) {
            problems.add(where, "'" + written.get() + "' is not ela, math or science");
            return null;
        }
        return written.get();
    }

    /** One of {@code allowed}; {@code fallback} when the key is not written (null: required). */
    private static Optional<String> choice(Map<?, ?> entry, String key, String path, List<String> allowed,
            String fallback, FileProblems problems) {
        String where = path + "." + key;
        Optional<String> written = problems.text(entry.get(key), where);
        if (written.isEmpty()) {
            if (fallback == null && entry.get(key) == null) {
                problems.add(where, "required (" + String.join(", ", allowed) + ")");
            }
            return Optional.ofNullable(entry.get(key) == null ? fallback : null);
        }
        if (!allowed.contains(written.get())) {
            problems.add(where, "'" + written.get() + "' is not " + String.join(", ", allowed.subList(0,
                    allowed.size() - 1)) + " or " + allowed.get(allowed.size() - 1));
            return Optional.empty();
        }
        return written;
    }

    /** A numerator or denominator that {@link MetricExpression} allows over the population's columns. */
    private static Optional<String> expression(Map<?, ?> entry, String key, String path, Population population,
            String fallback, FileProblems problems) {
        String where = path + "." + key;
        Optional<String> written = problems.text(entry.get(key), where);
        if (written.isEmpty()) {
            if (fallback == null && entry.get(key) == null) {
                problems.add(where, "required: an SQL condition or expression over the population's columns");
            }
            return Optional.ofNullable(entry.get(key) == null ? fallback : null);
        }
        if (population == null) {
            return written;
        }
        Optional<String> problem = MetricExpression.problem(written.get(), population);
        problem.ifPresent(p -> problems.add(where, p));
        return problem.isPresent() ? Optional.empty() : written;
    }
}
