package org.flashlight.core.growth;

import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Growth models whose quantile functions are known by hand: f_q(prior) = prior + shift(q), built from the fact
 * that cubic B-splines reproduce a straight line with the Greville abscissae as coefficients.
 */
final class LinearQuantileModels {
    /** Knots 0 | 100 200 300 400 | 500: knot vector 0,0,0,0,100,200,300,400,500,500,500,500. */
    static final SplineKnots KNOTS = new SplineKnots(new double[] {100, 200, 300, 400}, 0, 500);
    /**
     * Greville abscissae g_j = (t_{j+1} + t_{j+2} + t_{j+3}) / 3 of the 8 functions: 0, 100/3, 100, 200, 300, 400,
     * 1400/3, 500, and x = sum_j g_j B_j(x). The first function is dropped (bs intercept = FALSE) and the model
     * intercept carries g_0 = 0, so x = sum_{j >= 1} g_j B_j(x).
     */
    static final double[] LINE = {100.0 / 3, 100, 200, 300, 400, 1400.0 / 3, 500};

    private LinearQuantileModels() {
    }

    /** One prior: quantile function q (1..100) is prior + shift(q). */
    static GrowthModel onePrior(IntToDoubleFunction shift) {
        double[][] coefficients = new double[GrowthModel.QUANTILE_COUNT][];
        for (int q = 1; q <= GrowthModel.QUANTILE_COUNT; q++) {
            double[] beta = new double[1 + LINE.length];
            beta[0] = shift.applyAsDouble(q);
            System.arraycopy(LINE, 0, beta, 1, LINE.length);
            coefficients[q - 1] = beta;
        }
        return GrowthModel.of(List.of(KNOTS), coefficients);
    }
}
