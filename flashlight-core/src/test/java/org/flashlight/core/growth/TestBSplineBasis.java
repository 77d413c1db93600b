package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestBSplineBasis {
    private static final SplineKnots UNIT_KNOTS = new SplineKnots(new double[] {1, 2, 3, 4}, 0, 5);
    private static final SplineKnots GRADE_3_KNOTS = new SplineKnots(new double[] {506, 547, 580, 616}, 85.5, 859.5);

    @Test
    void fourInteriorKnotsGiveSevenColumns() {
        assertThat(new BSplineBasis(UNIT_KNOTS).columns()).isEqualTo(7);
    }

    @Test
    void theLastColumnOnTheLastSpanIsTheCubeOfTheDistanceFromTheLastInteriorKnot() {
        // on [4, 5] the last B-spline of the knots (4, 5, 5, 5, 5) is ((x - 4) / (5 - 4))^3: at 4.5, 0.5^3 = 0.125
        double[] row = new BSplineBasis(UNIT_KNOTS).row(4.5);
        assertThat(row[6]).isCloseTo(0.125, within(1e-15));
    }

    @Test
    void theColumnsSumToOneMinusTheDroppedFirstFunction() {
        // with the first function B0 the basis is a partition of unity; B0 = ((1 - x) / (1 - 0))^3 on [0, 1], 0 after
        BSplineBasis basis = new BSplineBasis(UNIT_KNOTS);
        for (double x : new double[] {0, 0.25, 0.5, 0.999, 1, 2.5, 3.7, 5}) {
            double dropped = x < 1 ? Math.pow(1 - x, 3) : 0;
            assertThat(sum(basis.row(x))).as("x = " + x).isCloseTo(1 - dropped, within(1e-14));
        }
        // x = 0.5: B0 = 0.125, so the row sums to 0.875
        assertThat(sum(basis.row(0.5))).isCloseTo(0.875, within(1e-15));
    }

    @Test
    void valuesMatchRsBsInsideAtAndOutsideTheBoundaryKnots() {
        // R 4.2.2: bs(x, knots = c(506, 547, 580, 616), Boundary.knots = c(85.5, 859.5)), printed with 17 digits;
        // outside the boundaries R uses a Taylor expansion of the end piece (docs/growth.md)
        double[][] expected = {
            {-0.29578361101080064, 0.020996310336003368, -0.00046620943429956027, 0, 0, 0, 0},  // x = 50
            {0, 0, 0, 0, 0, 0, 0},                                                                // x = 85.5
            {0.40229206302335963, 0.37729225712853987, 0.10284374624867783, 0, 0, 0, 0},          // x = 300
            {0.0078926765023845883, 0.21729949699437881, 0.77480782650323654, 0, 0, 0, 0},        // x = 506
            {0.00053816712769119181, 0.093904445084767765, 0.86282797080126428, 0.04272941698627674, 0, 0, 0},
            {0, 0, 0.014990484555701946, 0.79987709068073065, 0.18228780736638514, 0.0028446173971821936, 0},
            {0, 0, 0, 0, 0, 0, 1},                                                                // x = 859.5
            {0, 0, 0, -0.0031234479287962844, 0.082926242165536762, -0.66636872241505718, 1.5865659281783169},
        };
        double[] xs = {50, 85.5, 300, 506, 530.25, 600, 859.5, 900};
        BSplineBasis basis = new BSplineBasis(GRADE_3_KNOTS);
        for (int k = 0; k < xs.length; k++) {
            double[] row = basis.row(xs[k]);
            for (int c = 0; c < 7; c++) {
                assertThat(row[c]).as("x = " + xs[k] + ", column " + (c + 1)).isCloseTo(expected[k][c], within(1e-12));
            }
        }
    }

    @Test
    void aRepeatedKnotFromTiedScoresMatchesR() {
        // many tied scores give equal quantiles: R 4.2.2 bs(x, knots = c(500, 500, 510, 520), Boundary.knots = c(400, 600))
        double[][] expected = {
            {0.375, 0.38636363636363635, 0.11363636363636363, 0, 0, 0, 0},                                // x = 450
            {0, 0.090909090909090912, 0.90909090909090906, 0, 0, 0, 0},                                     // x = 500
            {0, 0.011363636363636364, 0.70738636363636365, 0.27500000000000002, 0.0062500000000000003, 0, 0},
            {0, 0, 0.03125, 0.81388888888888900, 0.15331790123456793, 0.0015432098765432102, 0},          // x = 515
            {0, 0, 0, 0.0013888888888888889, 0.036998456790123452, 0.29169077932098764, 0.669921875},      // x = 590
        };
        double[] xs = {450, 500, 505, 515, 590};
        BSplineBasis basis = new BSplineBasis(new SplineKnots(new double[] {500, 500, 510, 520}, 400, 600));
        for (int k = 0; k < xs.length; k++) {
            double[] row = basis.row(xs[k]);
            for (int c = 0; c < 7; c++) {
                assertThat(row[c]).as("x = " + xs[k] + ", column " + (c + 1)).isCloseTo(expected[k][c], within(1e-12));
            }
        }
    }

    @Test
    void evaluateWritesAtTheOffsetAndLeavesTheRestOfTheRowAlone() {
        double[] target = {9, 9, 9, 9, 9, 9, 9, 9, 9};
        new BSplineBasis(UNIT_KNOTS).evaluate(4.5, target, 1);
        assertThat(target[0]).isEqualTo(9);
        assertThat(target[8]).isEqualTo(9);
        assertThat(target[7]).isCloseTo(0.125, within(1e-15));
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }
}
