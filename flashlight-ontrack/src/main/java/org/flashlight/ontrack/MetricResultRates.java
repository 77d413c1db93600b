package org.flashlight.ontrack;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.core.ontrack.Rate;

/**
 * The rates of a run's metric_results.csv that gap tables and group rates are made of (BTSC-3): one row per
 * school year, entity, metric and group, the whole entity's, of the metrics that are rates. A school's row
 * names the framework level it was scored in (outputs.md), so the whole school's row is its only row, or,
 * for a school scored under two levels (a DC K-8 school), its row with an empty framework_level beside the
 * rows of its levels. A metric is a rate here when the catalog does
 * not define it as another kind (a mean, a median, a change) and every row of it has a numerator with
 * 0 <= numerator <= denominator; a framework's own mean (whose file gives no kind) fails the second test
 * unless its values all lie in 0..1, where reading it as a share is harmless.
 *
 * <p>The file is read twice: once for the metrics and groups it holds, once for the cells of the metrics
 * asked for, so that a state-size file is never held whole.
 */
public final class MetricResultRates {
    /** The default metrics: readiness and on-track (docs/ontrack.md, section 5). */
    public static final List<String> ONTRACK_METRICS = List.of("hs_readiness", "ninth_grade_on_track",
            "ninth_grade_no_df", "ninth_grade_gpa_2_5", "grade9_course_success");

    private final Path file;
    /** Each metric of the file -> whether it is a rate (above). */
    private final SortedMap<String, Boolean> metrics;
    /** Each rate metric -> the student groups of its rows. */
    private final SortedMap<String, SortedSet<String>> groupsOfMetric;

    private MetricResultRates(Path file, SortedMap<String, Boolean> metrics,
            SortedMap<String, SortedSet<String>> groupsOfMetric) {
        this.file = file;
        this.metrics = metrics;
        this.groupsOfMetric = groupsOfMetric;
    }

    /** Scans {@code metricResultsCsv} (written by {@code flashlight run}) for its rate metrics and groups. */
    public static MetricResultRates scan(Path metricResultsCsv) {
        if (!Files.isRegularFile(metricResultsCsv)) {
            throw new IllegalArgumentException("--results needs a `flashlight run` output folder with metric_results.csv; "
                    + metricResultsCsv + " does not exist");
        }
        SortedMap<String, Boolean> metrics = new TreeMap<>();
        SortedMap<String, SortedSet<String>> groups = new TreeMap<>();
        forEachRow(metricResultsCsv, row -> {
            String metric = row.getField("metric");
            boolean rate = metrics.getOrDefault(metric, MetricCatalog.find(metric)
                    .map(d -> d.kind() == ValueKind.RATE).orElse(true)) && isRate(row);
            metrics.put(metric, rate);
            groups.computeIfAbsent(metric, m -> new TreeSet<>()).add(row.getField("student_group"));
        });
        metrics.forEach((metric, rate) -> {
            if (!rate) {
                groups.remove(metric);
            }
        });
        return new MetricResultRates(metricResultsCsv, metrics, groups);
    }

    /**
     * The metrics a report asks for: the on-track metrics of the file when {@code requested} is empty, every rate
     * metric for {@code all}, or the names given, each of which must be a rate metric of the file.
     *
     * @throws IllegalArgumentException naming the metric and listing the file's rate metrics
     */
    public List<String> choose(List<String> requested) {
        if (requested.isEmpty()) {
            List<String> present = ONTRACK_METRICS.stream().filter(groupsOfMetric::containsKey).toList();
            if (present.isEmpty()) {
                throw new IllegalArgumentException(file + " has none of the on-track metrics " + ONTRACK_METRICS
                        + " (a bundle without course marks?); name others with --metrics: " + rateMetrics());
            }
            return present;
        }
        if (requested.equals(List.of("all"))) {
            return List.copyOf(groupsOfMetric.keySet());
        }
        for (String metric : requested) {
            if (!metrics.containsKey(metric)) {
                throw new IllegalArgumentException("--metrics: " + metric + " is not in " + file + "; its rate metrics: "
                        + rateMetrics());
            }
            if (!metrics.get(metric)) {
                throw new IllegalArgumentException("--metrics: " + metric + " is not a rate (a mean, median or change): "
                        + "gap tables compare rates; the file's rate metrics: " + rateMetrics());
            }
        }
        return List.copyOf(new LinkedHashSet<>(requested));
    }

    /**
     * Checks that every group of {@code comparisons} has rows for at least one of {@code chosenMetrics}.
     *
     * @throws IllegalArgumentException naming the group and listing the groups present
     */
    public void checkGroups(List<GroupComparison> comparisons, List<String> chosenMetrics) {
        SortedSet<String> present = new TreeSet<>();
        chosenMetrics.forEach(m -> present.addAll(groupsOfMetric.getOrDefault(m, new TreeSet<>())));
        for (GroupComparison c : comparisons) {
            for (String group : List.of(c.group(), c.comparison())) {
                if (!present.contains(group)) {
                    throw new IllegalArgumentException("--compare " + c + ": no rows of the group " + group
                            + " for the metrics " + chosenMetrics + "; the groups present: " + String.join(", ", present));
                }
            }
        }
    }

    /**
     * The whole-entity cell of each school year, entity and group of {@code chosenMetrics}, in file order: the row
     * with an empty framework_level where there is one, else the entity's only row. A key with two level rows
     * and no whole row (which a run does not write) has no cell: which level would stand for the school is
     * not for this report to guess.
     */
    public List<RateCell> cells(Collection<String> chosenMetrics) {
        Set<String> wanted = Set.copyOf(chosenMetrics);
        Map<String, RateCell> whole = new LinkedHashMap<>();
        Map<String, RateCell> ofALevel = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        forEachRow(file, row -> {
            if (!wanted.contains(row.getField("metric"))) {
                return;
            }
            RateCell cell = new RateCell(row.getField("metric"), Integer.parseInt(row.getField("school_year")),
                    row.getField("level"), row.getField("entity_id"), row.getField("student_group"),
                    new Rate(new BigDecimal(row.getField("numerator")), new BigDecimal(row.getField("denominator"))),
                    publishedExactly(row));
            String key = cell.seriesKey(cell.schoolYear());
            if (row.getField("framework_level").isEmpty()) {
                whole.put(key, cell);
            } else if (ofALevel.putIfAbsent(key, cell) != null) {
                ambiguous.add(key);
            }
        });
        ofALevel.forEach((key, cell) -> {
            if (!ambiguous.contains(key)) {
                whole.putIfAbsent(key, cell);
            }
        });
        return List.copyOf(whole.values());
    }

    /**
     * Whether the run's public view shows the cell exactly: {@code suppressed} is false and {@code public_value}
     * is a number, not a code such as {@code >= 95%}. A coded cell withholds its counts (docs/disclosure.md): its
     * rate, or a gap computed from it, would give them back. {@code meets_min_n} is the framework's scoring n,
     * not a disclosure rule, and is not consulted.
     */
    static boolean publishedExactly(NamedCsvRecord row) {
        if (Boolean.parseBoolean(row.getField("suppressed"))) {
            return false;
        }
        String shown = row.getField("public_value");
        if (shown.isEmpty()) {
            return false;
        }
        try {
            new BigDecimal(shown);
            return true;
        } catch (NumberFormatException coded) {
            return false;
        }
    }

    private String rateMetrics() {
        return String.join(", ", groupsOfMetric.keySet());
    }

    private static boolean isRate(NamedCsvRecord row) {
        String numerator = row.getField("numerator");
        String denominator = row.getField("denominator");
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return false;
        }
        BigDecimal n = new BigDecimal(numerator);
        BigDecimal d = new BigDecimal(denominator);
        return d.signum() > 0 && n.signum() >= 0 && n.compareTo(d) <= 0;
    }

    private static void forEachRow(Path file, Consumer<NamedCsvRecord> action) {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord row : csv) {
                action.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException | java.util.NoSuchElementException e) {
            throw new IllegalArgumentException(file + " is not a metric_results.csv of `flashlight run`: "
                    + e.getMessage(), e);
        }
    }
}
