package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;
import static org.flashlight.core.scoring.Decimals.ds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestPercentile {

    // Five values, n - 1 = 4 (listed out of order: the method sorts a copy).
    private static final List<BigDecimal> FIVE = ds("0.30", "0.10", "0.50", "0.20", "0.40");

    @Test
    void interpolatesBetweenOrderStatistics() {
        // k = 10: 10 x 4 = 40 -> lo = 0, fraction 0.40: 0.10 + 0.40 x (0.20 - 0.10) = 0.14
        assertThat(Percentile.of(FIVE, 10)).isEqualByComparingTo("0.14");
        // k = 90: 360 -> lo = 3, fraction 0.60: 0.40 + 0.60 x 0.10 = 0.46
        assertThat(Percentile.of(FIVE, 90)).isEqualByComparingTo("0.46");
        // k = 25: 100 -> lo = 1, fraction 0: x_1 = 0.20
        assertThat(Percentile.of(FIVE, 25)).isEqualByComparingTo("0.20");
    }

    @Test
    void theEndsAreTheSmallestAndLargestValues() {
        assertThat(Percentile.of(FIVE, 0)).isEqualByComparingTo("0.10");
        assertThat(Percentile.of(FIVE, 100)).isEqualByComparingTo("0.50");
        assertThat(Percentile.of(FIVE, 50)).isEqualByComparingTo("0.30");
    }

    @Test
    void hIsExactWhereDoublesPickTheWrongOrderStatistic() {
        // NC-1: n = 91, k = 70: h = 70 x 90 / 100 = 63 exactly (0.7 * 90 = 62.99999999999999 in doubles).
        // x_0..x_62 = 0 and x_63..x_90 = 1, so p70 = x_63 = 1; the double h gives 0.99999999999999.
        List<BigDecimal> values = new ArrayList<>();
        IntStream.range(0, 91).forEach(i -> values.add(i < 63 ? BigDecimal.ZERO : BigDecimal.ONE));
        Collections.reverse(values);
        assertThat(Percentile.of(values, 70)).isEqualByComparingTo("1");
    }

    @Test
    void keepsEverySignificantDigitOfThePrintedValues() {
        // k = 25 of two values: h = 25 x 1 / 100 -> lo = 0, fraction 0.25.
        // 0.9876543210987654 - 0.1234567890123456 = 0.8641975320864198; x 0.25 = 0.21604938302160495;
        // + 0.1234567890123456 = 0.33950617203395055
        assertThat(Percentile.of(ds("0.9876543210987654", "0.1234567890123456"), 25))
                .isEqualByComparingTo("0.33950617203395055");
    }

    @Test
    void oneValueIsEveryPercentile() {
        assertThat(Percentile.of(ds("0.42"), 0)).isEqualByComparingTo("0.42");
        assertThat(Percentile.of(ds("0.42"), 37)).isEqualByComparingTo("0.42");
        assertThat(Percentile.of(ds("0.42"), 100)).isEqualByComparingTo("0.42");
    }

    @Test
    void leavesTheCallersListAlone() {
        List<BigDecimal> values = new ArrayList<>(FIVE);
        Percentile.of(values, 50);
        assertThat(values).isEqualTo(FIVE);
    }

    @Test
    void rejectsNoValuesAndPercentilesOutsideZeroToHundred() {
        assertThatThrownBy(() -> Percentile.of(List.of(), 50)).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> Percentile.of(FIVE, 101)).hasMessageContaining("101 is outside 0..100");
        assertThatThrownBy(() -> Percentile.of(FIVE, -1)).hasMessageContaining("outside 0..100");
    }

    @Test
    void negativeValuesInterpolateTheSameWay() {
        // -3, -1, 0, 5: k = 50: 50 x 3 = 150 -> lo = 1, fraction 0.50: -1 + 0.50 x (0 - -1) = -0.5
        assertThat(Percentile.of(List.of(d("5"), d("-1"), d("0"), d("-3")), 50)).isEqualByComparingTo("-0.5");
    }
}
