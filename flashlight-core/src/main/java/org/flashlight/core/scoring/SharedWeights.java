package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The one weighting rule behind group weights (CORE-3, STAR-5) and domain weights (CORE-5): weights
 * sit on slots; a slot's weight is shared equally by its members that are present; a slot with no
 * member present drops out and the weights of the rest are renormalized.
 *
 * <p>Weighted mean of the present members' values = sum over present slots of weight x (mean of its
 * present members' values) / sum of the present slots' weights. Two divisions, each {@link
 * MathContext#DECIMAL128}: a slot's mean (exact when one member is present, or when the members'
 * values are equal) and the final renormalization. So a mean of equal values is that value exactly,
 * and the STAR-5 worked example is (0.75 x 27.60 + 0.10 x 33.80 + 0.05 x 29.82 + 0.05 x 27.17) / 0.95.
 *
 * @param slots the slots, in the order shares are listed; every member in one slot only
 * @param <K>   what the members are (group ids, metric ids)
 */
public record SharedWeights<K>(List<Slot<K>> slots) {

    /**
     * One weight and the members that share it.
     *
     * @param name    for people ({@code race/ethnicity}, a domain id)
     * @param weight  the slot's weight, at least 0, on any scale (75, or 0.75)
     * @param members the members that share it equally, at least one
     */
    public record Slot<K>(String name, BigDecimal weight, List<K> members) {
        public Slot {
            Objects.requireNonNull(name, "name is null");
            Objects.requireNonNull(weight, "weight is null");
            members = List.copyOf(members);
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("weight of " + name + " must not be negative: " + weight);
            }
            if (members.isEmpty()) {
                throw new IllegalArgumentException(name + " has no members");
            }
        }

        /** A slot that holds one member under its own name. */
        public static Slot<String> single(String member, BigDecimal weight) {
            return new Slot<>(member, weight, List.of(member));
        }
    }

    public SharedWeights {
        slots = List.copyOf(slots);
        Set<K> seen = new HashSet<>();
        for (Slot<K> slot : slots) {
            for (K member : slot.members()) {
                if (!seen.add(member)) {
                    throw new IllegalArgumentException(member + " is in more than one weight slot");
                }
            }
        }
    }

    /**
     * The weighted mean of {@code values} (keys that are in no slot are not weighted); empty when no
     * slot with a weight above 0 has a member present.
     */
    public Optional<BigDecimal> mean(Map<K, BigDecimal> values) {
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Slot<K> slot : slots) {
            List<BigDecimal> present = slot.members().stream().filter(values::containsKey).map(values::get).toList();
            if (present.isEmpty()) {
                continue;
            }
            BigDecimal sum = present.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal slotMean = sum.divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL128);
            weighted = weighted.add(slot.weight().multiply(slotMean));
            totalWeight = totalWeight.add(slot.weight());
        }
        if (totalWeight.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(weighted.divide(totalWeight, MathContext.DECIMAL128));
    }

    /**
     * Each present member's share of the whole (shares sum to 1, up to the 34th digit), in slot order:
     * slot weight / (present members of the slot x sum of present slots' weights). For display and
     * explanation; {@link #mean} does not use them. Empty when no weighted slot has a member present.
     */
    public Map<K, BigDecimal> shares(Collection<K> present) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (Slot<K> slot : slots) {
            if (slot.members().stream().anyMatch(present::contains)) {
                totalWeight = totalWeight.add(slot.weight());
            }
        }
        Map<K, BigDecimal> shares = new LinkedHashMap<>();
        if (totalWeight.signum() == 0) {
            return Collections.unmodifiableMap(shares);
        }
        for (Slot<K> slot : slots) {
            List<K> members = slot.members().stream().filter(present::contains).toList();
            BigDecimal divisor = totalWeight.multiply(BigDecimal.valueOf(members.size()));
            for (K member : members) {
                shares.put(member, slot.weight().divide(divisor, MathContext.DECIMAL128));
            }
        }
        return Collections.unmodifiableMap(shares);
    }
}
