package org.flashlight.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TestFraction {

    @Test
    void keepsLowestTermsAndAPositiveDenominator() {
        assertThat(Fraction.of(6, -8)).isEqualTo(Fraction.of(-3, 4));
        assertThat(Fraction.of("67.5")).isEqualTo(Fraction.of(135, 2));
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
    }

    @Test
    void arithmeticIsExact() {
        // 1/3 + 1/6 = 1/2; (2/3) x (9/4) = 3/2; (1/3) / (1/18) = 6
        assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(2, 3).times(Fraction.of(9, 4))).isEqualTo(Fraction.of(3, 2));
        assertThat(Fraction.of(1, 3).dividedBy(Fraction.of(1, 18))).isEqualTo(Fraction.of(6));
        // 0.1 + 0.2 is exactly 0.3 here.
        assertThat(Fraction.of("0.1").plus(Fraction.of("0.2"))).isEqualTo(Fraction.of("0.3"));
    }

    @Test
    void comparesByValueAndShowsHalfUp() {
        assertThat(Fraction.of(2, 3)).isGreaterThan(Fraction.of(665, 1000));
        assertThat(Fraction.of(3, 4).isAtLeast(Fraction.of("0.75"))).isTrue();
        assertThat(Fraction.of(2, 3).toDecimal(2)).isEqualTo(new BigDecimal("0.67"));
        assertThat(Fraction.of(1, 8).toDecimal(2)).isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void refusesAZeroDenominator() {
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }
}
