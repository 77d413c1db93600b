package org.flashlight.core.colors;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an indicator's value is measured in. CA-2 / NC-3: the Dashboard rounds status and change to one
 * decimal, half up, before it compares them with the cut scores.
 */
public enum Unit {
    /** A rate held as a proportion 0..1 and shown as a percent: 0.12345 becomes 12.3. */
    PERCENT,
    /** Points, as Distance From Standard (scale-score points above or below the level-3 cut). */
    POINTS;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The value in the unit of the cut tables (percent or points), not yet rounded. */
    public BigDecimal displayed(BigDecimal value) {
        return this == PERCENT ? value.multiply(HUNDRED) : value;
    }

    /** The value in the unit of the cut tables, rounded to one decimal half up (CA-2). */
    public BigDecimal rounded(BigDecimal value) {
        return round(displayed(value));
    }

    static BigDecimal round(BigDecimal displayed) {
        return displayed.setScale(1, RoundingMode.HALF_UP);
    }
}
