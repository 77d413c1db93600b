package org.flashlight.duckdb.metric;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.duckdb.metric.MetricDrillDown.DrillDown;
import org.flashlight.duckdb.metric.MetricDrillDown.Row;

/**
 * The rows of a {@link DrillDown} as CSV: {@code student_id, in_numerator, in_denominator, numerator,
 * denominator}, then the population's columns. Numbers are written as metric_results.csv writes them.
 * Student-level data: for authorized internal users only, never a public export.
 */
public final class DrillDownCsv {
    public static final List<String> FIXED_COLUMNS = List.of("student_id", "in_numerator", "in_denominator",
            "numerator", "denominator");

    private DrillDownCsv() {
    }

    /** Writes the header and one record per row to {@code target}, which is flushed and left open. */
    public static void write(DrillDown drillDown, Writer target) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target);
        List<String> header = new ArrayList<>(FIXED_COLUMNS);
        header.addAll(drillDown.columns());
        csv.writeRecord(header);
        for (Row row : drillDown.rows()) {
            List<String> record = new ArrayList<>(List.of(row.studentId(), Boolean.toString(row.inNumerator()),
                    Boolean.toString(row.inDenominator()), MetricDrillDown.plain(row.numerator()),
                    MetricDrillDown.plain(row.denominator())));
            record.addAll(row.columns().values());
            csv.writeRecord(record);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the drill-down rows", e);
        }
    }
}
