package org.flashlight.ontrack;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.ontrack.GroupRate;
import org.flashlight.core.ontrack.OnTrackFiles;

/**
 * group_rates.csv (BTSC-3): every group's rate of the chosen metrics at every entity and year, with the same
 * entity's same group the year before and the change in points: what a district lead reads for "on track by
 * group, and how it changed". Given only the cells a public view shows, the same rule makes the public file: a
 * change needs both years' cells.
 */
public final class GroupRates {

    private GroupRates() {
    }

    /** One row per cell of {@code metrics}, ordered by metric as listed, state first, entity, group and year. */
    public static List<GroupRate> rows(List<RateCell> cells, List<String> metrics) {
        Map<String, RateCell> byKey = new HashMap<>();
        cells.forEach(c -> byKey.put(c.seriesKey(c.schoolYear()), c));
        return cells.stream().filter(c -> metrics.contains(c.metric()))
                .map(c -> new GroupRate(c.metric(), c.schoolYear(), c.level(), c.entityId(), c.group(), c.rate(),
                        Optional.ofNullable(byKey.get(c.seriesKey(c.schoolYear() - 1))).map(RateCell::rate)))
                .sorted(Comparator.comparing(GroupRate::metric, TableOrder.asListed(metrics))
                        .thenComparing(GroupRate::level, TableOrder.LEVEL).thenComparing(GroupRate::entityId)
                        .thenComparing(GroupRate::group, TableOrder.GROUP).thenComparingInt(GroupRate::schoolYear))
                .toList();
    }

    public static void write(Path file, List<GroupRate> rows) {
        try (CsvLines csv = new CsvLines(file, OnTrackFiles.GROUP_RATES)) {
            for (GroupRate r : rows) {
                csv.row(r.metric(), r.schoolYear(), r.level(), r.entityId(), r.group(), GapTables.count(r.rate().numerator()),
                        GapTables.count(r.rate().denominator()), r.percent().toPlainString(),
                        r.priorYearPercent().map(p -> p.toPlainString()).orElse(""),
                        r.changePoints().map(p -> p.toPlainString()).orElse(""));
            }
        }
    }
}
