package org.flashlight.ontrack;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.ontrack.GapRow;
import org.flashlight.core.ontrack.OnTrackFiles;

/**
 * BTSC-3 gap tables from a run's rates ({@link MetricResultRates}): for each metric, pair of groups, entity and
 * year where both groups were counted, the two rates and the gap in percentage points, with the gap of the year
 * before and its change. Given only the cells a public view shows, the same rule makes the public table: a gap
 * row needs both of its cells, and a prior-year gap both of that year's cells.
 */
public final class GapTables {

    private GapTables() {
    }

    /**
     * The gap rows of {@code cells}, ordered by metric and comparison as listed, then state, districts and schools,
     * entity and year.
     */
    public static List<GapRow> rows(List<RateCell> cells, List<String> metrics, List<GroupComparison> comparisons) {
        Map<String, RateCell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.seriesKey(c.schoolYear()), c));
        List<GapRow> rows = new ArrayList<>();
        for (RateCell cell : cells) {
            if (!metrics.contains(cell.metric())) {
                continue;
            }
            for (GroupComparison c : comparisons) {
                if (!cell.group().equals(c.group())) {
                    continue;
                }
                RateCell other = byKey.get(String.join("|", cell.metric(), cell.level(), cell.entityId(), c.comparison(),
                        Integer.toString(cell.schoolYear())));
                if (other != null) {
                    rows.add(new GapRow(cell.metric(), cell.schoolYear(), cell.level(), cell.entityId(), c.group(),
                            cell.rate(), c.comparison(), other.rate()));
                }
            }
        }
        rows.sort(Comparator.comparing(GapRow::metric, TableOrder.asListed(metrics))
                .thenComparing(r -> new GroupComparison(r.group(), r.comparison()), TableOrder.asListed(comparisons))
                .thenComparing(GapRow::level, TableOrder.LEVEL).thenComparing(GapRow::entityId)
                .thenComparingInt(GapRow::schoolYear));
        return rows;
    }

    /** Writes gap_tables.csv ({@link OnTrackFiles#GAP_TABLES}); the prior-year gap is the same row of the year before, if any. */
    public static void write(Path file, List<GapRow> rows) {
        Map<String, GapRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(key(r, r.schoolYear()), r));
        try (CsvLines csv = new CsvLines(file, OnTrackFiles.GAP_TABLES)) {
            for (GapRow r : rows) {
                GapRow prior = byKey.get(key(r, r.schoolYear() - 1));
                csv.row(r.metric(), r.schoolYear(), r.level(), r.entityId(), r.group(), r.groupPercent().toPlainString(),
                        count(r.groupRate().denominator()), r.comparison(), r.comparisonPercent().toPlainString(),
                        count(r.comparisonRate().denominator()), r.gapPoints().toPlainString(),
                        prior == null ? "" : prior.gapPoints().toPlainString(),
                        prior == null ? "" : r.gapChangeSince(prior).toPlainString());
            }
        }
    }

    private static String key(GapRow r, int year) {
        return String.join("|", r.metric(), r.group(), r.comparison(), r.level(), r.entityId(), Integer.toString(year));
    }

    /** A count (students, or days) as metric_results.csv writes it: without trailing zeros, never in exponent form. */
    static String count(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
