package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The k-th percentile of school values by linear interpolation between order statistics (NC-1: R
 * type 7, Excel PERCENTILE.INC). For values sorted ascending x_0..x_(n-1): h = k(n-1)/100, lo =
 * floor(h), value = x_lo + (h - lo)(x_(lo+1) - x_lo). h is split in integers (lo = k(n-1) div 100,
 * fraction = (k(n-1) mod 100) / 100), so the fraction is an exact two-place decimal and the result is
 * exact: no rounding anywhere (never 0.7 x 90 = 62.99999999999999 in doubles).
 */
public final class Percentile {

    private Percentile() {
    }

    /**
     * The k-th percentile of {@code values} (any order; a sorted copy is used).
     *
     * @param values the values; at least one, none null
     * @param k      the percentile, 0..100
     * @throws IllegalArgumentException when there are no values or k is outside 0..100
     */
    public static BigDecimal of(List<BigDecimal> values, int k) {
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.forEach(value -> Objects.requireNonNull(value, "a value is null"));
        Collections.sort(sorted);
        return ofSorted(sorted, k);
    }

    /** {@link #of} on values already sorted ascending (several percentiles of one list sort once). */
    static BigDecimal ofSorted(List<BigDecimal> sorted, int k) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a percentile needs at least one value");
        }
        if (k < 0 || k > 100) {
            throw new IllegalArgumentException("percentile " + k + " is outside 0..100");
        }
        long scaled = (long) k * (sorted.size() - 1); // h x 100, exactly
        int lo = (int) (scaled / 100);
        long hundredths = scaled % 100;
        BigDecimal low = sorted.get(lo);
        if (hundredths == 0) {
            return low;
        }
        BigDecimal fraction = BigDecimal.valueOf(hundredths, 2);
        return low.add(fraction.multiply(sorted.get(lo + 1).subtract(low)));
    }
}
