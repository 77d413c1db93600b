package org.flashlight.core.colors;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Dashboard result for one indicator and group, with what a report needs to explain it (FW-3).
 *
 * @param status the current value in the table's unit, rounded to one decimal; empty when not rated
 * @param change current minus prior, computed from the unrounded values and then rounded (CDE)
 * @param statusLevel the status level label, e.g. "High"
 * @param changeLevel the change level label actually used for the color (after the small-group rule)
 * @param color empty when the group is too small, has no prior year, or the indicator is status only
 * @param note why there is no color, or that the small-group grid was used; empty otherwise
 */
public record IndicatorColor(String indicator, Optional<BigDecimal> status, Optional<BigDecimal> change,
        Optional<String> statusLevel, Optional<String> changeLevel, Optional<Color> color, boolean smallGroupGrid,
        String note) {

    static IndicatorColor notRated(String indicator, String note) {
        return new IndicatorColor(indicator, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, note);
    }
}
