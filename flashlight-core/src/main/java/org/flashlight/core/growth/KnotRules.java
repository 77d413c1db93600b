package org.flashlight.core.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** R's arithmetic behind {@link SplineKnots#fromScores}: type-7 quantiles, extendrange and round(x, 3). */
final class KnotRules {
    static final double[] KNOT_PROBABILITIES = {0.2, 0.4, 0.6, 0.8};
    static final double RANGE_EXTENSION = 0.1;
    static final int DECIMALS = 3;

    private KnotRules() {
    }

    static SplineKnots fromScores(double[] pooled) {
        if (pooled.length == 0) {
            throw new IllegalArgumentException("cannot place spline knots: no pooled scores");
        }
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        if (!Double.isFinite(sorted[0]) || !Double.isFinite(sorted[sorted.length - 1])) {
            throw new IllegalArgumentException("cannot place spline knots: a pooled score is not a number");
        }
        double[] interior = new double[KNOT_PROBABILITIES.length];
        for (int k = 0; k < interior.length; k++) {
            interior[k] = round(quantileType7(sorted, KNOT_PROBABILITIES[k]));
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double width = max - min;
        // extendrange(x, f = 0.1) is range(x) + c(-f, f) * diff(range(x))
        return new SplineKnots(interior, round(min + -RANGE_EXTENSION * width), round(max + RANGE_EXTENSION * width));
    }

    /** R's quantile(x, p, type = 7) on ascending data, with R's own floating-point steps. */
    static double quantileType7(double[] sorted, double probability) {
        double index = 1 + (sorted.length - 1) * probability; // 1-based, as in R
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double low = sorted[lo - 1];
        double high = sorted[hi - 1];
        if (index > lo && high != low) {
            double h = index - lo;
            return (1 - h) * low + h * high;
        }
        return low;
    }

    /**
     * round(x, 3): the exact binary value of x rounded to 3 decimals, an exact tie to the even digit, then the
     * nearest double. This is R 4's rule ("the representable number closest to x"); the two can differ only for
     * an x exactly halfway between two 3-decimal numbers, such as 0.0625.
     */
    static double round(double x) {
        return new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_EVEN).doubleValue();
    }
}
