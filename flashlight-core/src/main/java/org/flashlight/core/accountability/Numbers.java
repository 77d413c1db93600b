package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding rule of scoring: exact sums and products, divisions to 34 significant digits
 * ({@link MathContext#DECIMAL128}); numbers are rounded only for display and files, to 6 decimals half up.
 */
public final class Numbers {
    static final MathContext EXACT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TEN = BigDecimal.TEN;

    private Numbers() {
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, EXACT);
    }

    /** For files and sentences: at most 6 decimals, half up, no trailing zeros. */
    public static String show(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return (shown.signum() == 0 ? BigDecimal.ZERO : shown).toPlainString();
    }
}
