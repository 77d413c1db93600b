package org.flashlight.core.growth;

import java.util.Arrays;

/**
 * A read-only n x p design matrix stored by rows, keeping only the non-zero entries of each row (a B-spline
 * row has at most 4 non-zeros per prior). Immutable once built.
 */
final class DesignMatrix {
    private final int columns;
    private final int[] rowStart;
    private final int[] columnIndex;
    private final double[] value;

    private DesignMatrix(int columns, int[] rowStart, int[] columnIndex, double[] value) {
        this.columns = columns;
        this.rowStart = rowStart;
        this.columnIndex = columnIndex;
        this.value = value;
    }

    /** From dense rows; exact zeros are dropped. */
    static DesignMatrix ofRows(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a design matrix needs at least one row");
        }
        int columns = rows[0].length;
        Builder builder = new Builder(rows.length, columns);
        for (double[] row : rows) {
            if (row.length != columns) {
                throw new IllegalArgumentException("rows of different lengths: " + columns + " and " + row.length);
            }
            builder.addRow(row);
        }
        return builder.build();
    }

    int rows() {
        return rowStart.length - 1;
    }

    int columns() {
        return columns;
    }

    /** x_i' v */
    double dot(int row, double[] vector) {
        double sum = 0;
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            sum += value[k] * vector[columnIndex[k]];
        }
        return sum;
    }

    /** target += weight * x_i */
    void addRowTo(int row, double weight, double[] target) {
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            target[columnIndex[k]] += weight * value[k];
        }
    }

    /** Writes the dense row i into target. */
    void copyRow(int row, double[] target) {
        Arrays.fill(target, 0);
        for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
            target[columnIndex[k]] = value[k];
        }
    }

    /** Appends rows one at a time. */
    static final class Builder {
        private final int columns;
        private final int[] rowStart;
        private int[] columnIndex;
        private double[] value;
        private int rows;

        Builder(int expectedRows, int columns) {
            this.columns = columns;
            this.rowStart = new int[expectedRows + 1];
            this.columnIndex = new int[Math.max(16, expectedRows * Math.min(columns, 9))];
            this.value = new double[columnIndex.length];
        }

        void addRow(double[] dense) {
            int at = rowStart[rows];
            for (int c = 0; c < columns; c++) {
                if (dense[c] != 0) {
                    if (at == value.length) {
                        columnIndex = Arrays.copyOf(columnIndex, 2 * at);
                        value = Arrays.copyOf(value, 2 * at);
                    }
                    columnIndex[at] = c;
                    value[at] = dense[c];
                    at++;
                }
            }
            rows++;
            rowStart[rows] = at;
        }

        DesignMatrix build() {
            if (rows != rowStart.length - 1) {
                throw new IllegalStateException("expected " + (rowStart.length - 1) + " rows, got " + rows);
            }
            return new DesignMatrix(columns, rowStart, Arrays.copyOf(columnIndex, rowStart[rows]),
                    Arrays.copyOf(value, rowStart[rows]));
        }
    }
}
