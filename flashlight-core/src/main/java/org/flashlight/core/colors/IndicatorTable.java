package org.flashlight.core.colors;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Dashboard needs to color one indicator, as data a framework file can hold: the unit,
 * the status cut scores, the change cut scores and the five-by-five grid (both absent for an indicator
 * reported on status only, as College/Career was in 2023), and where the numbers come from.
 *
 * @param indicator the framework's indicator id (usually a metric id, e.g. {@code chronic_absence})
 * @param source the published document the table was copied from (CA-2: cite every table)
 */
public record IndicatorTable(String indicator, Unit unit, CutScale status, Optional<CutScale> change,
        Optional<ColorGrid> grid, String source) {

    public IndicatorTable {
        Objects.requireNonNull(indicator, "indicator is null");
        Objects.requireNonNull(unit, "unit is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(source, "source is null");
        if (change.isPresent() != grid.isPresent()) {
            throw new IllegalArgumentException(indicator + ": change cuts and a color grid go together");
        }
    }

    public static IndicatorTable colored(String indicator, Unit unit, CutScale status, CutScale change,
            ColorGrid grid, String source) {
        return new IndicatorTable(indicator, unit, status, Optional.of(change), Optional.of(grid), source);
    }

    public static IndicatorTable statusOnly(String indicator, Unit unit, CutScale status, String source) {
        return new IndicatorTable(indicator, unit, status, Optional.empty(), Optional.empty(), source);
    }
}
