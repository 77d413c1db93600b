package org.flashlight.ontrack;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import org.flashlight.core.ontrack.GapRow;
import org.flashlight.core.ontrack.GroupRate;

/**
 * The four group files of {@code ontrack report --results} (docs/ontrack.md, section 5). The internal files hold
 * every cell of the run; the public ones are the same rules applied to the cells the run's public view shows
 * exactly ({@link MetricResultRates#publishedExactly}), so every number in them is a shown cell or a difference
 * of shown cells, and no hidden cell can be recovered from them that the run's own public view does not give.
 *
 * @param metrics     the metrics reported, in the order asked for
 * @param comparisons the pairs of groups compared
 */
public record GroupTableFiles(List<String> metrics, List<GroupComparison> comparisons, List<GapRow> gaps,
        List<GapRow> publicGaps, List<GroupRate> rates, List<GroupRate> publicRates) {
    public static final String GAP_TABLES = "gap_tables.csv";
    public static final String GAP_TABLES_PUBLIC = "gap_tables_public.csv";
    public static final String GROUP_RATES = "group_rates.csv";
    public static final String GROUP_RATES_PUBLIC = "group_rates_public.csv";

    public GroupTableFiles {
        metrics = List.copyOf(metrics);
        comparisons = List.copyOf(comparisons);
        gaps = List.copyOf(gaps);
        publicGaps = List.copyOf(publicGaps);
        rates = List.copyOf(rates);
        publicRates = List.copyOf(publicRates);
    }

    /**
     * Reads a run's metric_results.csv and writes the four files into {@code out}.
     *
     * @param requestedMetrics empty for the on-track metrics, {@code [all]} or metric ids
     * @param comparisons      empty for target_group:not_target_group
     * @throws IllegalArgumentException for a metric or group the file does not hold (the message lists what it has)
     */
    public static GroupTableFiles write(Path metricResultsCsv, List<String> requestedMetrics,
            List<GroupComparison> comparisons, Path out) {
        MetricResultRates results = MetricResultRates.scan(metricResultsCsv);
        List<String> metrics = results.choose(requestedMetrics);
        List<GroupComparison> pairs = comparisons.isEmpty() ? List.of(GroupComparison.TARGET_VS_REST)
                : List.copyOf(new LinkedHashSet<>(comparisons));
        results.checkGroups(pairs, metrics);
        List<RateCell> cells = results.cells(metrics);
        List<RateCell> published = cells.stream().filter(RateCell::published).toList();
        GroupTableFiles files = new GroupTableFiles(metrics, pairs, GapTables.rows(cells, metrics, pairs),
                GapTables.rows(published, metrics, pairs), GroupRates.rows(cells, metrics),
                GroupRates.rows(published, metrics));
        GapTables.write(out.resolve(GAP_TABLES), files.gaps());
        GapTables.write(out.resolve(GAP_TABLES_PUBLIC), files.publicGaps());
        GroupRates.write(out.resolve(GROUP_RATES), files.rates());
        GroupRates.write(out.resolve(GROUP_RATES_PUBLIC), files.publicRates());
        return files;
    }
}
