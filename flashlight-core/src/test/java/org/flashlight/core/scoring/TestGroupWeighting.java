package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.scoring.GroupWeighting.FixedWeights;
import org.flashlight.core.scoring.GroupWeighting.ShareWithSubgroups;
import org.junit.jupiter.api.Test;

class TestGroupWeighting {

    private static final GroupWeighting CORE = ShareWithSubgroups.core();

    /** DC (STAR-5): all 75, swd 10, econ_disadv 5, el 5, race/ethnicity 5 shared. */
    private static final GroupWeighting STAR = new FixedWeights(
            ordered("all", "75", "swd", "10", "econ_disadv", "5", "el", "5"), d("5"));

    @Test
    void coreGivesAllHalfAndTheEligibleSubgroupsTheOtherHalf() {
        // 0.5 x 6 + 0.5 x (2 + 4 + 3 + 5) / 4 = 3 + 0.5 x 3.5 = 4.75
        assertThat(CORE.mean(ordered("all", "6", "lowest_race", "2", "el", "4", "swd", "3", "econ_disadv", "5")))
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("4.75"));
        // two subgroups eligible: 0.5 x 8 + 0.5 x (4 + 7) / 2 = 4 + 2.75 = 6.75
        assertThat(CORE.mean(ordered("all", "8", "swd", "4", "econ_disadv", "7")))
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("6.75"));
        assertThat(CORE.shares(List.of("all", "swd", "econ_disadv")))
                .containsExactly(Map.entry("all", d("0.5")), Map.entry("swd", d("0.25")), Map.entry("econ_disadv", d("0.25")));
    }

    @Test
    void coreWithNoEligibleSubgroupPutsEverythingOnAll() {
        assertThat(CORE.mean(ordered("all", "7"))).hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("7"));
        assertThat(CORE.shares(List.of("all"))).containsExactly(Map.entry("all", d("1")));
    }

    @Test
    void coreThirdsAreDividedOnceAtThirtyFourDigits() {
        // three subgroups: each share 0.5 / 3 = 0.1666666666666666666666666666666667 (34 digits, half-even)
        assertThat(CORE.shares(List.of("all", "lowest_race", "swd", "econ_disadv")).get("swd"))
                .isEqualTo(d("0.1666666666666666666666666666666667"));
        // 0.5 x 6 + 0.5 x (1 + 2 + 4) / 3 = 3 + 7/6 = 4.1666..; to 30 places 4.166666666666666666666666666667
        assertThat(CORE.mean(ordered("all", "6", "lowest_race", "1", "swd", "2", "econ_disadv", "4")).orElseThrow()
                .setScale(30, RoundingMode.HALF_UP)).isEqualTo(d("4.166666666666666666666666666667"));
        // equal values stay exact: every group at level 10 gives 10
        assertThat(CORE.mean(ordered("all", "10", "lowest_race", "10", "swd", "10", "econ_disadv", "10")))
                .hasValue(d("10"));
    }

    @Test
    void starReproducesTheOsseWorkedExample() {
        // STAR-5, a DC school in 2019 with no EL group:
        // (75 x 27.60 + 10 x 33.80 + 5 x 29.82 + 5 x 27.17) / 95 = (2070.00 + 338.00 + 149.10 + 135.85) / 95
        // = 2692.95 / 95 = 28.34684210526315789473684210526316 (34 digits), 28.35 for display
        BigDecimal mean = STAR.mean(ordered("all", "27.60", "swd", "33.80", "econ_disadv", "29.82", "black", "27.17"))
                .orElseThrow();
        assertThat(mean).isEqualTo(d("28.34684210526315789473684210526316"));
        assertThat(mean.setScale(2, RoundingMode.HALF_UP)).isEqualTo(d("28.35"));
    }

    @Test
    void starSharesTheRaceWeightAmongTheEligibleRaceGroups() {
        // all 50, black 40, hispanic 30: (75 x 50 + 5 x (40 + 30) / 2) / 80 = (3750 + 175) / 80 = 49.0625
        assertThat(STAR.mean(ordered("all", "50", "black", "40", "hispanic", "30")))
                .hasValueSatisfying(mean -> assertThat(mean).isEqualByComparingTo("49.0625"));
        // shares: all 75/80 = 0.9375, each race 5 / (2 x 80) = 0.03125
        assertThat(STAR.shares(List.of("hispanic", "black", "all"))).containsExactly(Map.entry("all", d("0.9375")),
                Map.entry("hispanic", d("0.03125")), Map.entry("black", d("0.03125")));
    }

    @Test
    void groupsTheSchemeDoesNotWeightAreIgnoredAndNoEligibleGroupGivesNoMean() {
        assertThat(STAR.mean(ordered("all", "50", "el_ever", "10"))).hasValueSatisfying(
                mean -> assertThat(mean).isEqualByComparingTo("50"));
        assertThat(STAR.mean(Map.of())).isEmpty();
        assertThat(STAR.shares(List.of())).isEmpty();
    }

    @Test
    void rejectsImpossibleSchemes() {
        assertThatThrownBy(() -> new ShareWithSubgroups(d("0"), List.of("swd"))).hasMessageContaining("above 0");
        assertThatThrownBy(() -> new ShareWithSubgroups(d("1.5"), List.of("swd"))).hasMessageContaining("at most 1");
        assertThatThrownBy(() -> new FixedWeights(ordered("all", "75", "black", "5"), d("5")))
                .hasMessageContaining("black is in more than one weight slot");
        assertThatThrownBy(() -> new FixedWeights(ordered("all", "-1"), d("5"))).hasMessageContaining("negative");
    }

    /** key, value, key, value.. in order. */
    static Map<String, BigDecimal> ordered(String... keysAndValues) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], d(keysAndValues[i + 1]));
        }
        return map;
    }
}
