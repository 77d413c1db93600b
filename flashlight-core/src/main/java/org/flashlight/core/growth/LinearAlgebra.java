package org.flashlight.core.growth;

/** The small dense linear algebra the solver needs (p x p with p about 15): no library is worth adding for it. */
final class LinearAlgebra {
    private LinearAlgebra() {
    }

    /** Least-squares coefficients by the normal equations (only a starting point for the simplex). */
    static double[] leastSquares(DesignMatrix x, double[] y) {
        int p = x.columns();
        double[][] gram = new double[p][p];
        double[] moment = new double[p];
        double[] row = new double[p];
        for (int i = 0; i < x.rows(); i++) {
            x.copyRow(i, row);
            for (int a = 0; a < p; a++) {
                if (row[a] == 0) {
                    continue;
                }
                moment[a] += row[a] * y[i];
                for (int b = 0; b < p; b++) {
                    gram[a][b] += row[a] * row[b];
                }
            }
        }
        // a tiny ridge keeps an empty spline piece from making the start singular; the simplex corrects it
        double trace = 0;
        for (int a = 0; a < p; a++) {
            trace += gram[a][a];
        }
        for (int a = 0; a < p; a++) {
            gram[a][a] += 1e-10 * trace / p;
        }
        double[][] inverse = new double[p][p];
        invert(gram, inverse);
        double[] beta = new double[p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                beta[a] += inverse[a][b] * moment[b];
            }
        }
        return beta;
    }

    /** inverse = matrix^-1 by Gauss-Jordan elimination with partial pivoting; matrix is overwritten. */
    static void invert(double[][] matrix, double[][] inverse) {
        int p = matrix.length;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                inverse[a][b] = a == b ? 1 : 0;
            }
        }
        for (int column = 0; column < p; column++) {
            int pivot = column;
            for (int r = column + 1; r < p; r++) {
                if (Math.abs(matrix[r][column]) > Math.abs(matrix[pivot][column])) {
                    pivot = r;
                }
            }
            if (matrix[pivot][column] == 0) {
                throw new IllegalStateException("singular basis matrix");
            }
            swapRows(matrix, column, pivot);
            swapRows(inverse, column, pivot);
            double scale = 1 / matrix[column][column];
            for (int b = 0; b < p; b++) {
                matrix[column][b] *= scale;
                inverse[column][b] *= scale;
            }
            for (int r = 0; r < p; r++) {
                double factor = matrix[r][column];
                if (r == column || factor == 0) {
                    continue;
                }
                for (int b = 0; b < p; b++) {
                    matrix[r][b] -= factor * matrix[column][b];
                    inverse[r][b] -= factor * inverse[column][b];
                }
            }
        }
    }

    private static void swapRows(double[][] matrix, int first, int second) {
        double[] row = matrix[first];
        matrix[first] = matrix[second];
        matrix[second] = row;
    }

    /** Accepts rows while they are linearly independent of those accepted (modified Gram-Schmidt). */
    static final class IndependentRows {
        private static final double RELATIVE_TOLERANCE = 1e-7;
        private final double[][] orthonormal;
        private int count;

        IndependentRows(int dimension) {
            orthonormal = new double[dimension][];
        }

        boolean add(double[] row) {
            if (count == orthonormal.length) {
                return false;
            }
            double[] w = row.clone();
            double norm = norm(w);
            if (norm == 0) {
                return false;
            }
            for (int k = 0; k < count; k++) {
                double projection = dot(orthonormal[k], w);
                for (int c = 0; c < w.length; c++) {
                    w[c] -= projection * orthonormal[k][c];
                }
            }
            double remaining = norm(w);
            if (remaining <= RELATIVE_TOLERANCE * norm) {
                return false;
            }
            for (int c = 0; c < w.length; c++) {
                w[c] /= remaining;
            }
            orthonormal[count++] = w;
            return true;
        }

        private static double dot(double[] a, double[] b) {
            double sum = 0;
            for (int c = 0; c < a.length; c++) {
                sum += a[c] * b[c];
            }
            return sum;
        }

        private static double norm(double[] a) {
            return Math.sqrt(dot(a, a));
        }
    }
}
