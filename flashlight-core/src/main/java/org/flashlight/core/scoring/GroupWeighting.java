package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.scoring.SharedWeights.Slot;

/**
 * How a school's eligible student groups are weighted into one result. Both schemes are the one rule
 * of {@link SharedWeights}: a slot's weight is shared equally by its eligible groups, and slots with
 * no eligible group drop out, the rest renormalized. Eligibility (min n, STAR-5's "at least one metric
 * counts") is decided by the caller: the groups passed in are the eligible ones.
 */
public sealed interface GroupWeighting {

    /** The slots this scheme weights. */
    SharedWeights<String> slots();

    /** Each eligible group's share of the whole, in the scheme's order (shares sum to 1). */
    default Map<String, BigDecimal> shares(Collection<String> eligibleGroups) {
        return slots().shares(eligibleGroups);
    }

    /** The weighted mean of the eligible groups' values (groups the scheme does not weight are ignored). */
    default Optional<BigDecimal> mean(Map<String, BigDecimal> valueByEligibleGroup) {
        return slots().mean(valueByEligibleGroup);
    }

    /**
     * CORE-3: {@code all} carries {@code allShare}; the subgroup categories that are eligible share
     * the rest equally; with none eligible, {@code all} carries everything (its slot is then the only
     * one left). A subgroup category a metric does not use (EL for EL redesignation) is left out of
     * {@code subgroups} for that metric.
     *
     * @param allShare  the share of {@code all}, above 0 and at most 1 (CORE: 0.5)
     * @param subgroups the subgroup categories (CORE: lowest_race, el, swd, econ_disadv)
     */
    record ShareWithSubgroups(BigDecimal allShare, List<String> subgroups) implements GroupWeighting {
        public static final List<String> CORE_SUBGROUPS = List.of(StudentGroup.LOWEST_RACE.id(), StudentGroup.EL.id(),
                StudentGroup.SWD.id(), StudentGroup.ECON_DISADV.id());

        public ShareWithSubgroups {
            Objects.requireNonNull(allShare, "allShare is null");
            subgroups = List.copyOf(subgroups);
            if (allShare.signum() <= 0 || allShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("the share of 'all' must be above 0 and at most 1, not " + allShare);
            }
            if (subgroups.contains(StudentGroup.ALL.id())) {
                throw new IllegalArgumentException("'all' is not one of its own subgroups");
            }
        }

        /** CORE's default: all 50%, lowest_race, el, swd and econ_disadv share the other 50%. */
        public static ShareWithSubgroups core() {
            return new ShareWithSubgroups(new BigDecimal("0.5"), CORE_SUBGROUPS);
        }

        @Override
        public SharedWeights<String> slots() {
            List<Slot<String>> slots = new ArrayList<>();
            slots.add(Slot.single(StudentGroup.ALL.id(), allShare));
            if (!subgroups.isEmpty()) {
                slots.add(new Slot<>("subgroups", BigDecimal.ONE.subtract(allShare), subgroups));
            }
            return new SharedWeights<>(slots);
        }
    }

    /**
     * STAR-5: fixed weights per group, plus one weight shared equally by the eligible race/ethnicity
     * groups; groups that are not eligible drop out and the rest renormalize.
     *
     * @param fixed      weight per group, in order (DC: all 75, swd 10, econ_disadv 5, el 5)
     * @param raceShare  the weight the eligible race groups share (DC: 5)
     * @param raceGroups the race/ethnicity groups (default the seven of the catalog)
     */
    record FixedWeights(Map<String, BigDecimal> fixed, BigDecimal raceShare, List<String> raceGroups)
            implements GroupWeighting {
        public static final String RACE_SLOT = "race/ethnicity";

        public FixedWeights {
            fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
            Objects.requireNonNull(raceShare, "raceShare is null");
            raceGroups = List.copyOf(raceGroups);
            slots(fixed, raceShare, raceGroups); // checks weights and that no group is listed twice
        }

        /** With the catalog's seven race/ethnicity groups. */
        public FixedWeights(Map<String, BigDecimal> fixed, BigDecimal raceShare) {
            this(fixed, raceShare, StudentGroup.RACES.stream().map(StudentGroup::id).toList());
        }

        @Override
        public SharedWeights<String> slots() {
            return slots(fixed, raceShare, raceGroups);
        }

        private static SharedWeights<String> slots(Map<String, BigDecimal> fixed, BigDecimal raceShare,
                List<String> raceGroups) {
            List<Slot<String>> slots = new ArrayList<>();
            fixed.forEach((group, weight) -> slots.add(Slot.single(group, weight)));
            if (!raceGroups.isEmpty()) {
                slots.add(new Slot<>(RACE_SLOT, raceShare, raceGroups));
            }
            return new SharedWeights<>(slots);
        }
    }
}
