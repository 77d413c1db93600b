package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * BTSC-3: one metric at one entity for two groups, as rates and the gap in percentage points
 * ("No Ds or Fs in 9th grade: 34% vs 59%"). Computed exactly from the integer counts.
 */
public record GapRow(String metric, int schoolYear, String level, String entityId, String group, long groupNumerator,
        long groupDenominator, String comparison, long comparisonNumerator, long comparisonDenominator) {
    public GapRow {
        requireNonNull(metric, "metric is null");
        requireNonNull(level, "level is null");
        requireNonNull(entityId, "entityId is null");
        requireNonNull(group, "group is null");
        requireNonNull(comparison, "comparison is null");
        if (groupDenominator <= 0 || comparisonDenominator <= 0) {
            throw new IllegalArgumentException("a gap needs both groups counted (denominators > 0)");
        }
    }

    /** The group's rate in percent, one decimal, half up. */
    public BigDecimal groupPercent() {
        return percent(groupNumerator, groupDenominator);
    }

    public BigDecimal comparisonPercent() {
        return percent(comparisonNumerator, comparisonDenominator);
    }

    /**
     * group rate - comparison rate in percentage points, one decimal, half up, from the exact fraction
     * 100 x (a x d - c x b) / (b x d), so it is never off by a rounding of the two percentages.
     */
    public BigDecimal gapPoints() {
        BigInteger numerator = BigInteger.valueOf(groupNumerator).multiply(BigInteger.valueOf(comparisonDenominator))
                .subtract(BigInteger.valueOf(comparisonNumerator).multiply(BigInteger.valueOf(groupDenominator)))
                .multiply(BigInteger.valueOf(100));
        BigInteger denominator = BigInteger.valueOf(groupDenominator).multiply(BigInteger.valueOf(comparisonDenominator));
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
