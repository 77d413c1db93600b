package org.flashlight.core.support;

import java.util.Arrays;

/**
 * The assignment problem on a rectangular cost matrix: give each row a different column so that the
 * total cost is least (the Hungarian algorithm with potentials, O(rows^2 x columns)). With more rows
 * than columns the matrix is transposed and some rows stay unassigned. Deterministic: the same matrix
 * gives the same assignment.
 */
public final class Assignment {

    private Assignment() {
    }

    /** For each row, its column, or -1 when there are more rows than columns and the row got none. */
    public static int[] solve(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("every row needs " + columns + " costs");
            }
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("costs must be finite numbers");
                }
            }
        }
        if (rows == 0 || columns == 0) {
            int[] none = new int[rows];
            Arrays.fill(none, -1);
            return none;
        }
        if (rows <= columns) {
            return solveWide(cost, rows, columns);
        }
        double[][] transposed = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                transposed[c][r] = cost[r][c];
            }
        }
        int[] rowOfColumn = solveWide(transposed, columns, rows);
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        for (int c = 0; c < columns; c++) {
            columnOfRow[rowOfColumn[c]] = c;
        }
        return columnOfRow;
    }

    /** rows <= columns; 1-based potentials u (rows) and v (columns), p[column] = its row. */
    private static int[] solveWide(double[][] a, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double current = a[i0 - 1][j - 1] - u[i0] - v[j];
                        if (current < minv[j]) {
                            minv[j] = current;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] assignment = new int[n];
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                assignment[p[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
