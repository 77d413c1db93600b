package org.flashlight.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.accountability.FrameworkScorer;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.RatingBands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "What changes if we weigh culture and climate more?": one decile index (CORE-5) with an academic domain of
 * 60 and a social-emotional domain of 40 (A) against the same index with 40 and 60 (B), scored by the real
 * scorer on eleven hand-made schools, every expected number derived by hand below.
 *
 * <p>School s{i} (i = 0..10) has ela_proficiency i/10 and sel_positive (10-i)/10, 50 students each, both
 * higher-is-better. The base-year cuts of 11 values 0, 0.1, .., 1.0 are the order statistics at h = k(n-1)/10
 * = k: 0.1 .. 0.9, so a value v is at level 1 + #{cuts <= v}: 0 -> 1, 0.1 -> 2, .., 0.9 -> 10, 1.0 -> 10.
 * A's index = 60 x L_ela / 10 + 40 x L_sel / 10 = 6 L_ela + 4 L_sel; B's = 4 L_ela + 6 L_sel.
 * <pre>
 *  i  L_ela L_sel   A    B   rating A (0: 1, 50: 2, 60: 3)  rating B
 *  0    1    10    46   64   1                              3   up
 *  1    2    10    52   68   2                              3   up
 *  2    3     9    54   66   2                              3   up
 *  3    4     8    56   64   2                              3   up
 *  4    5     7    58   62   2                              3   up
 *  5    6     6    60   60   3                              3   same
 *  6    7     5    62   58   3                              2   down
 *  7    8     4    64   56   3                              2   down
 *  8    9     3    66   54   3                              2   down
 *  9   10     2    68   52   3                              2   down
 * 10   10     1    64   46   3                              1   down
 * </pre>
 * Priority = the lowest 10% by index: ceil(0.1 x 11) = 2 schools: s00 and s01 under A, s10 and s09 under B.
 */
class TestWeightVariant {
    private static final int YEAR = 2024;
    private static Simulation simulation;

    @BeforeAll
    static void scoreBothVariants() {
        List<SchoolValue> values = new ArrayList<>();
        List<SchoolProfile> profiles = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            String school = school(i);
            values.add(value(school, "ela_proficiency", tenths(i)));
            values.add(value(school, "sel_positive", tenths(10 - i)));
            // districts d1 (s00..s05) and d2 (s06..s10); econ share i/10 -> quartile 1 + floor(4i / 11):
            // s00-s02 -> 1, s03-s05 -> 2, s06-s08 -> 3, s09-s10 -> 4
            profiles.add(new SchoolProfile(YEAR, school, school, i <= 5 ? "d1" : "d2", i % 2 == 0 ? "elementary"
                    : "middle", 0, 5, true, tenths(i)));
        }
        Map<String, Direction> directions = Map.of("ela_proficiency", Direction.HIGHER, "sel_positive",
                Direction.HIGHER);
        FrameworkSettings a = framework("60", "40");
        FrameworkSettings b = framework("40", "60");
        simulation = Simulation.of(
                new SimulationSide("a", a, FrameworkScorer.score(a, values, profiles, directions, Set.of())),
                new SimulationSide("b", b, FrameworkScorer.score(b, values, profiles, directions, Set.of())),
                profiles);
    }

    @Test
    void theOnlySettingsThatDifferAreTheTwoDomainWeights() {
        assertThat(simulation.settings()).extracting(SettingDifference::describe).containsExactly(
                "scoring.domains[academic].weight: 60 vs 40", "scoring.domains[social_emotional].weight: 40 vs 60");
    }

    @Test
    void scoresAndRatingChangesFollowTheTableOfTheClassComment() {
        int[] expectedA = {46, 52, 54, 56, 58, 60, 62, 64, 66, 68, 64};
        int[] expectedB = {64, 68, 66, 64, 62, 60, 58, 56, 54, 52, 46};
        List<RatingChange> expectedChange = List.of(RatingChange.UP, RatingChange.UP, RatingChange.UP,
                RatingChange.UP, RatingChange.UP, RatingChange.SAME, RatingChange.DOWN, RatingChange.DOWN,
                RatingChange.DOWN, RatingChange.DOWN, RatingChange.DOWN);
        assertThat(simulation.schools()).hasSize(11);
        for (int i = 0; i <= 10; i++) {
            SchoolComparison c = simulation.schools().get(i);
            assertThat(c.schoolId()).isEqualTo(school(i));
            assertThat(c.scoreA().orElseThrow()).as(c.schoolId()).isEqualByComparingTo(BigDecimal.valueOf(expectedA[i]));
            assertThat(c.scoreB().orElseThrow()).as(c.schoolId()).isEqualByComparingTo(BigDecimal.valueOf(expectedB[i]));
            assertThat(c.rating()).as(c.schoolId()).isEqualTo(expectedChange.get(i));
        }
        assertThat(simulation.changes()).extracting(SchoolComparison::schoolId)
                .containsExactly("s00", "s01", "s02", "s03", "s04", "s06", "s07", "s08", "s09", "s10");
    }

    @Test
    void aSchoolsReasonNamesTheRatingAndTheIndicatorsThatMovedMostFirst() {
        // s03: ela level 4, sel level 8. ela 60 x 4 / 10 = 24 -> 40 x 4 / 10 = 16 (-8);
        // sel 40 x 8 / 10 = 32 -> 60 x 8 / 10 = 48 (+16): sel moved more, so it is named first
        SchoolComparison s03 = simulation.schools().get(3);
        assertThat(s03.reasons()).containsExactly("rating 2 -> 3 (score 56 -> 64)",
                "score 56 -> 64 (+8): sel_positive: weight 40 -> 60, level 8, 32 -> 48 points (+16), "
                        + "ela_proficiency: weight 60 -> 40, level 4, 24 -> 16 points (-8)");
        // the shifts add up to the change of score: 16 - 8 = 64 - 56
        assertThat(s03.shifts().stream().map(MetricShift::delta).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("8");
    }

    @Test
    void priorityMovesFromTheTwoLowestUnderAToTheTwoLowestUnderBWithTheRuleThatFired() {
        assertThat(simulation.schools().get(0).lost()).extracting(d -> d.id()).containsExactly("priority");
        assertThat(simulation.schools().get(1).lost()).extracting(d -> d.id()).containsExactly("priority");
        assertThat(simulation.schools().get(9).gained()).extracting(d -> d.id()).containsExactly("priority");
        assertThat(simulation.schools().get(10).gained()).extracting(d -> d.id()).containsExactly("priority");
        assertThat(simulation.schools().subList(2, 9)).allSatisfy(c -> {
            assertThat(c.gained()).isEmpty();
            assertThat(c.lost()).isEmpty();
        });
        // s00 loses it: 46 was among the lowest 2 of 11 under A; under B it scores 64
        assertThat(simulation.schools().get(0).reasons()).anySatisfy(r -> assertThat(r)
                .startsWith("loses priority: under A priority because score 46 is among the lowest 10% of 11")
                .endsWith("under B b score is 64"));
        assertThat(simulation.schoolsGaining()).containsExactly(Map.entry("priority", 2));
        assertThat(simulation.schoolsLosing()).containsExactly(Map.entry("priority", 2));
    }

    @Test
    void summaryRowsCountAndAverageByHand() {
        // state: both sides' eleven scores are the same numbers in another order: 650 / 11
        SummaryRow state = row("state", "all");
        BigDecimal mean = BigDecimal.valueOf(650).divide(BigDecimal.valueOf(11), MathContext.DECIMAL128);
        assertThat(state.schools()).isEqualTo(11);
        assertThat(state.meanA()).isEqualByComparingTo(mean);
        assertThat(state.meanB()).isEqualByComparingTo(mean);
        assertThat(List.of(state.ratingsUp(), state.ratingsDown(), state.changed(), state.designationsGained(),
                state.designationsLost())).containsExactly(5, 5, 10, 2, 2);
        // d1 = s00..s05: A (46+52+54+56+58+60)/6 = 326/6, B (64+68+66+64+62+60)/6 = 64; 5 up, 2 priorities lost
        SummaryRow d1 = row("district", "d1");
        assertThat(d1.meanA()).isEqualByComparingTo(BigDecimal.valueOf(326).divide(BigDecimal.valueOf(6),
                MathContext.DECIMAL128));
        assertThat(d1.meanB()).isEqualByComparingTo("64");
        assertThat(List.of(d1.ratingsUp(), d1.ratingsDown(), d1.designationsGained(), d1.designationsLost()))
                .containsExactly(5, 0, 0, 2);
        // poverty quartile 4 = s09, s10: A (68+64)/2 = 66, B (52+46)/2 = 49, both down, both gain priority
        SummaryRow q4 = row("poverty_quartile", "4");
        assertThat(q4.schools()).isEqualTo(2);
        assertThat(q4.meanA()).isEqualByComparingTo("66");
        assertThat(q4.meanB()).isEqualByComparingTo("49");
        assertThat(List.of(q4.ratingsDown(), q4.designationsGained())).containsExactly(2, 2);
        // school types: even i elementary (6 schools), odd i middle (5)
        assertThat(row("school_type", "elementary").schools()).isEqualTo(6);
        assertThat(row("school_type", "middle").schools()).isEqualTo(5);
        assertThat(simulation.summary()).extracting(SummaryRow::dimension).containsExactly("state", "district",
                "district", "school_type", "school_type", "poverty_quartile", "poverty_quartile", "poverty_quartile",
                "poverty_quartile");
    }

    @Test
    void everyScoredMetricDisagreesByWeightOnlyAndNamesTheDomainWeight() {
        assertThat(simulation.disagreements()).hasSize(22);
        assertThat(simulation.disagreements()).allSatisfy(d -> assertThat(d.kinds()).containsExactly("weight"));
        Disagreement ela = simulation.disagreements().get(0);
        assertThat(ela.schoolId()).isEqualTo("s00");
        assertThat(ela.metric()).isEqualTo("ela_proficiency");
        assertThat(ela.reason()).isEqualTo("weight 60 vs 40 (scoring.domains[academic].weight: 60 vs 40)");
        // s00's ela 0 is at level 1: 60 x 1 / 10 = 6 points under A
        assertThat(ela.treatmentA()).contains("level 1 of 10").endsWith("; weight 60; adds 6 points to the score");
        assertThat(ela.treatmentB()).endsWith("; weight 40; adds 4 points to the score");
    }

    @Test
    void aFrameworkComparedWithItselfChangesNothing() {
        Simulation same = Simulation.of(simulation.a(), new SimulationSide("a again", simulation.a().framework(),
                simulation.a().outcome()), List.copyOf(simulation.schools().stream().map(SchoolComparison::profile)
                .toList()));
        assertThat(same.settings()).isEmpty();
        assertThat(same.changes()).isEmpty();
        assertThat(same.disagreements()).isEmpty();
        assertThat(same.schools()).allSatisfy(c -> assertThat(c.reasons()).isEmpty());
    }

    private static SummaryRow row(String dimension, String key) {
        return simulation.summary().stream().filter(r -> r.dimension().equals(dimension) && r.key().equals(key))
                .findFirst().orElseThrow();
    }

    private static FrameworkSettings framework(String academic, String socialEmotional) {
        ScoringSettings scoring = new ScoringSettings(ScoringSystem.DECILE_INDEX, List.of(), false, List.of(), 0,
                ScoringSettings.ALL_ONLY,
                List.of(new ScoringSettings.Domain("academic", new BigDecimal(academic)),
                        new ScoringSettings.Domain("social_emotional", new BigDecimal(socialEmotional))),
                List.of(deciles("ela_proficiency", "academic"), deciles("sel_positive", "social_emotional")),
                new RatingBands(List.of(new RatingBands.Band(BigDecimal.ZERO, "1"),
                        new RatingBands.Band(new BigDecimal(50), "2"), new RatingBands.Band(new BigDecimal(60), "3"))),
                true, List.of(new DesignationRule("priority", "lowest_share", new BigDecimal("0.10"), "score", "all",
                        List.of(), null, null, List.of(), null, false)),
                null);
        return new FrameworkSettings("variant", null, null, 20, 10, null, null, List.of(), scoring);
    }

    private static Indicator deciles(String metric, String domain) {
        return new Indicator(metric, List.of(metric), domain, null, Indicator.MethodSettings.named("deciles"));
    }

    private static SchoolValue value(String school, String metric, BigDecimal value) {
        return new SchoolValue(YEAR, school, "", metric, "all", value.multiply(BigDecimal.valueOf(50)),
                BigDecimal.valueOf(50), 50, value, true);
    }

    private static BigDecimal tenths(int i) {
        return BigDecimal.valueOf(i, 1);
    }

    private static String school(int i) {
        return String.format("s%02d", i);
    }
}
