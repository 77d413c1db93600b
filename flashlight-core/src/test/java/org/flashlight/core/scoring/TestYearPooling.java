package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;
import org.flashlight.core.scoring.YearPooling.Pooled;
import org.flashlight.core.scoring.YearPooling.YearCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestYearPooling {

    @Test
    void poolsThreeYearsWithTheDefaultWeights() {
        // 2024: 30/50, 2023: 20/40, 2022: 10/40
        // numerator 0.5 x 30 + 0.3 x 20 + 0.2 x 10 = 15 + 6 + 2 = 23; denominator 25 + 12 + 8 = 45
        Pooled pooled = pool(2024, counts(2024, 30, 50), counts(2023, 20, 40), counts(2022, 10, 40));
        assertThat(pooled.weightedNumerator()).isEqualByComparingTo("23");
        assertThat(pooled.weightedDenominator()).isEqualByComparingTo("45");
        assertThat(pooled.value()).isEqualTo(d("0.5111111111111111111111111111111111")); // 23 / 45, 34 digits
        assertThat(pooled.plainDenominator()).isEqualByComparingTo("130");
        assertThat(pooled.years()).containsExactly(2024, 2023, 2022);
    }

    @Test
    void fewerYearsRenormalizeTheWeightsWithoutChangingTheRatio() {
        // two years: (15 + 6) / (25 + 12) = 21 / 37; weights 0.5/0.8 = 0.625 and 0.3/0.8 = 0.375
        Pooled two = pool(2024, counts(2024, 30, 50), counts(2023, 20, 40));
        assertThat(two.value()).isEqualTo(d("0.5675675675675675675675675675675676"));
        assertThat(two.weights()).usingElementComparator(BigDecimal::compareTo).containsExactly(d("0.625"), d("0.375"));
        // the middle year missing: (15 + 2) / (25 + 8) = 17 / 33; weights 0.5/0.7 and 0.2/0.7
        Pooled gap = pool(2024, counts(2024, 30, 50), counts(2022, 10, 40));
        assertThat(gap.value()).isEqualTo(d("0.5151515151515151515151515151515152"));
        assertThat(gap.weights()).containsExactly(d("0.7142857142857142857142857142857143"),
                d("0.2857142857142857142857142857142857"));
    }

    @Test
    void yearsOutsideTheWindowAreIgnored() {
        // 2021 and 2025 are outside 2022..2024; the result is the 2024 year alone: 30 / 50
        Pooled pooled = pool(2024, counts(2021, 1, 1), counts(2024, 30, 50), counts(2025, 9, 9));
        assertThat(pooled.value()).isEqualByComparingTo("0.6");
        assertThat(pooled.years()).containsExactly(2024);
        assertThat(YearPooling.DEFAULT.pool(2024, List.of(counts(2020, 1, 2)))).isEmpty();
    }

    @Test
    void minNAppliesToThePlainSumOfDenominators() {
        // 8 + 6 + 7 = 21 students: each year is below 10, the pool is not
        Pooled pooled = pool(2024, counts(2024, 4, 8), counts(2023, 3, 6), counts(2022, 2, 7));
        assertThat(pooled.meetsMinN(10)).isTrue();
        assertThat(pooled.meetsMinN(22)).isFalse();
    }

    /** Property: pooling one year gives that year's value, numerator / denominator. */
    @ParameterizedTest
    @ValueSource(longs = {11, 22, 33, 44, 55})
    void poolingOneYearIsThatYearsValue(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            int denominator = 1 + random.nextInt(5000);
            int numerator = random.nextInt(denominator + 1);
            int back = random.nextInt(3); // the one year may be any year of the window
            Pooled pooled = pool(2024, counts(2024 - back, numerator, denominator));
            assertThat(pooled.value()).isEqualByComparingTo(
                    BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128));
            assertThat(pooled.weights()).containsExactly(BigDecimal.ONE);
        }
    }

    @Test
    void rejectsARepeatedYearAndNonPositiveWeights() {
        assertThatThrownBy(() -> pool(2024, counts(2024, 1, 2), counts(2024, 1, 2))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new YearPooling(List.of(d("0.5"), d("0")))).hasMessageContaining("above 0");
    }

    private static Pooled pool(int year, YearCounts... counts) {
        return YearPooling.DEFAULT.pool(year, List.of(counts)).orElseThrow();
    }

    private static YearCounts counts(int year, long numerator, long denominator) {
        return new YearCounts(year, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }
}
