package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestSplineKnots {
    @Test
    void knotsAreType7QuantilesAndBoundariesTheRangeExtendedByTenPercent() {
        // sorted: 1 1 2 3 4 5 6 9 (n = 8). Type 7: index = 1 + 7p.
        //   p = 0.2: index 2.4 -> x2 + 0.4 (x3 - x2) = 1 + 0.4 * 1 = 1.4
        //   p = 0.4: index 3.8 -> 2 + 0.8 * 1 = 2.8
        //   p = 0.6: index 5.2 -> 4 + 0.2 * 1 = 4.2
        //   p = 0.8: index 6.6 -> 5 + 0.6 * 1 = 5.6
        // range 1..9, width 8: boundaries 1 - 0.8 = 0.2 and 9 + 0.8 = 9.8 (R: quantile(), extendrange() agree)
        SplineKnots knots = SplineKnots.fromScores(new double[] {3, 1, 4, 1, 5, 9, 2, 6});
        assertThat(knots.interior()).containsExactly(1.4, 2.8, 4.2, 5.6);
        assertThat(knots.lower()).isEqualTo(0.2);
        assertThat(knots.upper()).isEqualTo(9.8);
    }

    @Test
    void roundingToThreeDecimalsTakesTheNearestAndAnExactTieToTheEvenDigit() {
        assertThat(KnotRules.round(1.23449)).isEqualTo(1.234);
        assertThat(KnotRules.round(1.23451)).isEqualTo(1.235);
        // 0.0625 is exactly halfway between 0.062 and 0.063 in binary: the even digit (R 4.2.2 also gives 0.062)
        assertThat(KnotRules.round(0.0625)).isEqualTo(0.062);
        // 2.0005 is stored as 2.000500000000000167: above the tie, so up (R gives 2.001)
        assertThat(KnotRules.round(2.0005)).isEqualTo(2.001);
    }

    @Test
    void aQuantileBetweenEqualScoresIsThatScore() {
        SplineKnots knots = SplineKnots.fromScores(new double[] {10, 10, 10, 10, 20});
        // index 1 + 4 * 0.2 = 1.8 lies between two 10s
        assertThat(knots.interior()[0]).isEqualTo(10);
    }

    @Test
    void noScoresIsAnError() {
        assertThatThrownBy(() -> SplineKnots.fromScores(new double[0])).hasMessageContaining("no pooled scores");
    }
}
