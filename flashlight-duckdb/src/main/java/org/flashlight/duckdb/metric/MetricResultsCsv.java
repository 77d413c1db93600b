package org.flashlight.duckdb.metric;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * Writes metric_results.csv exactly as shared/spec/outputs.md names its columns, plus
 * {@code students} (distinct students behind the value). Numbers are written plainly, without
 * trailing zeros, so identical inputs give identical bytes.
 */
public final class MetricResultsCsv {
    public static final List<String> HEADER = List.of("framework", "school_year", "level", "entity_id", "framework_level",
            "metric", "student_group", "numerator", "denominator", "value", "meets_min_n", "suppressed", "points",
            "metric_level", "students");

    private MetricResultsCsv() {
    }

    /**
     * @param suppressed the indexes of {@code results} that the public view must hide
     */
    public static void write(Path target, String framework, List<MetricResult> results, int minN, BitSet suppressed) {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target)) {
            csv.writeRecord(HEADER);
            for (int i = 0; i < results.size(); i++) {
                MetricResult r = results.get(i);
                csv.writeRecord(framework, Integer.toString(r.schoolYear()), r.level(), r.entityId(), r.frameworkLevel(),
                        r.metric(), r.studentGroup(), plain(r.numerator()), plain(r.denominator()), plain(r.value()),
                        Boolean.toString(r.meetsMinN(minN)), Boolean.toString(suppressed.get(i)), "", "",
                        Long.toString(r.students()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
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
