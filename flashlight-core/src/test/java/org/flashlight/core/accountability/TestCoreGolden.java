package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.accountability.Fixtures.assertNumber;
import static org.flashlight.core.accountability.Fixtures.d;
import static org.flashlight.core.accountability.Fixtures.designations;
import static org.flashlight.core.accountability.Fixtures.map;
import static org.flashlight.core.accountability.Fixtures.metricScore;
import static org.flashlight.core.accountability.Fixtures.rate;
import static org.flashlight.core.accountability.Fixtures.result;
import static org.flashlight.core.accountability.Fixtures.rule;
import static org.flashlight.core.accountability.Fixtures.school;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CORE's index on a hand-made bundle of 12 schools and 2 years (CORE-3 .. CORE-6, NC-1, NC-2, NC-4). Every
 * expected number is derived by hand in the comments and in docs/worked-examples/core-sqii.md, which holds
 * the same fixture as tables; never copied from the program's output.
 */
class TestCoreGolden {
    static final String ELA = "ela_proficiency";
    static final String MATH = "math_proficiency";
    static final String CHRONIC = "chronic_absence";
    static final String SUSPENSION = "suspension";
    static final Map<String, Direction> DIRECTIONS = Map.of(ELA, Direction.HIGHER, MATH, Direction.HIGHER,
            CHRONIC, Direction.LOWER, SUSPENSION, Direction.LOWER);

    static ScoringOutcome outcome;

    /** The framework: core-sqii's scoring section cut down to four metrics in its two domains. */
    static Map<String, Object> frameworkTree() {
        return map("id", "golden-core", "min_n", 20, "scoring", map(
                "system", "decile_index",
                "base_years", List.of(2023),
                "cycle_years", 0,
                "groups", map("all", 50, "shared", 50, "shared_among",
                        List.of("lowest_race", "el", "swd", "econ_disadv")),
                "domains", map("academic", map("weight", 60), "social_emotional", map("weight", 40)),
                "indicators", map(
                        ELA, map("domain", "academic", "method", "deciles"),
                        MATH, map("domain", "academic", "method", "deciles"),
                        CHRONIC, map("domain", "social_emotional", "method", "deciles"),
                        SUSPENSION, map("domain", "social_emotional", "method", "deciles")),
                "rating", List.of(map("from", 0, "label", "below average"), map("from", 40, "label", "average"),
                        map("from", 80, "label", "above average")),
                "designations", List.of(
                        map("designation", "priority", "rule", "lowest_share", "share", d("0.05"), "by", "score"),
                        map("designation", "focus", "rule", "lowest_share", "share", d("0.10"), "by",
                                "lowest_group_score", "excluding", List.of("priority")),
                        map("designation", "reward", "rule", "top_share", "share", d("0.05"), "by", "score",
                                "within", "poverty_quartile", "excluding", List.of("priority", "focus")))));
    }

    static final String[] SCHOOLS = {"S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S11",
        "S12"};
    /** econ_disadv shares: quartiles of 3 (PovertyQuartiles): Q1 S01-S03, Q2 S04-S06, Q3 S07 S08 S12, Q4 S09-S11. */
    static final String[] ECON_SHARE = {"0.10", "0.15", "0.20", "0.30", "0.35", "0.40", "0.50", "0.55", "0.80",
        "0.85", "0.90", "0.60"};

    /** 2023 (the base year): the all-group values, in SCHOOLS order. */
    static final String[] ELA_2023 = {"0.90", "0.80", "0.70", "0.65", "0.60", "0.55", "0.50", "0.45", "0.40",
        "0.35", "0.30", "0.20"};
    static final String[] MATH_2023 = {"0.70", "0.60", "0.55", "0.50", "0.45", "0.40", "0.35", "0.30", "0.25",
        "0.20", "0.10", "0.05"};
    static final String[] CHRONIC_2023 = {"0.02", "0.04", "0.05", "0.06", "0.08", "0.10", "0.12", "0.14", "0.16",
        "0.20", "0.25", "0.30"};
    static final String[] SUSPENSION_2023 = {"0.00", "0.01", "0.01", "0.02", "0.02", "0.03", "0.04", "0.05", "0.06",
        "0.08", "0.10", "0.15"};

    static List<SchoolValue> values() {
        List<SchoolValue> values = new ArrayList<>();
        for (int i = 0; i < SCHOOLS.length; i++) {
            values.add(rate(2023, SCHOOLS[i], ELA, "all", ELA_2023[i], 1000));
            // S12's 2023 math has 15 students: below min n 20, so it is not in the distribution (n = 11)
            values.add(rate(2023, SCHOOLS[i], MATH, "all", MATH_2023[i], SCHOOLS[i].equals("S12") ? 20 - 5 : 1000));
            values.add(rate(2023, SCHOOLS[i], CHRONIC, "all", CHRONIC_2023[i], 1000));
            values.add(rate(2023, SCHOOLS[i], SUSPENSION, "all", SUSPENSION_2023[i], 1000));
        }
        // A subgroup value in the base year: cuts come from all-group values only (CORE-4), so it moves nothing.
        values.add(rate(2023, "S01", ELA, "el", "0.04", 50));
        // 2024: all-group values {ela, math, chronic, suspension}; null = no row
        String[][] all2024 = {
            {"0.80", "0.60", "0.04", "0.01"}, // S01
            {"0.70", "0.55", "0.05", "0.012"}, // S02
            {"0.65", "0.52", "0.066", "0.024"}, // S03
            {"0.60", "0.50", "0.10", "0.03"}, // S04
            {"0.55", "0.42", "0.088", "0.04"}, // S05
            {"0.64", "0.47", "0.10", "0.03"}, // S06
            {"0.50", "0.40", "0.13", "0.05"}, // S07
            {"0.45", "0.33", "0.132", "0.07"}, // S08
            {"0.31", "0.22", "0.30", "0.12"}, // S09
            {"0.30", "0.26", "0.25", "0.10"}, // S10
            {"0.42", "0.36", null, null}, // S11: no social-emotional metric at all
            {"0.40", "0.30", "0.20", "0.02"}, // S12: its suspension has 15 students (below min n)
        };
        String[] metrics = {ELA, MATH, CHRONIC, SUSPENSION};
        for (int i = 0; i < SCHOOLS.length; i++) {
            for (int m = 0; m < metrics.length; m++) {
                if (all2024[i][m] != null) {
                    long students = SCHOOLS[i].equals("S12") && metrics[m].equals(SUSPENSION) ? 15 : 1000;
                    values.add(rate(2024, SCHOOLS[i], metrics[m], "all", all2024[i][m], students));
                }
            }
        }
        // 2024 subgroups
        values.add(rate(2024, "S01", ELA, "lowest_race", "0.50", 30));
        values.add(rate(2024, "S01", ELA, "el", "0.36", 25));
        values.add(rate(2024, "S01", ELA, "swd", "0.305", 200));
        values.add(rate(2024, "S01", ELA, "econ_disadv", "0.64", 50));
        values.add(rate(2024, "S01", MATH, "lowest_race", "0.38", 50));
        values.add(rate(2024, "S01", MATH, "swd", "0.25", 12));
        values.add(rate(2024, "S01", MATH, "econ_disadv", "0.45", 40));
        values.add(rate(2024, "S01", CHRONIC, "econ_disadv", "0.10", 40));
        values.add(rate(2024, "S01", SUSPENSION, "swd", "0.25", 12));
        values.add(rate(2024, "S03", ELA, "econ_disadv", "0.42", 50));
        values.add(rate(2024, "S03", CHRONIC, "econ_disadv", "0.15", 40));
        values.add(rate(2024, "S05", ELA, "el", "0.31", 100));
        values.add(rate(2024, "S05", ELA, "swd", "0.415", 200));
        values.add(rate(2024, "S10", ELA, "swd", "0.12", 25));
        return values;
    }

    static List<SchoolProfile> schools() {
        List<SchoolProfile> schools = new ArrayList<>();
        for (int year : new int[] {2023, 2024}) {
            for (int i = 0; i < SCHOOLS.length; i++) {
                schools.add(school(year, SCHOOLS[i], "elementary", 0, 5, true, ECON_SHARE[i]));
            }
        }
        return schools;
    }

    @BeforeAll
    static void score() {
        FrameworkSettings framework = Fixtures.framework(frameworkTree());
        outcome = FrameworkScorer.score(framework, values(), schools(), DIRECTIONS, Set.of());
    }

    // ---- cuts (NC-1, CORE-4)

    @Test
    void elaCutsAreTheType7DecilesOfTwelveBaseYearValues() {
        // n = 12: h = 11k/100, so the j-th cut (k = 10j) is x_j + (j/10)(x_(j+1) - x_j), 0-based ascending x:
        // 0.20 0.30 0.35 0.40 0.45 0.50 0.55 0.60 0.65 0.70 0.80 0.90
        // c1 = 0.30 + 0.1 x 0.05 = 0.305, c2 = 0.35 + 0.2 x 0.05 = 0.36, c3 = 0.40 + 0.3 x 0.05 = 0.415,
        // c4 = 0.47, c5 = 0.525, c6 = 0.58, c7 = 0.635, c8 = 0.65 + 0.8 x 0.05 = 0.69, c9 = 0.70 + 0.9 x 0.10 = 0.79
        assertCuts(ELA, 12, "0.305", "0.36", "0.415", "0.47", "0.525", "0.58", "0.635", "0.69", "0.79");
    }

    @Test
    void mathCutsLeaveOutTheSchoolBelowMinN() {
        // S12 (15 students) is out: n = 11, h = 10k/100 = j exactly, so c_j = x_j:
        // x = 0.10 0.20 0.25 0.30 0.35 0.40 0.45 0.50 0.55 0.60 0.70
        assertCuts(MATH, 11, "0.20", "0.25", "0.30", "0.35", "0.40", "0.45", "0.50", "0.55", "0.60");
    }

    @Test
    void lowerIsBetterCutsAreStillTheAscendingDecilesOfTheValues() {
        // NC-2: cuts are the percentiles of the values themselves. chronic x = 0.02 0.04 0.05 0.06 0.08 0.10 0.12
        // 0.14 0.16 0.20 0.25 0.30: c1 = 0.04 + 0.1 x 0.01 = 0.041, c2 = 0.052, c3 = 0.06 + 0.3 x 0.02 = 0.066,
        // c4 = 0.088, c5 = 0.11, c6 = 0.132, c7 = 0.154, c8 = 0.16 + 0.8 x 0.04 = 0.192, c9 = 0.20 + 0.9 x 0.05 = 0.245
        assertCuts(CHRONIC, 12, "0.041", "0.052", "0.066", "0.088", "0.11", "0.132", "0.154", "0.192", "0.245");
        // suspension x = 0.00 0.01 0.01 0.02 0.02 0.03 0.04 0.05 0.06 0.08 0.10 0.15 (ties give equal-step cuts):
        // c1 = 0.01 + 0.1 x 0 = 0.01, c2 = 0.01 + 0.2 x 0.01 = 0.012, c3 = 0.02 + 0.3 x 0 = 0.02, c4 = 0.024,
        // c5 = 0.035, c6 = 0.046, c7 = 0.057, c8 = 0.06 + 0.8 x 0.02 = 0.076, c9 = 0.08 + 0.9 x 0.02 = 0.098
        assertCuts(SUSPENSION, 12, "0.01", "0.012", "0.02", "0.024", "0.035", "0.046", "0.057", "0.076", "0.098");
    }

    @Test
    void cutsAreFrozenAtTheBaseYearForTheLaterYear() {
        // CORE-4: 2024 is scored on 2023's cuts; the 2023 rule and the 2024 rule are the same numbers.
        assertThat(rule(outcome, 2024, "", ELA, "all").cuts()).isEqualTo(rule(outcome, 2023, "", ELA, "all").cuts());
        assertThat(rule(outcome, 2024, "", ELA, "all").baseYear()).isEqualTo(2023);
    }

    private static void assertCuts(String metric, int schools, String... cuts) {
        ScoringRule rule = rule(outcome, 2024, "", metric, "all");
        assertThat(rule.method()).isEqualTo("deciles");
        assertThat(rule.baseYear()).isEqualTo(2023);
        assertThat(rule.schools()).isEqualTo(schools);
        assertThat(rule.cuts()).hasSize(9);
        for (int i = 0; i < 9; i++) {
            assertNumber(rule.cuts().get(i), cuts[i]);
        }
    }

    // ---- levels (NC-2)

    @Test
    void levelsOfTheAllGroupIn2024() {
        // level = 1 + number of cuts at or below the value (higher is better), or at or above it (lower is better)
        Map<String, int[]> expected = new LinkedHashMap<>();
        //                                ela math chronic suspension
        expected.put("S01", new int[] {10, 10, 10, 10}); // 0.80 >= 0.79; math 0.60 on c9; 0.04 <= 0.041; 0.01 on c1
        expected.put("S02", new int[] {9, 9, 9, 9});     // 0.70 in [0.69, 0.79); 0.55 on c8; 0.05 <= 0.052; 0.012 on c2
        expected.put("S03", new int[] {8, 8, 8, 7});     // 0.65; 0.52; 0.066 on c3 (7 cuts >= it); 0.024 on c4 (6)
        expected.put("S04", new int[] {7, 8, 6, 6});     // 0.60; 0.50 on c7; 0.10 (c5..c9: 5); 0.03 (c5..c9: 5)
        expected.put("S05", new int[] {6, 6, 7, 5});     // 0.55; 0.42; 0.088 on c4 (6); 0.04 (c6..c9: 4)
        expected.put("S06", new int[] {8, 7, 6, 6});     // 0.64 >= 0.635; 0.47; 0.10; 0.03
        expected.put("S07", new int[] {5, 6, 5, 4});     // 0.50; 0.40 on c5; 0.13 (c6..c9: 4); 0.05 (c7..c9: 3)
        expected.put("S08", new int[] {4, 4, 5, 3});     // 0.45; 0.33; 0.132 on c6 (4); 0.07 (c8, c9: 2)
        expected.put("S09", new int[] {2, 2, 1, 1});     // 0.31; 0.22; 0.30 > 0.245; 0.12 > 0.098
        expected.put("S10", new int[] {1, 3, 1, 1});     // 0.30 < 0.305; 0.26; 0.25 > 0.245; 0.10 > 0.098
        expected.put("S11", new int[] {4, 5, 0, 0});     // 0.42; 0.36; no rows
        expected.put("S12", new int[] {3, 4, 2, 0});     // 0.40; 0.30 on c3; 0.20 (c9: 1); suspension below min n
        String[] metrics = {ELA, MATH, CHRONIC, SUSPENSION};
        expected.forEach((school, levels) -> {
            for (int m = 0; m < metrics.length; m++) {
                var score = metricScore(outcome, 2024, school, "", metrics[m], "all");
                if (levels[m] == 0) {
                    assertThat(score).as(school + " " + metrics[m]).isEmpty();
                } else {
                    assertThat(score).as(school + " " + metrics[m]).isPresent();
                    assertThat(score.get().level()).as(school + " " + metrics[m]).isEqualTo(levels[m]);
                }
            }
        });
    }

    @Test
    void subgroupValuesArePlacedOnTheAllGroupCuts() {
        // S01: ela lowest_race 0.50 -> 5, el 0.36 on c2 -> 3, swd 0.305 on c1 (200 students) -> 2, econ 0.64 -> 8
        assertLevel("S01", ELA, "lowest_race", 5);
        assertLevel("S01", ELA, "el", 3);
        assertLevel("S01", ELA, "swd", 2);
        assertLevel("S01", ELA, "econ_disadv", 8);
        // math: lowest_race 0.38 -> 5, econ 0.45 on c6 -> 7; swd has 12 students: no level
        assertLevel("S01", MATH, "lowest_race", 5);
        assertLevel("S01", MATH, "econ_disadv", 7);
        assertThat(metricScore(outcome, 2024, "S01", "", MATH, "swd")).isEmpty();
        // chronic econ 0.10 -> 6 (lower is better: c5..c9 at or above it)
        assertLevel("S01", CHRONIC, "econ_disadv", 6);
        assertThat(metricScore(outcome, 2024, "S01", "", SUSPENSION, "swd")).isEmpty();
        assertLevel("S03", ELA, "econ_disadv", 4); // 0.42 in [0.415, 0.47)
        assertLevel("S03", CHRONIC, "econ_disadv", 4); // 0.15 in (0.132, 0.154]
        assertLevel("S05", ELA, "el", 2); // 0.31 in [0.305, 0.36)
        assertLevel("S05", ELA, "swd", 4); // 0.415 on c3
        assertLevel("S10", ELA, "swd", 1); // 0.12 below c1
    }

    private static void assertLevel(String school, String metric, String group, int level) {
        assertThat(metricScore(outcome, 2024, school, "", metric, group)).as(school + " " + metric + " " + group)
                .hasValueSatisfying(m -> assertThat(m.level()).isEqualTo(level));
    }

    // ---- index (CORE-3, CORE-5)

    @Test
    void indexOfEverySchoolIn2024() {
        // Without subgroups: weights ela 30, math 30 (60 / 2), chronic 20, suspension 20 (40 / 2);
        // index = 3 x ela + 3 x math + 2 x chronic + 2 x suspension levels.
        Map<String, String> expected = new LinkedHashMap<>();
        // S01: ela 0.5 x 10 + 0.125 x (5 + 3 + 2 + 8) = 7.25 -> 30 x 7.25 / 10 = 21.75;
        //      math 0.5 x 10 + 0.25 x (5 + 7) = 8 -> 24; chronic 0.5 x 10 + 0.5 x 6 = 8 -> 16;
        //      suspension: no subgroup meets min n, all 100% -> 10 -> 20. 21.75 + 24 + 16 + 20 = 81.75
        expected.put("S01", "81.75");
        expected.put("S02", "90"); // 27 + 27 + 18 + 18
        // S03: ela 0.5 x 8 + 0.5 x 4 = 6 -> 18; math 8 -> 24; chronic 0.5 x 8 + 0.5 x 4 = 6 -> 12; susp 7 -> 14
        expected.put("S03", "68");
        expected.put("S04", "69"); // 21 + 24 + 12 + 12
        // S05: ela 0.5 x 6 + 0.25 x 2 + 0.25 x 4 = 4.5 -> 13.5; math 18; chronic 14; suspension 10
        expected.put("S05", "55.5");
        expected.put("S06", "69"); // 24 + 21 + 12 + 12
        expected.put("S07", "51"); // 15 + 18 + 10 + 8
        expected.put("S08", "40"); // 12 + 12 + 10 + 6
        expected.put("S09", "16"); // 6 + 6 + 2 + 2
        expected.put("S10", "16"); // ela 0.5 x 1 + 0.5 x 1 = 1 -> 3; 9 + 2 + 2
        // S11: no social-emotional metric: the academic domain carries 100, 50 each: 5 x 4 + 5 x 5
        expected.put("S11", "45");
        // S12: suspension missing: chronic carries the domain's 40: 3 x 3 + 3 x 4 + 4 x 2
        expected.put("S12", "29");
        expected.forEach((school, index) -> assertNumber(result(outcome, 2024, school, "").score(), index));
    }

    @Test
    void ratingBandsWithAScoreOnABound() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("S01", "above average");
        expected.put("S02", "above average");
        expected.put("S05", "average");
        expected.put("S08", "average"); // 40 is on the bound: the higher band
        expected.put("S11", "average");
        expected.put("S12", "below average");
        expected.put("S09", "below average");
        expected.forEach((school, rating) -> assertThat(result(outcome, 2024, school, "").rating()).as(school)
                .isEqualTo(rating));
    }

    @Test
    void groupScoresAreEachGroupsOwnIndex() {
        // 100 x sum(weight x level / 10) / sum(weight) over the metrics the group has
        SchoolScore s01 = result(outcome, 2024, "S01", "");
        assertNumber(s01.groupScores().get("all"), "100");
        assertNumber(s01.groupScores().get("lowest_race"), "50"); // (15 + 15) / 60
        assertNumber(s01.groupScores().get("el"), "30"); // 9 / 30
        assertNumber(s01.groupScores().get("swd"), "20"); // 6 / 30
        assertNumber(s01.groupScores().get("econ_disadv"), "71.25"); // (24 + 21 + 12) / 80
        assertNumber(result(outcome, 2024, "S03", "").groupScores().get("econ_disadv"), "40"); // (12 + 8) / 50
        assertNumber(result(outcome, 2024, "S03", "").groupScores().get("all"), "78"); // (24 + 24 + 16 + 14) / 100
        assertNumber(result(outcome, 2024, "S05", "").groupScores().get("el"), "20"); // 6 / 30
        assertNumber(result(outcome, 2024, "S05", "").groupScores().get("swd"), "40"); // 12 / 30
        assertNumber(result(outcome, 2024, "S10", "").groupScores().get("swd"), "10"); // 3 / 30
        assertThat(result(outcome, 2024, "S02", "").groupScores()).containsOnlyKeys("all");
    }

    // ---- designations (CORE-6, NC-4)

    @Test
    void priorityIsTheLowestFivePercentWithATieBrokenByEla() {
        // ceil(0.05 x 12) = 1. S09 and S10 tie at 16; S10's ela 0.30 is below S09's 0.31: S10.
        assertThat(designations(result(outcome, 2024, "S10", ""))).containsExactly("priority");
        assertThat(designations(result(outcome, 2024, "S09", ""))).isEmpty();
        assertThat(result(outcome, 2024, "S10", "").designations().get(0).detail())
                .contains("ceil(0.05 x 12) = 1");
    }

    @Test
    void focusPassesOverThePrioritySchoolAndBreaksATieByEla() {
        // Four schools have a subgroup score (S01 20, S03 40, S05 20, S10 10): ceil(0.10 x 4) = 1. S10 is priority
        // and passed over; S01 and S05 tie at 20; S05's ela 0.55 is below S01's 0.80: S05.
        assertThat(designations(result(outcome, 2024, "S05", ""))).containsExactly("focus");
        assertThat(designations(result(outcome, 2024, "S01", ""))).isEmpty();
        assertThat(designations(result(outcome, 2024, "S03", ""))).isEmpty();
    }

    @Test
    void rewardIsTheTopSchoolOfEachPovertyQuartile() {
        // ceil(0.05 x 3) = 1 per quartile, passing over priority and focus:
        // Q1 S01 81.75, S02 90, S03 68 -> S02; Q2 S04 69, S05 (focus), S06 69: tie, S06's ela 0.64 > 0.60 -> S06;
        // Q3 S07 51, S08 40, S12 29 -> S07; Q4 S09 16, S10 (priority), S11 45 -> S11
        for (String school : SCHOOLS) {
            boolean reward = Set.of("S02", "S06", "S07", "S11").contains(school);
            assertThat(designations(result(outcome, 2024, school, "")).contains("reward")).as(school).isEqualTo(reward);
        }
    }

    @Test
    void explanationLinesShowTheArithmetic() {
        // FW-3: the metric line carries its weight and points; the score line the index
        ScoreLine ela = outcome.lines().stream().filter(l -> l.schoolYear() == 2024 && l.schoolId().equals("S01")
                && l.metric().equals(ELA) && l.group().isEmpty()).findFirst().orElseThrow();
        assertNumber(ela.points(), "21.75");
        assertNumber(ela.weight(), "30");
        ScoreLine index = outcome.lines().stream().filter(l -> l.schoolYear() == 2024 && l.schoolId().equals("S01")
                && l.step().equals("score")).findFirst().orElseThrow();
        assertNumber(index.points(), "81.75");
        assertThat(index.text()).contains("81.75");
    }

    @Test
    void theBaseYearIsScoredOnItsOwnCuts() {
        // 2023, S01: ela 0.90, math 0.70, chronic 0.02, suspension 0.00: all beyond c9 -> 10, index 100.
        // (its el 0.04 with 50 students in 2023 is level 1: 0.5 x 10 + 0.5 x 1 = 5.5 -> ela 16.5; index 86.5)
        assertNumber(result(outcome, 2023, "S01", "").score(), "86.5");
        // S12 2023: ela 0.20 -> 1, math below min n (missing: ela carries 60), chronic 0.30 -> 1, susp 0.15 -> 1
        // = 60 x 1 / 10 + 20 x 1 / 10 + 20 x 1 / 10 = 10
        assertNumber(result(outcome, 2023, "S12", "").score(), "10");
        BigDecimal s02 = result(outcome, 2023, "S02", "").score();
        // S02 2023: ela 0.80 (>= 0.79) 10, math 0.60 on c9 10, chronic 0.04 (<= 0.041) 10, susp 0.01 on c1 10 = 100
        assertNumber(s02, "100");
    }
}
