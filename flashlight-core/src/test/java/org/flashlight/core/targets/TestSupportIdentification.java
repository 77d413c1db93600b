package org.flashlight.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;

class TestSupportIdentification {

    private final SupportIdentification rules = SupportIdentification.massachusetts();

    private static SchoolStanding school(int percentile, Map<String, Integer> groups, String graduation,
            Map<String, Fraction> participation, boolean lowestFive) {
        return new SchoolStanding("s", percentile, new TreeMap<>(groups),
                Optional.ofNullable(graduation).map(Fraction::of), new TreeMap<>(participation), lowestFive);
    }

    @Test
    void aSchoolClearOfEveryRuleNeedsNoSupport() {
        SupportDecision decision = rules.identify(school(11, Map.of("swd", 6), "0.667", Map.of("all ela", Fraction.of("0.95")), false));
        assertThat(decision.category()).isEqualTo(SupportCategory.NONE);
        assertThat(decision.rules()).isEmpty();
    }

    @Test
    void eachFocusedRuleFiresAtItsBoundary() {
        SupportDecision decision = rules.identify(school(10, Map.of("swd", 5, "el", 6), null,
                Map.of("el math", Fraction.of("0.949")), false));
        assertThat(decision.category()).isEqualTo(SupportCategory.FOCUSED_TARGETED);
        assertThat(decision.rules()).containsExactly(
                "focused/targeted: accountability percentile 10 is 10 or below (lowest 10%)",
                "focused/targeted: group swd percentile 5 is 5 or below",
                "focused/targeted: participation el math 94.9% below 95%");
    }

    @Test
    void aLowGraduationRateOrTheLowestFivePercentIsComprehensive() {
        SupportDecision graduation = rules.identify(school(50, Map.of(), "0.666", Map.of(), false));
        assertThat(graduation.category()).isEqualTo(SupportCategory.BROAD_COMPREHENSIVE);
        assertThat(graduation.rules()).containsExactly("broad/comprehensive: graduation rate 66.6% below 66.7%",
                "focused/targeted: graduation rate 66.6% below 66.7%");
        assertThat(rules.identify(school(3, Map.of(), null, Map.of(), true)).category())
                .isEqualTo(SupportCategory.BROAD_COMPREHENSIVE);
    }

    @Test
    void percentileRanksUseMidRanksHeldTo1Through99() {
        // values 1, 2, 2, 3 (N = 4): 1 -> 100 x (0 + 1/2) / 4 = 12.5 -> 13; 2 -> 100 x (1 + 2/2) / 4 = 50;
        // 3 -> 100 x (3 + 1/2) / 4 = 87.5 -> 88.
        Map<String, Fraction> values = Map.of("a", Fraction.of(1), "b", Fraction.of(2), "c", Fraction.of(2),
                "d", Fraction.of(3));
        assertThat(PercentileRank.ranks(values)).containsExactly(Map.entry("a", 13), Map.entry("b", 50),
                Map.entry("c", 50), Map.entry("d", 88));
        // 200 schools: the lowest 100 x 0.5 / 200 = 0.25 -> 0 -> 1; the highest 99.75 -> 100 -> 99.
        Map<String, Fraction> many = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            many.put(String.format("s%03d", i), Fraction.of(i));
        }
        assertThat(PercentileRank.ranks(many).get("s000")).isEqualTo(1);
        assertThat(PercentileRank.ranks(many).get("s199")).isEqualTo(99);
    }

    @Test
    void levelsFollowTheSeedOption() {
        AccountabilityLevels levels = AccountabilityLevels.massachusetts();
        AccountabilityLevels.Inputs one = new AccountabilityLevels.Inputs("a", 60, new TreeMap<>(Map.of("swd", 40)),
                Fraction.of("0.75"), Optional.of(Fraction.of("0.80")), false, new TreeMap<>(), Optional.empty());
        assertThat(levels.level(one).level()).isEqualTo(1);
        AccountabilityLevels.Inputs two = new AccountabilityLevels.Inputs("b", 60, new TreeMap<>(),
                Fraction.of("0.80"), Optional.of(Fraction.of("0.7499")), false,
                new TreeMap<>(Map.of("all ela", Fraction.of("0.93"))), Optional.empty());
        assertThat(levels.level(two).level()).isEqualTo(2);
        assertThat(levels.level(two).reasons()).containsExactly("participation all ela 93% below 95%",
                "cumulative percentage for high-needs students 74.99% below 75%");
        AccountabilityLevels.Inputs three = new AccountabilityLevels.Inputs("c", 35, new TreeMap<>(Map.of("el", 20)),
                Fraction.of("0.90"), Optional.empty(), false, new TreeMap<>(), Optional.empty());
        assertThat(levels.level(three).level()).isEqualTo(3);
        AccountabilityLevels.Inputs four = new AccountabilityLevels.Inputs("d", 2, new TreeMap<>(),
                Fraction.of("0.10"), Optional.empty(), false, new TreeMap<>(), Optional.of(4));
        assertThat(levels.level(four).level()).isEqualTo(4);
        assertThat(levels.level(four).reasons().get(0)).isEqualTo("placed in level 4 by the state");
    }

    @Test
    void exitConditionsCarryTheirDistance() {
        ExitCriteria exit = ExitCriteria.massachusetts();
        List<ExitCondition> comprehensive = exit.comprehensive(
                List.of(new TargetStanding("ela_avg_scale_score", "all", Fraction.of(495), Fraction.of("497.5"),
                        Direction.HIGHER)),
                List.of(new TargetStanding("ela_mgp", "all", Fraction.of(52), Fraction.of(50), Direction.HIGHER)),
                List.of(new TargetStanding("chronic_absence", "lowest_25pct", Fraction.of("0.12"),
                        Fraction.of("0.10"), Direction.LOWER)));
        // ELA 2.5 points short; growth met; chronic absence 0.02 above its target.
        assertThat(comprehensive).extracting(ExitCondition::distance)
                .containsExactly(Fraction.of("2.5"), Fraction.ZERO, Fraction.of("0.02"));
        assertThat(ExitCriteria.exits(comprehensive)).isFalse();
        // targeted: percentile 18 needs 3 more to be above 20; 70% needs 5 points to reach 75%.
        List<ExitCondition> targeted = exit.targeted("swd", 18, Fraction.of("0.70"));
        assertThat(targeted).extracting(ExitCondition::distance).containsExactly(Fraction.of(3), Fraction.of("0.05"));
        assertThat(ExitCriteria.exits(exit.targeted("swd", 21, Fraction.of("0.75")))).isTrue();
    }
}
