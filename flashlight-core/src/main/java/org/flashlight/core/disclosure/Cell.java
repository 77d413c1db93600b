package org.flashlight.core.disclosure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One value a public view or export would publish: a metric for one year, entity and student group.
 *
 * @param key         what identifies the cell; keys order the result and break ties, so they must be
 *                    immutable and {@code equals} must agree with {@code compareTo}
 * @param kind        rate, mean or median/percentile; only rates are top- and bottom-coded
 * @param numerator   for a rate, the students of the denominator who met it; empty for a mean or a
 *                    median, and for a rate that is not a share of students (a day-weighted rate such as
 *                    in-seat attendance), which is then coded by its value alone
 * @param denominator the students in the calculation: the number {@code min_n_public} is tested against
 *                    (metric_results' {@code students}); at least 1, since metrics.md writes no row with
 *                    a zero denominator
 * @param value       the unrounded value as the engine computed it (a rate as a proportion 0..1)
 */
public record Cell<K extends Comparable<? super K>>(K key, CellKind kind, OptionalLong numerator, long denominator,
        BigDecimal value) {

    public Cell {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(numerator, "numerator is null (use OptionalLong.empty())");
        Objects.requireNonNull(value, "value is null");
        if (denominator < 1) {
            throw new IllegalArgumentException(key + ": denominator " + denominator + " is not at least 1");
        }
        if (numerator.isPresent() && kind != CellKind.RATE) {
            throw new IllegalArgumentException(key + ": only a rate has a numerator of students");
        }
        if (numerator.isPresent() && (numerator.getAsLong() < 0 || numerator.getAsLong() > denominator)) {
            throw new IllegalArgumentException(key + ": numerator " + numerator.getAsLong() + " is not within 0.."
                    + denominator);
        }
        if (kind == CellKind.RATE && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException(key + ": rate " + value + " is not a proportion 0..1");
        }
    }

    /** A rate with its count of students: value = numerator / denominator (metrics.md R-5: 16 digits). */
    public static <K extends Comparable<? super K>> Cell<K> rate(K key, long numerator, long denominator) {
        if (denominator < 1) {
            throw new IllegalArgumentException(key + ": denominator " + denominator + " is not at least 1");
        }
        BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL64);
        return new Cell<>(key, CellKind.RATE, OptionalLong.of(numerator), denominator, value);
    }

    /** A rate that is not a count of students (a day-weighted rate): coded by its value alone. */
    public static <K extends Comparable<? super K>> Cell<K> rate(K key, long denominator, BigDecimal value) {
        return new Cell<>(key, CellKind.RATE, OptionalLong.empty(), denominator, value);
    }

    /** A mean over {@code denominator} students. */
    public static <K extends Comparable<? super K>> Cell<K> mean(K key, long denominator, BigDecimal value) {
        return new Cell<>(key, CellKind.MEAN, OptionalLong.empty(), denominator, value);
    }

    /** A median or percentile over {@code denominator} students. */
    public static <K extends Comparable<? super K>> Cell<K> medianOrPercentile(K key, long denominator,
            BigDecimal value) {
        return new Cell<>(key, CellKind.MEDIAN_OR_PERCENTILE, OptionalLong.empty(), denominator, value);
    }

    /** Whether the numerator counts students of the denominator, so that coding can use the exact counts. */
    boolean hasCounts() {
        return numerator.isPresent();
    }
}
