package org.flashlight.core.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** R's {@code round(x, 5)} for the fitted quantiles (see {@link KnotRules#round} for the rule). */
final class Rounding {
    private static final double SCALE = 1e5;
    /** Scaled values this close to a .5 tie are decided on x's exact binary value. */
    private static final double TIE_ZONE = 1e-6;

    private Rounding() {
    }

    static double half5(double x) {
        double scaled = x * SCALE;
        double nearest = Math.rint(scaled);
        if (Math.abs(Math.abs(scaled - nearest) - 0.5) > TIE_ZONE && Math.abs(scaled) < 1e15) {
            return nearest / SCALE; // a correctly rounded quotient: the double nearest to the 5-decimal number
        }
        return new BigDecimal(x).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
