package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.flashlight.core.targets.Fraction;

/**
 * A rate of the measurement engine: numerator over denominator (students over students, or days over
 * days), kept exact. Every percentage and percentage-point difference of the gap tables and group rates
 * (BTSC-3) is computed from these exact fractions and rounded once, by {@link #points(Fraction)}.
 */
public record Rate(BigDecimal numerator, BigDecimal denominator) {
    public Rate {
        requireNonNull(numerator, "numerator is null");
        requireNonNull(denominator, "denominator is null");
        if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
            throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator and a denominator > 0, not "
                    + numerator.toPlainString() + " / " + denominator.toPlainString());
        }
    }

    public static Rate of(long numerator, long denominator) {
        return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    /** numerator / denominator as an exact fraction. */
    public Fraction share() {
        return Fraction.of(numerator).dividedBy(Fraction.of(denominator));
    }

    /** The rate in percent, one decimal, half up. */
    public BigDecimal percent() {
        return points(share());
    }

    /** This rate minus {@code other}, exact (a share, not yet in points). */
    public Fraction minus(Rate other) {
        return share().minus(other.share());
    }

    /**
     * An exact share or difference of shares in percent or percentage points: 100 x value, one decimal,
     * half up (away from zero on a tie, so -16.65 becomes -16.7). The one rounding of BTSC-3.
     */
    public static BigDecimal points(Fraction value) {
        return value.times(Fraction.of(100)).toDecimal(1);
    }
}
