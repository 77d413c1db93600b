package org.flashlight.core.disclosure;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a public view may publish of one cell.
 *
 * @param key           the cell's key
 * @param status        shown exactly, coded, or suppressed
 * @param reason        why a suppressed cell is hidden; empty unless suppressed
 * @param complementSet the complement set that made it hidden (reasons COMPLEMENTARY and TOTAL_HIDDEN)
 * @param value         the exact value, only when {@link Status#SHOWN}
 * @param display       what to show: the exact value (as computed, for the view to format), a code
 *                      such as {@code >= 95%} or {@code <= 5%}, or blank
 */
public record Outcome<K>(K key, Status status, Optional<Reason> reason, Optional<String> complementSet,
        Optional<BigDecimal> value, String display) {

    public enum Status {
        /** The exact value, numerator and denominator may be published. */
        SHOWN,
        /** Only the display ({@code >= 95%}) may be published: not the value, numerator or denominator. */
        TOP_CODED,
        /** Only the display ({@code <= 5%}) may be published: not the value, numerator or denominator. */
        BOTTOM_CODED,
        /** Nothing may be published: blank. */
        SUPPRESSED
    }

    public enum Reason {
        /** The denominator is below {@code min_n_public}. */
        BELOW_MIN_N,
        /** Hidden so that another hidden term of {@link #complementSet} cannot be found by subtraction. */
        COMPLEMENTARY,
        /** The total of {@link #complementSet}, hidden because no member was left to hide. */
        TOTAL_HIDDEN
    }

    public Outcome {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(complementSet, "complementSet is null");
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(display, "display is null");
        if (reason.isPresent() != (status == Status.SUPPRESSED) || value.isPresent() != (status == Status.SHOWN)) {
            throw new IllegalArgumentException(key + ": a suppressed cell needs a reason, and only a shown one a value");
        }
    }

    public boolean suppressed() {
        return status == Status.SUPPRESSED;
    }

    /** Whether the numerator and denominator may be published beside the value. */
    public boolean countsShown() {
        return status == Status.SHOWN;
    }
}
