package org.flashlight.core.growth;

import java.util.Arrays;

/**
 * An exact solver for one linear quantile regression problem, min_b sum_i rho_tau(y_i - x_i'b), by the
 * Barrodale-Roberts idea: walk from vertex to vertex of the problem (a vertex fits p observations, the basis,
 * exactly) along the edge whose directional derivative is most negative, and on that edge move to the
 * minimum of the piecewise-linear objective (a weighted-median line search that passes many observations at
 * once). It stops at a vertex where no edge descends, which is optimal because the objective is convex.
 *
 * <p>The solver keeps its last basis, so solving a neighbouring tau next starts from a nearly optimal vertex
 * and needs few pivots. Not thread-safe: one instance per thread.
 */
final class SimplexQuantileSolver {
    private static final int MAX_PIVOTS_PER_SOLVE = 200_000;

    private final DesignMatrix x;
    private final double[] y;
    private final int n;
    private final int p;
    /** Residuals this small are exactly zero: the observation lies on the fitted hyperplane. */
    private final double zeroResidual;
    /** Directional derivatives above -this are taken as zero (rounding in a sum over n observations). */
    private final double flatSlope;

    private final int[] basis;
    private final boolean[] inBasis;
    private final double[][] basisInverse;
    private final double[] coefficients;
    private final double[] residual;
    private boolean started;
    private int pivots;

    // work arrays
    private final double[] u;
    private final double[] direction;
    private final double[] breakpoint;
    private final double[] weight;
    private final int[] candidate;
    private final double[] rowBuffer;
    private double[][] zeroRows = new double[16][];
    private int zeroCount;

    SimplexQuantileSolver(DesignMatrix x, double[] y) {
        if (x.rows() != y.length) {
            throw new IllegalArgumentException("design has " + x.rows() + " rows but the response has " + y.length + " values");
        }
        if (x.rows() < x.columns()) {
            throw new IllegalArgumentException("a quantile regression with " + x.columns() + " coefficients needs at least "
                    + x.columns() + " observations, got " + x.rows());
        }
        this.x = x;
        this.y = y;
        this.n = x.rows();
        this.p = x.columns();
        double scale = 1;
        for (double value : y) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("the response has a value that is not a number: " + value);
            }
            scale = Math.max(scale, Math.abs(value));
        }
        this.zeroResidual = 1e-10 * scale;
        this.flatSlope = 1e-11 * n;
        this.basis = new int[p];
        this.inBasis = new boolean[n];
        this.basisInverse = new double[p][p];
        this.coefficients = new double[p];
        this.residual = new double[n];
        this.u = new double[p];
        this.direction = new double[p];
        this.breakpoint = new double[n];
        this.weight = new double[n];
        this.candidate = new int[n];
        this.rowBuffer = new double[p];
    }

    /** The pivots made so far by this solver (for benchmarks and tests). */
    int pivots() {
        return pivots;
    }

    /** The optimal coefficients at tau, starting from the last basis (or from a least-squares fit the first time). */
    double[] solve(double tau) {
        if (!(tau > 0 && tau < 1)) {
            throw new IllegalArgumentException("tau must be strictly between 0 and 1, got " + tau);
        }
        if (!started) {
            startFromLeastSquares();
            started = true;
        }
        for (int step = 0; step < MAX_PIVOTS_PER_SOLVE; step++) {
            if (!pivot(tau)) {
                return coefficients.clone();
            }
        }
        throw new IllegalStateException("quantile regression did not converge in " + MAX_PIVOTS_PER_SOLVE + " pivots at tau " + tau);
    }

    /** One simplex pivot; false when the current vertex is optimal. */
    private boolean pivot(double tau) {
        computeGradientOfNonBasic(tau);
        int leaving = -1;
        double slope = -flatSlope;
        double sign = 0;
        for (int j = 0; j < p; j++) {
            // z_j = u . (column j of B^-1); moving along +column j lowers basis residual j below zero
            double z = 0;
            for (int k = 0; k < p; k++) {
                z += basisInverse[k][j] * u[k];
            }
            double up = (1 - tau) - z + zeroResidualSlope(j, 1, tau);
            double down = tau + z + zeroResidualSlope(j, -1, tau);
            if (up < slope) {
                slope = up;
                leaving = j;
                sign = 1;
            }
            if (down < slope) {
                slope = down;
                leaving = j;
                sign = -1;
            }
        }
        if (leaving < 0) {
            return false;
        }
        for (int k = 0; k < p; k++) {
            direction[k] = sign * basisInverse[k][leaving];
        }
        int entering = lineSearch(-slope);
        inBasis[basis[leaving]] = false;
        basis[leaving] = entering;
        inBasis[entering] = true;
        refactor();
        pivots++;
        return true;
    }

    /**
     * u = sum over non-basic i with a non-zero residual of psi_tau(r_i) x_i; the non-basic observations with a
     * zero residual (duplicates of basis observations, mostly) are listed apart: each adds to an edge's slope
     * whichever way the edge moves its residual, (1 - tau) |a| below the fit or tau |a| above it.
     */
    private void computeGradientOfNonBasic(double tau) {
        Arrays.fill(u, 0);
        zeroCount = 0;
        for (int i = 0; i < n; i++) {
            if (inBasis[i]) {
                continue;
            }
            if (residual[i] == 0) {
                if (zeroCount == zeroRows.length) {
                    zeroRows = Arrays.copyOf(zeroRows, 2 * zeroRows.length);
                }
                double[] w = zeroRows[zeroCount] == null ? new double[p] : zeroRows[zeroCount];
                zeroRows[zeroCount++] = w;
                // w_j = x_i . (column j of B^-1): the rate at which edge j moves the fit at observation i
                x.copyRow(i, rowBuffer);
                for (int j = 0; j < p; j++) {
                    double sum = 0;
                    for (int k = 0; k < p; k++) {
                        sum += rowBuffer[k] * basisInverse[k][j];
                    }
                    w[j] = sum;
                }
            } else {
                x.addRowTo(i, residual[i] < 0 ? tau - 1 : tau, u);
            }
        }
    }

    private double zeroResidualSlope(int edge, double sign, double tau) {
        double slope = 0;
        for (int z = 0; z < zeroCount; z++) {
            double a = sign * zeroRows[z][edge];
            slope += a > 0 ? (1 - tau) * a : -tau * a;
        }
        return slope;
    }

    /**
     * Along b + t * direction the slope starts at -need and rises by |a_i| where the (non-zero) residual of
     * observation i changes sign (a_i = x_i'direction). Returns the observation at the first breakpoint where
     * the slope reaches zero: the minimum on this edge, and the observation that enters the basis.
     */
    private int lineSearch(double need) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            double r = residual[i];
            if (inBasis[i] || r == 0) {
                continue;
            }
            double a = x.dot(i, direction);
            if ((a > 0 && r > 0) || (a < 0 && r < 0)) {
                breakpoint[m] = r / a;
                weight[m] = Math.abs(a);
                candidate[m] = i;
                m++;
            }
        }
        if (m == 0) {
            throw new IllegalStateException("quantile regression: no observation bounds the descent (rank-deficient design?)");
        }
        double step = WeightedSelection.smallestReaching(breakpoint, weight, candidate, m, need);
        // among observations breaking at that step, the one with the largest |a_i| keeps the basis best conditioned
        int entering = -1;
        double best = -1;
        for (int c = 0; c < m; c++) {
            if (breakpoint[c] == step && (weight[c] > best || (weight[c] == best && candidate[c] < entering))) {
                best = weight[c];
                entering = candidate[c];
            }
        }
        return entering;
    }

    private void startFromLeastSquares() {
        double[] leastSquares = LinearAlgebra.leastSquares(x, y);
        double[] absResidual = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            absResidual[i] = Math.abs(y[i] - x.dot(i, leastSquares));
            order[i] = i;
        }
        Arrays.sort(order, (first, second) -> {
            int byResidual = Double.compare(absResidual[first], absResidual[second]);
            return byResidual != 0 ? byResidual : Integer.compare(first, second);
        });
        LinearAlgebra.IndependentRows independent = new LinearAlgebra.IndependentRows(p);
        double[] row = new double[p];
        int found = 0;
        for (int k = 0; k < n && found < p; k++) {
            int i = order[k];
            x.copyRow(i, row);
            if (independent.add(row)) {
                basis[found++] = i;
                inBasis[i] = true;
            }
        }
        if (found < p) {
            throw new IllegalArgumentException("the design matrix has rank " + found + " < " + p
                    + " columns: the scores do not spread over every spline piece (too few distinct prior scores?)");
        }
        refactor();
    }

    /** B^-1 of the basis rows, the coefficients through the basis observations and every residual. */
    private void refactor() {
        double[][] rows = new double[p][p];
        double[] rhs = new double[p];
        for (int j = 0; j < p; j++) {
            x.copyRow(basis[j], rows[j]);
            rhs[j] = y[basis[j]];
        }
        LinearAlgebra.invert(rows, basisInverse);
        for (int k = 0; k < p; k++) {
            double sum = 0;
            for (int j = 0; j < p; j++) {
                sum += basisInverse[k][j] * rhs[j];
            }
            coefficients[k] = sum;
        }
        for (int i = 0; i < n; i++) {
            double r = inBasis[i] ? 0 : y[i] - x.dot(i, coefficients);
            residual[i] = Math.abs(r) <= zeroResidual ? 0 : r;
        }
    }
}
