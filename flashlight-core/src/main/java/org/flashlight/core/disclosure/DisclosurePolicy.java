package org.flashlight.core.disclosure;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds of public disclosure avoidance (outputs.md, "Public reporting and disclosure
 * avoidance"; the rules and their sources are in docs/disclosure.md).
 *
 * @param minNPublic           a cell whose denominator is below this is suppressed (outputs.md: 10, the
 *                             minimum most states use: NCES 2011-603 counts 39 states at 10)
 * @param codingBands          which rates are top- and bottom-coded, by denominator; no band, no coding
 * @param hiddenSumAtLeastMinN also require, in every complement set whose total is public, that the
 *                             hidden members together (what subtraction reveals) hold at least
 *                             {@code minNPublic} students; off by default: hiding at least two is the
 *                             common practice, some state agencies require this as well
 */
public record DisclosurePolicy(int minNPublic, List<CodingBand> codingBands, boolean hiddenSumAtLeastMinN) {

    /**
     * Rates whose denominator is within {@code fromDenominator..toDenominator} (inclusive) are shown as
     * {@code >= top%} when at least {@code topAtLeast} and {@code <= bottom%} when at most
     * {@code bottomAtMost} (both ends inclusive, as NCES 2011-603 recodes "95% to 100%" to "≥95%").
     */
    public record CodingBand(long fromDenominator, long toDenominator, BigDecimal topAtLeast, BigDecimal bottomAtMost) {

        /** {@code toDenominator} of a band without an upper end. */
        public static final long NO_UPPER_END = Long.MAX_VALUE;

        public CodingBand {
            Objects.requireNonNull(topAtLeast, "topAtLeast is null");
            Objects.requireNonNull(bottomAtMost, "bottomAtMost is null");
            if (fromDenominator < 1 || toDenominator < fromDenominator) {
                throw new IllegalArgumentException("coding band " + fromDenominator + ".." + toDenominator
                        + " is not a range of denominators from 1 up");
            }
            if (bottomAtMost.signum() < 0 || bottomAtMost.compareTo(topAtLeast) >= 0
                    || topAtLeast.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("coding band " + fromDenominator + ".." + toDenominator
                        + ": need 0 <= bottom (" + bottomAtMost + ") < top (" + topAtLeast + ") <= 1");
            }
        }

        public static CodingBand of(long fromDenominator, long toDenominator, String topAtLeast, String bottomAtMost) {
            return new CodingBand(fromDenominator, toDenominator, new BigDecimal(topAtLeast),
                    new BigDecimal(bottomAtMost));
        }

        boolean contains(long denominator) {
            return denominator >= fromDenominator && denominator <= toDenominator;
        }
    }

    /**
     * The default bands: NCES 2011-603's recommended top and bottom codes for groups of 40 students
     * or more (>= 99% / <= 1% from 300 students, >= 98% / <= 2% from 100 to 299, >= 95% / <= 5% from 40
     * to 99), with outputs.md's >= 95% / <= 5% carried down to the smallest published groups (NCES
     * recommends wider codes there; a state that follows it adds bands). So an exact 0% or 100% is
     * never published, whatever the group's size.
     */
    public static final List<CodingBand> NCES_BANDS = List.of(
            CodingBand.of(1, 99, "0.95", "0.05"),
            CodingBand.of(100, 299, "0.98", "0.02"),
            CodingBand.of(300, CodingBand.NO_UPPER_END, "0.99", "0.01"));

    /** outputs.md's defaults: min_n_public 10, {@link #NCES_BANDS}, hidden-sum rule off. */
    public static final DisclosurePolicy DEFAULT = defaults(10);

    public DisclosurePolicy {
        if (minNPublic < 1) {
            throw new IllegalArgumentException("min_n_public must be at least 1, not " + minNPublic);
        }
        codingBands = codingBands.stream().sorted(Comparator.comparingLong(CodingBand::fromDenominator)).toList();
        for (int i = 1; i < codingBands.size(); i++) {
            if (codingBands.get(i).fromDenominator() <= codingBands.get(i - 1).toDenominator()) {
                throw new IllegalArgumentException("coding bands overlap at denominator "
                        + codingBands.get(i).fromDenominator());
            }
        }
    }

    /** The default policy with the framework's {@code min_n_public}. */
    public static DisclosurePolicy defaults(int minNPublic) {
        return new DisclosurePolicy(minNPublic, NCES_BANDS, false);
    }

    public DisclosurePolicy withCodingBands(List<CodingBand> bands) {
        return new DisclosurePolicy(minNPublic, bands, hiddenSumAtLeastMinN);
    }

    public DisclosurePolicy withHiddenSumAtLeastMinN(boolean required) {
        return new DisclosurePolicy(minNPublic, codingBands, required);
    }

    /** The band that codes a rate over this many students, if any. */
    public Optional<CodingBand> bandFor(long denominator) {
        return codingBands.stream().filter(b -> b.contains(denominator)).findFirst();
    }
}
