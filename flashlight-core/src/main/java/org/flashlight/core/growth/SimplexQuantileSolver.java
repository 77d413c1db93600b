package org.flashlight.core.growth;

import java.util.Arrays;

/**
 * An exact solver for linear quantile regression, min_b sum_i rho_tau(y_i - x_i'b), by the Barrodale-Roberts
 * idea: walk from vertex to vertex (a vertex fits p observations, the basis, exactly) along the edge whose
 * directional derivative is most negative, and on that edge move to the minimum of the piecewise-linear
 * objective (a weighted-median line search that passes many observations at once). It stops at a vertex where
 * no edge descends, which is optimal because the objective is convex.
 *
 * <p>Speed for large n comes from two things. The solver keeps its last basis, so a neighbouring tau starts
 * from a nearly optimal vertex. And it pivots on a working set: the observations nearest the current fit,
 * copied into one dense block; the others are "globbed" (Portnoy and Koenker, 1997): they enter the slopes as
 * two fixed sums, one above the fit and one below, which is exact as long as none of them changes side. At the
 * optimum of the working problem every globbed observation is checked; any on the wrong side (or on the fit)
 * joins the working set and pivoting resumes, so the answer is the optimum of the whole problem.
 *
 * <p>Not thread-safe: one instance per thread.
 */
final class SimplexQuantileSolver {
    private static final int MAX_PIVOTS_PER_SOLVE = 200_000;
    /** The working set holds about this share of the observations, and at least MIN_WORKING of them. */
    private static final double WORKING_SHARE = 0.05;
    private static final int MIN_WORKING = 2_000;
    private static final int BAND_SAMPLE = 4_096;

    private static final byte ABOVE = 1;
    private static final byte BELOW = -1;
    private static final byte WORKING = 0;
    /** Residuals are updated step by step and recomputed exactly after this many pivots (and before stopping). */
    private static final int REFRESH_INTERVAL = 32;
    /** At most this many zero-length Bland pivots per tau search a degenerate vertex for a way down. */
    private static final int BLAND_PIVOTS_PER_SOLVE = 200;

    private final DesignMatrix x;
    private final double[] y;
    private final int n;
    private final int p;
    /** Residuals this small are exactly zero: the observation lies on the fitted hyperplane. */
    private final double zeroResidual;
    /** Directional derivatives above -this are taken as zero (rounding in a sum over n observations). */
    private final double flatSlope;

    /** Where each observation is: in the working set or globbed above or below the fit. */
    private final byte[] side;
    /** Sums of the globbed rows above and below the fit. */
    private final double[] sumAbove;
    private final double[] sumBelow;

    // the working set, dense: observation, row (p values), response, residual, basic or not
    private int workingCount;
    private int[] observation;
    private double[] rows;
    private double[] response;
    private double[] residual;
    private boolean[] basic;
    /**
     * For a non-basic working observation on the fit: which side it counts on (+1 above, -1 below). In the
     * linear program behind the simplex this says which of its two residual variables is basic (at zero).
     */
    private byte[] zeroSide;
    /** x_i'direction of each working observation, from the last line search. */
    private double[] rate;
    /** Sums of the working non-basic rows above and below the fit (kept up to date pivot by pivot). */
    private final double[] sumPositive;
    private final double[] allResiduals;
    private final double[] sumNegative;
    private int pivotsSinceRefresh;
    private int blandBudget;
    private double lastStep;
    /** Working positions of the basis observations. */
    private final int[] basis;

    private final double[][] basisInverse;
    private final double[] coefficients;
    private boolean started;

    // work arrays
    private final double[] u;
    private final double[] direction;
    private final double[] rowView;
    private double[] breakpoint;
    private double[] weight;
    private int[] candidate;
    private double[][] zeroRates = new double[16][];
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
        this.side = new byte[n];
        this.sumAbove = new double[p];
        this.sumBelow = new double[p];
        this.sumPositive = new double[p];
        this.allResiduals = new double[n];
        this.sumNegative = new double[p];
        this.basis = new int[p];
        this.basisInverse = new double[p][p];
        this.coefficients = new double[p];
        this.u = new double[p];
        this.direction = new double[p];
        this.rowView = new double[p];
        allocateWorking(Math.min(n, 2 * Math.max(MIN_WORKING, (int) (WORKING_SHARE * n))));
    }

    /** The optimal coefficients at tau, starting from the last basis (or from a least-squares fit the first time). */
    double[] solve(double tau) {
        if (!(tau > 0 && tau < 1)) {
            throw new IllegalArgumentException("tau must be strictly between 0 and 1, got " + tau);
        }
        int[] basisObservations = started ? basisObservations() : startFromLeastSquares();
        started = true;
        chooseWorkingSet(basisObservations);
        blandBudget = BLAND_PIVOTS_PER_SOLVE;
        refactorBasis();
        refresh();
        for (int step = 0; step < MAX_PIVOTS_PER_SOLVE; step++) {
            if (pivot(tau)) {
                continue;
            }
            if (pivotsSinceRefresh > 0) {
                refresh(); // optimal on updated residuals: confirm on exact ones
                continue;
            }
            if (blandBudget > 0 && degenerate() && blandPivot(tau)) {
                blandBudget--;
                continue;
            }
            if (!admitGlobbedOnTheWrongSide()) {
                return coefficients.clone();
            }
        }
        throw new IllegalStateException("quantile regression did not converge in " + MAX_PIVOTS_PER_SOLVE + " pivots at tau " + tau);
    }

    private int[] basisObservations() {
        int[] observations = new int[p];
        for (int j = 0; j < p; j++) {
            observations[j] = observation[basis[j]];
        }
        return observations;
    }

    /**
     * The basis observations, then the non-basic observations nearest the current fit (and every one on it)
     * form the working set; the rest are globbed by side.
     */
    private void chooseWorkingSet(int[] basisObservations) {
        double[] fit = new double[p];
        solveThrough(basisObservations, fit);
        double[] all = allResiduals;
        for (int i = 0; i < n; i++) {
            all[i] = clean(y[i] - x.dot(i, fit));
        }
        double band = workingBand(all);
        Arrays.fill(sumAbove, 0);
        Arrays.fill(sumBelow, 0);
        Arrays.fill(sumPositive, 0);
        Arrays.fill(sumNegative, 0);
        workingCount = 0;
        Arrays.fill(side, WORKING);
        for (int j = 0; j < p; j++) {
            basis[j] = admit(basisObservations[j], 0);
            basic[basis[j]] = true;
            all[basisObservations[j]] = Double.NaN; // admitted already
        }
        for (int i = 0; i < n; i++) {
            double r = all[i];
            if (Double.isNaN(r)) {
                continue;
            }
            if (Math.abs(r) <= band || r == 0) {
                admit(i, r);
            } else if (r > 0) {
                side[i] = ABOVE;
                x.addRowTo(i, 1, sumAbove);
            } else {
                side[i] = BELOW;
                x.addRowTo(i, 1, sumBelow);
            }
        }
    }

    /**
     * The distance from the fit within which observations are worked on: about the WORKING_SHARE quantile of
     * |residual|, estimated from an evenly spaced sample (any band gives the same answer; this one keeps the
     * working set small and rarely misses an observation that must cross).
     */
    private double workingBand(double[] residuals) {
        int target = Math.min(n, Math.max(MIN_WORKING, (int) (WORKING_SHARE * n)));
        if (target >= n) {
            return Double.POSITIVE_INFINITY;
        }
        int sampleSize = Math.min(n, BAND_SAMPLE);
        double[] sample = new double[sampleSize];
        for (int k = 0; k < sampleSize; k++) {
            sample[k] = Math.abs(residuals[(int) ((long) k * n / sampleSize)]);
        }
        Arrays.sort(sample);
        return sample[Math.min(sampleSize - 1, (int) ((long) target * sampleSize / n))];
    }

    /** Adds an observation to the working set; returns its position. */
    private int admit(int i, double r) {
        if (workingCount == observation.length) {
            growWorking(Math.min(n, 2 * observation.length));
        }
        int w = workingCount++;
        observation[w] = i;
        x.copyRow(i, rowView);
        System.arraycopy(rowView, 0, rows, w * p, p);
        response[w] = y[i];
        residual[w] = r;
        basic[w] = false;
        zeroSide[w] = 1;
        side[i] = WORKING;
        addToSideSum(w, r, 1);
        return w;
    }

    /** At the optimum of the working problem: globbed observations not strictly on their side join it. */
    private boolean admitGlobbedOnTheWrongSide() {
        boolean admitted = false;
        for (int i = 0; i < n; i++) {
            byte globbed = side[i];
            if (globbed == WORKING) {
                continue;
            }
            double r = clean(y[i] - x.dot(i, coefficients));
            if ((globbed == ABOVE && r <= 0) || (globbed == BELOW && r >= 0)) {
                x.addRowTo(i, -1, globbed == ABOVE ? sumAbove : sumBelow);
                admit(i, r);
                admitted = true;
            }
        }
        return admitted;
    }

    /** One simplex pivot on the working problem; false when the current vertex is optimal for it. */
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
        if (entering < 0) {
            return true; // observations that the step would carry across the fit joined the working set: look again
        }
        step(lastStep, entering, basis[leaving]);
        basis[leaving] = entering;
        refactorBasis();
        if (++pivotsSinceRefresh >= REFRESH_INTERVAL) {
            refresh();
        }
        return true;
    }

    /**
     * Moves the fit by step along the direction: every working residual changes by -step * rate, rows whose
     * side changes move between the side sums, the entering observation becomes basic (residual 0) and the
     * leaving one non-basic with the residual the step gave it.
     */
    private void step(double step, int entering, int leavingPosition) {
        addToSideSum(entering, residual[entering], -1);
        for (int w = 0; w < workingCount; w++) {
            if (basic[w] || w == entering) {
                continue;
            }
            double before = residual[w];
            double after = clean(before - step * rate[w]);
            if (Math.signum(after) != Math.signum(before)) {
                addToSideSum(w, before, -1);
                addToSideSum(w, after, 1);
                if (after == 0) {
                    zeroSide[w] = (byte) Math.signum(before); // reached the fit from this side
                }
            }
            residual[w] = after;
        }
        residual[entering] = 0;
        basic[entering] = true;
        basic[leavingPosition] = false;
        double leavingRate = dot(leavingPosition, direction);
        double leavingResidual = clean(-step * leavingRate);
        residual[leavingPosition] = leavingResidual;
        zeroSide[leavingPosition] = (byte) (leavingRate > 0 ? -1 : 1); // the side the edge frees it towards
        addToSideSum(leavingPosition, leavingResidual, 1);
    }

    /**
     * Whether the vertex is degenerate in a way the edge slopes cannot judge: a non-basic observation on the fit
     * that is not a copy of one basis observation (its rates touch more than one edge). Copies are judged
     * exactly by the edge slopes; other coincidences need {@link #blandPivot}.
     */
    private boolean degenerate() {
        for (int z = 0; z < zeroCount; z++) {
            int touched = 0;
            for (int j = 0; j < p; j++) {
                if (Math.abs(zeroRates[z][j]) > 1e-9) {
                    touched++;
                }
            }
            if (touched > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * One pivot of the plain simplex with Bland's rule on the linear program behind the problem (residual
     * variables u_i, v_i numbered 2i and 2i + 1), used only at a degenerate vertex where no edge descends by
     * its true slope. Each observation on the fit counts on its {@link #zeroSide}; the entering edge is the
     * lowest-numbered one whose slope is negative, the step stops at the first breakpoint (ties: lowest number).
     * Bland's rule cannot cycle, so these zero-length pivots end either at a step that lowers the objective
     * or at a basis whose slopes prove the vertex optimal (false).
     */
    private boolean blandPivot(double tau) {
        double[] gradient = new double[p];
        for (int k = 0; k < p; k++) {
            gradient[k] = tau * (sumAbove[k] + sumPositive[k]) + (tau - 1) * (sumBelow[k] + sumNegative[k]);
        }
        for (int w = 0; w < workingCount; w++) {
            if (!basic[w] && residual[w] == 0) {
                double psi = zeroSide[w] > 0 ? tau : tau - 1;
                for (int k = 0; k < p; k++) {
                    gradient[k] += psi * rows[w * p + k];
                }
            }
        }
        int leaving = -1;
        double sign = 0;
        long enteringNumber = Long.MAX_VALUE;
        for (int j = 0; j < p; j++) {
            double z = 0;
            for (int k = 0; k < p; k++) {
                z += basisInverse[k][j] * gradient[k];
            }
            long number = 2L * observation[basis[j]];
            if (tau + z < -flatSlope && number < enteringNumber) { // -d_j: u_j enters
                enteringNumber = number;
                leaving = j;
                sign = -1;
            } else if ((1 - tau) - z < -flatSlope && number + 1 < enteringNumber) { // +d_j: v_j enters
                enteringNumber = number + 1;
                leaving = j;
                sign = 1;
            }
        }
        if (leaving < 0) {
            return false;
        }
        for (int k = 0; k < p; k++) {
            direction[k] = sign * basisInverse[k][leaving];
        }
        double negligible = negligibleRate();
        double step = Double.POSITIVE_INFINITY;
        int entering = -1;
        long leavingNumber = Long.MAX_VALUE;
        for (int w = 0; w < workingCount; w++) {
            if (basic[w]) {
                continue;
            }
            double a = dot(w, direction);
            rate[w] = a;
            double r = residual[w];
            int towards = r != 0 ? (int) Math.signum(r) : zeroSide[w];
            boolean crosses = (towards > 0 && a > negligible) || (towards < 0 && a < -negligible);
            if (!crosses) {
                continue;
            }
            double t = r == 0 ? 0 : r / a;
            long number = 2L * observation[w] + (towards > 0 ? 0 : 1);
            if (t < step || (t == step && number < leavingNumber)) {
                step = t;
                entering = w;
                leavingNumber = number;
            }
        }
        if (entering < 0 || admitGlobbedBefore(step, negligible)) {
            return true; // globbed observations the step would cross joined the working set: look again
        }
        step(step, entering, basis[leaving]);
        basis[leaving] = entering;
        refactorBasis();
        if (++pivotsSinceRefresh >= REFRESH_INTERVAL) {
            refresh();
        }
        return true;
    }

    /** Admits the globbed observations whose residual a step of this length along the direction would reach. */
    private boolean admitGlobbedBefore(double step, double negligible) {
        if (step == 0) {
            return false;
        }
        boolean admitted = false;
        for (int i = 0; i < n; i++) {
            byte globbed = side[i];
            if (globbed == WORKING) {
                continue;
            }
            double a = x.dot(i, direction);
            if ((globbed == ABOVE && a > negligible) || (globbed == BELOW && a < -negligible)) {
                double r = y[i] - x.dot(i, coefficients);
                if (r / a <= step) {
                    x.addRowTo(i, -1, globbed == ABOVE ? sumAbove : sumBelow);
                    admit(i, clean(r));
                    admitted = true;
                }
            }
        }
        return admitted;
    }

    /** Adds (sign = 1) or removes (sign = -1) a working row to or from the sum of its side of the fit. */
    private void addToSideSum(int w, double r, int sign) {
        if (r == 0) {
            return;
        }
        double[] sum = r > 0 ? sumPositive : sumNegative;
        int offset = w * p;
        for (int k = 0; k < p; k++) {
            sum[k] += sign * rows[offset + k];
        }
    }

    /**
     * u = sum over non-basic observations off the fit of psi_tau(r_i) x_i = tau (rows above) + (tau - 1) (rows
     * below), globbed and working. The working observations on the fit (duplicates of basis observations, mostly)
     * are listed apart: each adds to an edge's slope whichever way the edge moves its residual, (1 - tau) |a|
     * below the fit or tau |a| above it.
     */
    private void computeGradientOfNonBasic(double tau) {
        for (int k = 0; k < p; k++) {
            u[k] = tau * (sumAbove[k] + sumPositive[k]) + (tau - 1) * (sumBelow[k] + sumNegative[k]);
        }
        zeroCount = 0;
        for (int w = 0; w < workingCount; w++) {
            if (!basic[w] && residual[w] == 0) {
                recordZeroResidual(w * p);
            }
        }
    }

    /** rates_j = x_i . (column j of B^-1): how fast edge j moves the fit at this zero-residual observation. */
    private void recordZeroResidual(int offset) {
        if (zeroCount == zeroRates.length) {
            zeroRates = Arrays.copyOf(zeroRates, 2 * zeroRates.length);
        }
        double[] rates = zeroRates[zeroCount] == null ? new double[p] : zeroRates[zeroCount];
        zeroRates[zeroCount++] = rates;
        for (int j = 0; j < p; j++) {
            double sum = 0;
            for (int k = 0; k < p; k++) {
                sum += rows[offset + k] * basisInverse[k][j];
            }
            rates[j] = sum;
        }
    }

    private double zeroResidualSlope(int edge, double sign, double tau) {
        double slope = 0;
        for (int z = 0; z < zeroCount; z++) {
            double a = sign * zeroRates[z][edge];
            slope += a > 0 ? (1 - tau) * a : -tau * a;
        }
        return slope;
    }

    /**
     * Along b + t * direction the slope starts at -need and rises by |a_i| where the (non-zero) residual of
     * working observation i changes sign (a_i = x_i'direction). Returns the working position of the observation
     * at the first breakpoint where the slope reaches zero: the minimum on this edge, and the observation that
     * enters the basis. If the working observations cannot stop the descent, the step reaches past them into
     * globbed observations: those it would carry across the fit join the working set and the result is -1.
     */
    private int lineSearch(double need) {
        double negligible = negligibleRate();
        int m = 0;
        double total = 0;
        for (int w = 0; w < workingCount; w++) {
            if (basic[w]) {
                continue;
            }
            int offset = w * p;
            double a = 0;
            for (int k = 0; k < p; k++) {
                a += rows[offset + k] * direction[k];
            }
            rate[w] = a;
            double r = residual[w];
            if ((a > negligible && r > 0) || (a < -negligible && r < 0)) {
                breakpoint[m] = r / a;
                weight[m] = Math.abs(a);
                candidate[m] = w;
                total += weight[m];
                m++;
            }
        }
        if (total < need) {
            admitGlobbedCrossedBy(need, negligible);
            return -1;
        }
        double step = WeightedSelection.smallestReaching(breakpoint, weight, candidate, m, need);
        lastStep = step;
        // among observations breaking at that step, the one with the largest |a_i| keeps the basis best conditioned;
        // then the lowest observation number, so the choice never depends on the working set's order
        int entering = -1;
        double best = -1;
        for (int c = 0; c < m; c++) {
            if (breakpoint[c] == step && (entering < 0 || weight[c] > best
                    || (weight[c] == best && observation[candidate[c]] < observation[entering]))) {
                best = weight[c];
                entering = candidate[c];
            }
        }
        return entering;
    }

    /** Rates this small are rounding of an exact zero: the row is parallel to the edge (a duplicate of a basis row). */
    private double negligibleRate() {
        double size = 0;
        for (int k = 0; k < p; k++) {
            size += Math.abs(direction[k]);
        }
        return 1e-12 * size;
    }

    /** The line search over every observation; the globbed ones the step carries across (or onto) the fit join. */
    private void admitGlobbedCrossedBy(double need, double negligible) {
        double[] allBreakpoints = new double[n];
        double[] allWeights = new double[n];
        int[] tags = new int[n];
        int m = 0;
        for (int w = 0; w < workingCount; w++) {
            double r = residual[w];
            if (basic[w] || r == 0) {
                continue;
            }
            double a = dot(w, direction);
            if ((a > negligible && r > 0) || (a < -negligible && r < 0)) {
                allBreakpoints[m] = r / a;
                allWeights[m] = Math.abs(a);
                tags[m++] = -1;
            }
        }
        for (int i = 0; i < n; i++) {
            if (side[i] == WORKING) {
                continue;
            }
            double a = x.dot(i, direction);
            double r = y[i] - x.dot(i, coefficients);
            if ((a > negligible && side[i] == ABOVE) || (a < -negligible && side[i] == BELOW)) {
                allBreakpoints[m] = Math.max(0, r / a);
                allWeights[m] = Math.abs(a);
                tags[m++] = i;
            }
        }
        if (m == 0) {
            throw new IllegalStateException("quantile regression: no observation bounds the descent (rank-deficient design?)");
        }
        double[] sortedBreakpoints = Arrays.copyOf(allBreakpoints, m);
        double[] weights = Arrays.copyOf(allWeights, m);
        int[] unused = new int[m];
        double step = WeightedSelection.smallestReaching(sortedBreakpoints, weights, unused, m, need);
        for (int c = 0; c < m; c++) {
            int i = tags[c];
            if (i >= 0 && allBreakpoints[c] <= step) {
                x.addRowTo(i, -1, side[i] == ABOVE ? sumAbove : sumBelow);
                admit(i, clean(y[i] - x.dot(i, coefficients)));
            }
        }
    }

    private double dot(int w, double[] vector) {
        int offset = w * p;
        double sum = 0;
        for (int k = 0; k < p; k++) {
            sum += rows[offset + k] * vector[k];
        }
        return sum;
    }

    /** A first vertex: p independent observations nearest the least-squares fit. */
    private int[] startFromLeastSquares() {
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
        int[] chosen = new int[p];
        int found = 0;
        for (int k = 0; k < n && found < p; k++) {
            int i = order[k];
            x.copyRow(i, row);
            if (independent.add(row)) {
                chosen[found++] = i;
            }
        }
        if (found < p) {
            throw new IllegalArgumentException("the design matrix has rank " + found + " < " + p
                    + " columns: the scores do not spread over every spline piece (too few distinct prior scores?)");
        }
        return chosen;
    }

    /** fit = the coefficients through the given p observations. */
    private void solveThrough(int[] observations, double[] fit) {
        double[][] matrix = new double[p][p];
        double[][] inverse = new double[p][p];
        for (int j = 0; j < p; j++) {
            x.copyRow(observations[j], matrix[j]);
        }
        LinearAlgebra.invert(matrix, inverse);
        for (int k = 0; k < p; k++) {
            double sum = 0;
            for (int j = 0; j < p; j++) {
                sum += inverse[k][j] * y[observations[j]];
            }
            fit[k] = sum;
        }
    }

    /** B^-1 of the basis rows and the coefficients through the basis observations. */
    private void refactorBasis() {
        double[][] matrix = new double[p][p];
        double[] rhs = new double[p];
        for (int j = 0; j < p; j++) {
            System.arraycopy(rows, basis[j] * p, matrix[j], 0, p);
            rhs[j] = response[basis[j]];
        }
        LinearAlgebra.invert(matrix, basisInverse);
        for (int k = 0; k < p; k++) {
            double sum = 0;
            for (int j = 0; j < p; j++) {
                sum += basisInverse[k][j] * rhs[j];
            }
            coefficients[k] = sum;
        }
    }

    /** Every working residual recomputed from the coefficients, and the side sums from them. */
    private void refresh() {
        Arrays.fill(sumPositive, 0);
        Arrays.fill(sumNegative, 0);
        for (int w = 0; w < workingCount; w++) {
            if (basic[w]) {
                residual[w] = 0;
                continue;
            }
            residual[w] = clean(response[w] - dot(w, coefficients));
            addToSideSum(w, residual[w], 1);
        }
        pivotsSinceRefresh = 0;
    }

    private double clean(double r) {
        return Math.abs(r) <= zeroResidual ? 0 : r;
    }

    private void allocateWorking(int capacity) {
        observation = new int[capacity];
        rows = new double[capacity * p];
        response = new double[capacity];
        residual = new double[capacity];
        basic = new boolean[capacity];
        zeroSide = new byte[capacity];
        rate = new double[capacity];
        breakpoint = new double[capacity];
        weight = new double[capacity];
        candidate = new int[capacity];
    }

    private void growWorking(int capacity) {
        observation = Arrays.copyOf(observation, capacity);
        rows = Arrays.copyOf(rows, capacity * p);
        response = Arrays.copyOf(response, capacity);
        residual = Arrays.copyOf(residual, capacity);
        basic = Arrays.copyOf(basic, capacity);
        zeroSide = Arrays.copyOf(zeroSide, capacity);
        rate = Arrays.copyOf(rate, capacity);
        breakpoint = new double[capacity];
        weight = new double[capacity];
        candidate = new int[capacity];
    }
}
