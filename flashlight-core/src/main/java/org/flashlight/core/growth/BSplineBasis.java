package org.flashlight.core.growth;

/**
 * R's {@code splines::bs(x, knots, Boundary.knots, degree = 3, intercept = FALSE)}: the cubic B-spline basis on
 * the knot sequence (lower x4, interior..., upper x4) without its first function, so 3 + interior columns.
 *
 * <p>Outside the boundary knots R evaluates the degree-3 Taylor expansion of the basis at a pivot inside the
 * outermost knot span; a cubic's third-order Taylor expansion is the cubic itself, so that is the polynomial
 * piece of the outermost span continued past the boundary, which is what this class evaluates. Immutable and
 * thread-safe.
 */
public final class BSplineBasis {
    static final int DEGREE = 3;
    private static final int ORDER = DEGREE + 1;

    private final double[] knots;
    private final int columns;

    public BSplineBasis(SplineKnots splineKnots) {
        int interior = splineKnots.interiorCount();
        knots = new double[interior + 2 * ORDER];
        for (int k = 0; k < ORDER; k++) {
            knots[k] = splineKnots.lower();
            knots[knots.length - 1 - k] = splineKnots.upper();
        }
        for (int k = 0; k < interior; k++) {
            double knot = splineKnots.interiorKnot(k);
            if (!(knot > splineKnots.lower() && knot < splineKnots.upper())) {
                throw new IllegalArgumentException("interior knot " + knot + " is not strictly inside the boundary knots "
                        + splineKnots.lower() + ", " + splineKnots.upper());
            }
            knots[ORDER + k] = knot;
        }
        columns = knots.length - ORDER - 1;
    }

    /** The number of basis columns: degree + interior knots (7 for 4 interior knots). */
    public int columns() {
        return columns;
    }

    /** The basis row at x. */
    public double[] row(double x) {
        double[] row = new double[columns];
        evaluate(x, row, 0);
        return row;
    }

    /**
     * Writes the basis row at x into {@code out[offset .. offset + columns())} and returns the index, within
     * the row, of its first possibly non-zero column (the others are zero).
     */
    public int evaluate(double x, double[] out, int offset) {
        double[] values = new double[ORDER];
        int span = span(x);
        basisFunctions(span, x, values);
        for (int c = 0; c < columns; c++) {
            out[offset + c] = 0;
        }
        // values[r] is B_{span-DEGREE+r} in the full basis; column c of bs(intercept = FALSE) is B_{c+1}
        int first = span - DEGREE - 1;
        for (int r = 0; r < ORDER; r++) {
            int column = first + r;
            if (column >= 0) {
                out[offset + column] = values[r];
            }
        }
        return Math.max(first, 0);
    }

    /** The knot span whose polynomial piece is used at x: t[span] <= x < t[span+1], clamped to the end spans. */
    private int span(double x) {
        int firstSpan = DEGREE;
        int lastSpan = knots.length - ORDER - 1;
        int span = firstSpan;
        while (span < lastSpan && x >= knots[span + 1]) {
            span++;
        }
        return span;
    }

    /** De Boor's recurrence for the ORDER functions non-zero on the span, valid as a polynomial for any x. */
    private void basisFunctions(int span, double x, double[] values) {
        double[] left = new double[ORDER];
        double[] right = new double[ORDER];
        values[0] = 1;
        for (int j = 1; j <= DEGREE; j++) {
            left[j] = x - knots[span + 1 - j];
            right[j] = knots[span + j] - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                double term = values[r] / (right[r + 1] + left[j - r]);
                values[r] = saved + right[r + 1] * term;
                saved = left[j - r] * term;
            }
            values[j] = saved;
        }
    }
}
