package org.flashlight.core.colors;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * CA-1/CA-2: places an indicator's status and change on its cut tables and reads the color from the
 * five-by-five grid. Status is the current value rounded to one decimal half up; change is the
 * difference of the unrounded current and prior values, rounded the same way (CDE's note on its
 * five-by-five placement reports: "Change is calculated using the non-rounded values").
 */
public final class DashboardColors {

    private final GroupSizeRule groupSize;

    public DashboardColors(GroupSizeRule groupSize) {
        this.groupSize = groupSize;
    }

    public IndicatorColor color(IndicatorTable table, Measurement current, Optional<Measurement> prior) {
        String indicator = table.indicator();
        if (!groupSize.rated(current.students())) {
            return IndicatorColor.notRated(indicator, current.students() + " students: fewer than "
                    + groupSize.minRated() + " are not rated");
        }
        Unit unit = table.unit();
        BigDecimal status = unit.rounded(current.value());
        int statusLevel = table.status().level(status);
        Optional<String> statusLabel = Optional.of(table.status().label(statusLevel));
        if (table.change().isEmpty()) {
            return new IndicatorColor(indicator, Optional.of(status), Optional.empty(), statusLabel, Optional.empty(),
                    Optional.empty(), false, "status only: this indicator has no change table");
        }
        if (prior.isEmpty()) {
            return new IndicatorColor(indicator, Optional.of(status), Optional.empty(), statusLabel, Optional.empty(),
                    Optional.empty(), false, "no prior-year value: status only");
        }
        BigDecimal change = Unit.round(unit.displayed(current.value()).subtract(unit.displayed(prior.get().value())));
        CutScale changeScale = table.change().get();
        int changeLevel = changeScale.level(change);
        boolean small = groupSize.small(current.students());
        int usedChangeLevel = small ? groupSize.smallChangeLevel().get(changeLevel) : changeLevel;
        Color color = table.grid().get().color(statusLevel, usedChangeLevel);
        String note = small ? current.students() + " students: under " + groupSize.smallBelow()
                + ", so the small-group grid was used (" + changeScale.label(changeLevel) + " counts as "
                + changeScale.label(usedChangeLevel) + ")" : "";
        return new IndicatorColor(indicator, Optional.of(status), Optional.of(change), statusLabel,
                Optional.of(changeScale.label(usedChangeLevel)), Optional.of(color), small, note);
    }
}
