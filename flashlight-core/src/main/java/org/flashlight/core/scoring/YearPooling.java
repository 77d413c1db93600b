package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pooling a metric's numerators and denominators over the three most recent years (STAR-7; seed 002:
 * "average using the student populations"): pooled value = sum(w x numerator) / sum(w x denominator)
 * over the years of the window that have data, with year weights most recent first (default 0.5,
 * 0.3, 0.2). A year's weight belongs to its place in the window (the designation year, the year
 * before, the one before that), so a school missing a year loses that year's weight and the rest
 * renormalize: renormalizing scales numerator and denominator alike, so the pooled value is the same
 * and {@link Pooled#weights} shows the renormalized weights. One division, {@link
 * MathContext#DECIMAL128}. Min n applies to the plain sum of the years' denominators. Pooling applies
 * to counts and sums (rates and means), not to medians.
 *
 * @param weights the year weights, most recent year first, each above 0 (the window is as long as
 *                the list)
 */
public record YearPooling(List<BigDecimal> weights) {

    public static final YearPooling DEFAULT =
            new YearPooling(List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2")));

    public YearPooling {
        weights = List.copyOf(weights);
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("year pooling needs at least one year weight");
        }
        for (BigDecimal weight : weights) {
            if (weight.signum() <= 0) {
                throw new IllegalArgumentException("year weights must be above 0: " + weights);
            }
        }
    }

    /**
     * One year's numerator and denominator (metric_results.csv).
     *
     * @param year        school year (2024 = 2023-24)
     * @param numerator   the year's numerator
     * @param denominator the year's denominator, at least 0
     */
    public record YearCounts(int year, BigDecimal numerator, BigDecimal denominator) {
        public YearCounts {
            Objects.requireNonNull(numerator, "numerator is null");
            Objects.requireNonNull(denominator, "denominator is null");
            if (denominator.signum() < 0) {
                throw new IllegalArgumentException(year + ": a denominator must not be negative: " + denominator);
            }
        }
    }

    /**
     * The pooled result.
     *
     * @param value               sum(w x numerator) / sum(w x denominator)
     * @param weightedNumerator   sum(w x numerator), with the window's weights as written
     * @param weightedDenominator sum(w x denominator)
     * @param plainDenominator    sum of the denominators, for min n
     * @param years               the years used, most recent first
     * @param weights             their weights renormalized to sum to 1, in the same order
     */
    public record Pooled(BigDecimal value, BigDecimal weightedNumerator, BigDecimal weightedDenominator,
            BigDecimal plainDenominator, List<Integer> years, List<BigDecimal> weights) {
        public Pooled {
            years = List.copyOf(years);
            weights = List.copyOf(weights);
        }

        public boolean meetsMinN(long minN) {
            return plainDenominator.compareTo(BigDecimal.valueOf(minN)) >= 0;
        }
    }

    /**
     * Pools the years of the window ending at {@code year} (years outside it are ignored; a year with
     * denominator 0 adds nothing). Empty when no year of the window has a denominator above 0.
     *
     * @throws IllegalArgumentException when a year is given twice
     */
    public Optional<Pooled> pool(int year, List<YearCounts> counts) {
        Set<Integer> seen = new HashSet<>();
        List<YearCounts> window = new ArrayList<>();
        for (YearCounts count : counts) {
            if (!seen.add(count.year())) {
                throw new IllegalArgumentException("year " + count.year() + " is given twice");
            }
            int place = year - count.year();
            if (place >= 0 && place < weights.size() && count.denominator().signum() > 0) {
                window.add(count);
            }
        }
        if (window.isEmpty()) {
            return Optional.empty();
        }
        window.sort((a, b) -> Integer.compare(b.year(), a.year()));
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        BigDecimal plain = BigDecimal.ZERO;
        BigDecimal weightSum = BigDecimal.ZERO;
        for (YearCounts count : window) {
            BigDecimal weight = weights.get(year - count.year());
            numerator = numerator.add(weight.multiply(count.numerator()));
            denominator = denominator.add(weight.multiply(count.denominator()));
            plain = plain.add(count.denominator());
            weightSum = weightSum.add(weight);
        }
        List<BigDecimal> renormalized = new ArrayList<>();
        for (YearCounts count : window) {
            renormalized.add(weights.get(year - count.year()).divide(weightSum, MathContext.DECIMAL128));
        }
        return Optional.of(new Pooled(numerator.divide(denominator, MathContext.DECIMAL128), numerator, denominator,
                plain, window.stream().map(YearCounts::year).toList(), renormalized));
    }
}
