package org.flashlight.core.growth;

import java.util.Arrays;
import java.util.Objects;

/**
 * The knots of one prior's cubic B-spline basis (growth.md "Knots and boundaries").
 *
 * @param interior the 4 interior knots, ascending
 * @param lower    the lower boundary knot
 * @param upper    the upper boundary knot
 */
public record SplineKnots(double[] interior, double lower, double upper) {
    public SplineKnots {
        Objects.requireNonNull(interior, "interior is null");
        interior = interior.clone();
        if (!(lower < upper)) {
            throw new IllegalArgumentException("boundary knots must satisfy lower < upper: " + lower + ", " + upper);
        }
        for (int k = 0; k < interior.length; k++) {
            if (!Double.isFinite(interior[k]) || (k > 0 && interior[k] < interior[k - 1])) {
                throw new IllegalArgumentException("interior knots must be finite and ascending: " + Arrays.toString(interior));
            }
        }
    }

    /**
     * The package's default knots for a prior grade from the pooled scores of that grade: the 0.2, 0.4, 0.6
     * and 0.8 quantiles (R type 7) and the range extended by 10% on each side, all rounded to 3 decimals.
     */
    public static SplineKnots fromScores(double[] pooled) {
        return KnotRules.fromScores(pooled);
    }

    @Override
    public double[] interior() {
        return interior.clone();
    }

    double interiorKnot(int index) {
        return interior[index];
    }

    int interiorCount() {
        return interior.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SplineKnots that
                && Arrays.equals(interior, that.interior)
                && Double.compare(lower, that.lower) == 0
                && Double.compare(upper, that.upper) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(interior), lower, upper);
    }

    @Override
    public String toString() {
        return "SplineKnots[interior=" + Arrays.toString(interior) + ", lower=" + lower + ", upper=" + upper + "]";
    }
}
