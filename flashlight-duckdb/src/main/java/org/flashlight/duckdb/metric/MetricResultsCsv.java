package org.flashlight.duckdb.metric;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;

/**
 * Writes metric_results.csv exactly as shared/spec/outputs.md names its columns, plus {@code students}
 * (the units behind the value: students, item responses or exams), {@code public_value} (what a public
 * view may show: the value, a top or bottom code, or empty when suppressed) and {@code group_detail}
 * (for {@code lowest_race}, the race group it is). Numbers are written plainly, without
 * trailing zeros, so identical inputs give identical bytes. {@link MetricResultsTable} loads the written
 * file into the results database.
 */
public final class MetricResultsCsv {
    public static final List<String> HEADER = List.of("framework", "school_year", "level", "entity_id", "framework_level",
            "metric", "student_group", "numerator", "denominator", "value", "meets_min_n", "suppressed", "points",
            "metric_level", "students", "public_value", "group_detail");

    private MetricResultsCsv() {
    }

    /**
     * What a framework made of a result row: the framework level written on it, its points and its level
     * (outputs.md); empty strings where the framework does not score the row.
     */
    public interface Scores {
        Scores NONE = r -> new String[] {r.frameworkLevel(), "", ""};

        /** {framework_level, points, metric_level} of the row. */
        String[] of(MetricResult result);
    }

    /** As {@link #write(Path, String, List, List, int, List, Scores)} for metrics of the built-in {@link MetricCatalog}. */
    public static void write(Path target, String framework, List<MetricResult> results, int minN,
            List<Outcome<Integer>> publicView) {
        write(target, framework, results, MetricCatalog.METRICS, minN, publicView, Scores.NONE);
    }

    /**
     * @param metrics    the definitions of the results' metrics: {@code meets_min_n} is true whatever the
     *                   number of students for a metric whose min n does not apply (the CLASS means,
     *                   metrics.md); a metric not in the list is held to min n
     * @param publicView what the public view may show of each result, in the order of {@code results}
     * @param scores     the framework level, points and level of each row
     */
    public static void write(Path target, String framework, List<MetricResult> results,
            List<MetricDefinition> metrics, int minN, List<Outcome<Integer>> publicView, Scores scores) {
        Set<String> withoutMinN = metrics.stream().filter(m -> !m.minNApplies()).map(MetricDefinition::id)
                .collect(Collectors.toUnmodifiableSet());
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target)) {
            csv.writeRecord(HEADER);
            for (int i = 0; i < results.size(); i++) {
                MetricResult r = results.get(i);
                boolean meetsMinN = withoutMinN.contains(r.metric()) || r.meetsMinN(minN);
                String[] scored = scores.of(r);
                csv.writeRecord(framework, Integer.toString(r.schoolYear()), r.level(), r.entityId(), scored[0],
                        r.metric(), r.studentGroup(), plain(r.numerator()), plain(r.denominator()), plain(r.value()),
                        Boolean.toString(meetsMinN), Boolean.toString(publicView.get(i).suppressed()), scored[1],
                        scored[2],
                        Long.toString(r.students()), publicValue(publicView.get(i)), r.groupDetail());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The value as the public may see it: the exact value, a code such as {@code >= 95%}, or empty. */
    private static String publicValue(Outcome<Integer> outcome) {
        return outcome.value().map(MetricResultsCsv::plain).orElse(outcome.display());
    }

    /** A number without trailing zeros; empty for no value (the numerator of a median or a change, R-5). */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
