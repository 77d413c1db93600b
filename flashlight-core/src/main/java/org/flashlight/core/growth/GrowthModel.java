package org.flashlight.core.growth;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The 100 fitted conditional quantile functions of one progression (subject, grades, priors): growth.md
 * "Student Growth Percentiles". Immutable and thread-safe.
 */
public final class GrowthModel {
    /** The package's quantiles: 0.005, 0.015, ..., 0.995. */
    static final int QUANTILE_COUNT = 100;
    static final int DECIMALS = 5;

    private final List<BSplineBasis> bases;
    private final List<SplineKnots> knots;
    private final double[][] coefficients;

    private GrowthModel(List<SplineKnots> knots, double[][] coefficients) {
        this.knots = List.copyOf(knots);
        this.bases = this.knots.stream().map(BSplineBasis::new).toList();
        this.coefficients = coefficients;
    }

    /**
     * Fits the 100 quantile regressions of the current score on a B-spline basis of each prior.
     *
     * @param students          the students of the progression, every one with {@code knotsOldestFirst.size()} priors
     * @param knotsOldestFirst  the knots of each prior grade, oldest first (as the students' priors)
     */
    public static GrowthModel fit(List<ProgressionScores> students, List<SplineKnots> knotsOldestFirst) {
        Objects.requireNonNull(students, "students is null");
        if (knotsOldestFirst.isEmpty()) {
            throw new IllegalArgumentException("a growth model needs at least one prior");
        }
        GrowthDesign design = GrowthDesign.of(students, knotsOldestFirst);
        double[][] coefficients = QuantileRegression.fitAll(design.matrix(), design.response(), taus());
        return new GrowthModel(knotsOldestFirst, coefficients);
    }

    /** A model from known coefficients (one row per quantile, columns intercept then each prior's basis). */
    public static GrowthModel of(List<SplineKnots> knotsOldestFirst, double[][] coefficients) {
        GrowthModel model = new GrowthModel(knotsOldestFirst, new double[0][]);
        int width = model.designWidth();
        if (coefficients.length != QUANTILE_COUNT) {
            throw new IllegalArgumentException("expected " + QUANTILE_COUNT + " coefficient vectors, got " + coefficients.length);
        }
        double[][] copy = new double[QUANTILE_COUNT][];
        for (int q = 0; q < QUANTILE_COUNT; q++) {
            if (coefficients[q].length != width) {
                throw new IllegalArgumentException("coefficient vector " + q + " has " + coefficients[q].length
                        + " values, expected " + width);
            }
            copy[q] = coefficients[q].clone();
        }
        return new GrowthModel(knotsOldestFirst, copy);
    }

    /** The quantiles fitted: tau_q = (2q + 1) / 200 for q = 0..99. */
    public static double[] taus() {
        double[] taus = new double[QUANTILE_COUNT];
        for (int q = 0; q < QUANTILE_COUNT; q++) {
            taus[q] = (2 * q + 1) / 200.0;
        }
        return taus;
    }

    public int priors() {
        return knots.size();
    }

    public List<SplineKnots> knots() {
        return knots;
    }

    /** The coefficient vector of quantile q (0..99): intercept, then each prior's basis, oldest first. */
    public double[] coefficients(int quantile) {
        return coefficients[quantile].clone();
    }

    /** The 100 predicted quantiles of the current score for these priors (oldest first): sorted, rounded to 5 decimals. */
    public double[] fittedQuantiles(double[] priors) {
        double[] row = designRow(priors);
        double[] fitted = new double[QUANTILE_COUNT];
        for (int q = 0; q < QUANTILE_COUNT; q++) {
            double sum = 0;
            double[] beta = coefficients[q];
            for (int c = 0; c < row.length; c++) {
                sum += row[c] * beta[c];
            }
            fitted[q] = sum;
        }
        Arrays.sort(fitted);
        for (int q = 0; q < QUANTILE_COUNT; q++) {
            fitted[q] = Rounding.half5(fitted[q]);
        }
        return fitted;
    }

    /** The unsorted, unrounded prediction of quantile function q (0..99) at these priors (oldest first). */
    double quantileAt(int quantile, double[] priors) {
        double[] row = designRow(priors);
        double sum = 0;
        double[] beta = coefficients[quantile];
        for (int c = 0; c < row.length; c++) {
            sum += row[c] * beta[c];
        }
        return sum;
    }

    /** The SGP: how many fitted quantiles are strictly below the current score, with 0 -> 1 and 100 -> 99. */
    public int percentile(double[] priors, double current) {
        return Percentiles.clamp(Percentiles.countBelow(fittedQuantiles(priors), current));
    }

    /**
     * The SGP of each student (same order), computed on the available processors; the result does not depend
     * on how many there are.
     */
    public int[] percentiles(List<ProgressionScores> students) {
        int[] sgps = new int[students.size()];
        java.util.stream.IntStream.range(0, students.size()).parallel().forEach(s -> {
            ProgressionScores student = students.get(s);
            sgps[s] = percentile(student.priors(), student.current());
        });
        return sgps;
    }

    int designWidth() {
        int width = 1;
        for (BSplineBasis basis : bases) {
            width += basis.columns();
        }
        return width;
    }

    double[] designRow(double[] priors) {
        if (priors.length != bases.size()) {
            throw new IllegalArgumentException("this model has " + bases.size() + " priors, got " + priors.length);
        }
        double[] row = new double[designWidth()];
        row[0] = 1;
        int offset = 1;
        for (int k = 0; k < priors.length; k++) {
            bases.get(k).evaluate(priors[k], row, offset);
            offset += bases.get(k).columns();
        }
        return row;
    }
}
