package org.flashlight.core.growth;

/**
 * Linear quantile regression: the b minimizing sum_i rho_tau(y_i - x_i'b), rho_tau(r) = r (tau - I(r < 0)),
 * solved exactly by a Barrodale-Roberts style simplex that ends on a vertex of the problem (p observations
 * fitted exactly), as R's {@code quantreg::rq(method = "br")}.
 */
public final class QuantileRegression {
    private QuantileRegression() {
    }

    /** The coefficients at tau (0 < tau < 1) for the dense design rows. */
    public static double[] fit(double[][] rows, double[] response, double tau) {
        return fitAll(DesignMatrix.ofRows(rows), response, new double[] {tau})[0];
    }

    /** The coefficients at each tau, one vector per tau, in the order given. */
    static double[][] fitAll(DesignMatrix design, double[] response, double[] taus) {
        throw new UnsupportedOperationException("solver in progress");
    }
}
