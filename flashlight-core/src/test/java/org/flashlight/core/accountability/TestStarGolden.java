package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.accountability.Fixtures.assertClose;
import static org.flashlight.core.accountability.Fixtures.assertNumber;
import static org.flashlight.core.accountability.Fixtures.d;
import static org.flashlight.core.accountability.Fixtures.designations;
import static org.flashlight.core.accountability.Fixtures.map;
import static org.flashlight.core.accountability.Fixtures.median;
import static org.flashlight.core.accountability.Fixtures.metricScore;
import static org.flashlight.core.accountability.Fixtures.rate;
import static org.flashlight.core.accountability.Fixtures.result;
import static org.flashlight.core.accountability.Fixtures.rule;
import static org.flashlight.core.accountability.Fixtures.school;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.YearPooling;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DC's STAR framework on a hand-made bundle (STAR-1 .. STAR-7, NC-1, NC-4): 5 elementary schools, 4 middle
 * schools, a K-8 school scored in both, 3 high schools, over 2022-2024. Floors and targets come from 2022
 * (STAR-6: the earliest year, a cycle of 3). Every expected number is derived by hand in the comments and in
 * docs/worked-examples/dc-star.md (same fixture), never copied from the program's output.
 */
class TestStarGolden {
    static final String ELA = "ela_proficiency";
    // ela_mgp is not in the catalog yet (growth metrics plug in later): a second rate stands in for growth
    static final String MGP = "ela_proficiency_3plus";
    static final String A90 = "attendance_90plus";
    static final String GROWTH = "attendance_growth";
    static final String CLASS = "class_emotional_support";
    static final String GRAD4 = "grad_4yr";
    static final String GRAD5 = "grad_5yr";
    static final Map<String, Direction> DIRECTIONS = Map.of(ELA, Direction.HIGHER, MGP, Direction.HIGHER,
            A90, Direction.HIGHER, GROWTH, Direction.HIGHER, CLASS, Direction.HIGHER, GRAD4, Direction.HIGHER,
            GRAD5, Direction.HIGHER);
    static final String E = "elementary";
    static final String M = "middle";
    static final String H = "high";

    static ScoringOutcome outcome;

    static Map<String, Object> frameworkTree() {
        Map<String, Object> chronic = map("best_of", List.of(A90, GROWTH), "domain", "environment", "points", 10,
                "method", "p10_p90");
        Map<String, Object> ela = map("domain", "achievement", "points", 10, "method", "ltg", "long_term_goal",
                d("1.00"));
        Map<String, Object> growth = map("domain", "growth", "points", 10, "method", "p10_p90");
        return map("id", "golden-star", "min_n", 10, "econ_disadv_rule", "dc_at_risk", "scoring", map(
                "system", "floors_and_targets",
                "cycle_years", 3,
                "split_multi_level_schools", true,
                "levels", map(
                        E, map("grades", List.of("PK", 5), "total_points", 35, "indicators", map(
                                ELA, ela, MGP, growth, "chronic_absenteeism", chronic,
                                CLASS, map("domain", "environment", "points", 5, "method", "research", "floor", 3,
                                        "target", 6))),
                        M, map("grades", List.of(6, 8), "total_points", 30, "indicators", map(
                                ELA, ela, MGP, growth, "chronic_absenteeism", chronic)),
                        H, map("grades", List.of(9, 12), "total_points", 10, "indicators", map(
                                GRAD4, map("domain", "graduation", "points", 10, "method", "ltg", "long_term_goal",
                                        d("0.95"))))),
                "groups", map("fixed", map("all", 75, "swd", 10, "econ_disadv", 5, "el", 5), "race_share", 5),
                "rating", List.of(map("from", 0, "label", "1 star"), map("from", 20, "label", "2 stars"),
                        map("from", 40, "label", "3 stars"), map("from", 60, "label", "4 stars"),
                        map("from", 80, "label", "5 stars")),
                "pooling_weights", List.of(d("0.5"), d("0.3"), d("0.2")),
                "designations", List.of(
                        map("designation", "csi", "rule", "lowest_share", "share", d("0.05"), "by", "score", "among",
                                "title_i", "pooled", true),
                        map("designation", "csi", "rule", "all_below", "metrics", List.of(GRAD4, GRAD5),
                                "threshold", d("0.67"), "pooled", true),
                        map("designation", "tsi", "rule", "group_at_or_below", "of", "csi", "pooled", true))));
    }

    /** One year's values; M1 improves in 2024 (the other schools keep their values every year). */
    static List<SchoolValue> valuesOf(int y) {
        List<SchoolValue> v = new ArrayList<>();
        // elementary, all students: ela, ela 3+ (growth stand-in), attendance 90+, attendance growth
        String[][] elementary = {
            {"E1", "0.16", "0.32", "0.62", "0.10"},
            {"E2", "0.34", "0.38", "0.68", "-0.04"},
            {"E3", "0.385", "0.44", "0.74", "0.00"},
            {"E4", "0.475", "0.50", "0.80", "0.02"},
            {"E5", "0.565", "0.56", "0.86", "-0.02"},
            {"K8", "0.735", "0.74", "0.94", "0.04"},
        };
        for (String[] s : elementary) {
            String level = s[0].equals("K8") ? E : "";
            v.add(rate(y, s[0], level, ELA, "all", s[1], 1000));
            v.add(rate(y, s[0], level, MGP, "all", s[2], 1000));
            v.add(rate(y, s[0], level, A90, "all", s[3], 1000));
            v.add(median(y, s[0], level, GROWTH, "all", s[4], 1000));
        }
        // CLASS observations are not subject to min n
        v.add(new SchoolValue(y, "E1", "", CLASS, "all", null, BigDecimal.ONE, 1, d("4.5"), false));
        v.add(new SchoolValue(y, "E2", "", CLASS, "all", null, BigDecimal.ONE, 1, d("6.5"), false));
        // elementary subgroups (the growth stand-in only)
        v.add(rate(y, "E1", "", MGP, "swd", "0.20", 15));
        v.add(rate(y, "E2", "", MGP, "swd", "0.30", 15));
        v.add(rate(y, "E3", "", MGP, "swd", "0.45", 15));
        v.add(rate(y, "E4", "", MGP, "swd", "0.50", 8)); // below min n 10 in every year
        v.add(rate(y, "E1", "", MGP, "econ_disadv", "0.26", 20));
        v.add(rate(y, "E2", "", MGP, "econ_disadv", "0.36", 20));
        v.add(rate(y, "E3", "", MGP, "econ_disadv", "0.40", 20));
        v.add(rate(y, "E4", "", MGP, "econ_disadv", "0.44", 20));
        v.add(rate(y, "E5", "", MGP, "econ_disadv", "0.54", 20));
        v.add(rate(y, "E1", "", MGP, "black", "0.30", 12));
        v.add(rate(y, "E2", "", MGP, "black", "0.40", 12));
        v.add(rate(y, "E1", "", MGP, "hispanic", "0.50", 11));
        // middle, all students: ela, ela 3+, attendance 90+
        String[][] middle = {
            y == 2024 ? new String[] {"M1", "0.46", "0.44", "0.78"} : new String[] {"M1", "0.208", "0.26", "0.60"},
            {"M2", "0.388", "0.36", "0.70"},
            {"M3", "0.424", "0.40", "0.74"},
            {"M4", "0.66", "0.54", "0.88"},
            {"K8", "0.46", "0.44", "0.78"},
        };
        for (String[] s : middle) {
            String level = s[0].equals("K8") ? M : "";
            v.add(rate(y, s[0], level, ELA, "all", s[1], 1000));
            v.add(rate(y, s[0], level, MGP, "all", s[2], 1000));
            v.add(rate(y, s[0], level, A90, "all", s[3], 1000));
        }
        // the K-8 school's whole-school row: a split school is scored on its levels' rows only
        v.add(rate(y, "K8", "", ELA, "all", "0.50", 2000));
        // high: 4-year and 5-year graduation
        v.add(rate(y, "H1", "", GRAD4, "all", "0.55", 100));
        v.add(rate(y, "H2", "", GRAD4, "all", "0.80", 100));
        v.add(rate(y, "H3", "", GRAD4, "all", "0.90", 100));
        v.add(rate(y, "H1", "", GRAD5, "all", "0.60", 100));
        v.add(rate(y, "H2", "", GRAD5, "all", "0.85", 100));
        v.add(rate(y, "H3", "", GRAD5, "all", "0.92", 100));
        return v;
    }

    static List<SchoolValue> values() {
        List<SchoolValue> all = new ArrayList<>();
        for (int y = 2022; y <= 2024; y++) {
            all.addAll(valuesOf(y));
        }
        return all;
    }

    static final Set<String> TITLE_I = Set.of("E1", "E2", "E3", "M1", "M2", "K8", "H2");

    static List<SchoolProfile> schools() {
        List<SchoolProfile> schools = new ArrayList<>();
        for (int y = 2022; y <= 2024; y++) {
            for (String id : List.of("E1", "E2", "E3", "E4", "E5")) {
                schools.add(school(y, id, "elementary", -1, 5, TITLE_I.contains(id), null));
            }
            for (String id : List.of("M1", "M2", "M3", "M4")) {
                schools.add(school(y, id, "middle", 6, 8, TITLE_I.contains(id), null));
            }
            schools.add(school(y, "K8", "k8", -1, 8, true, null));
            for (String id : List.of("H1", "H2", "H3")) {
                schools.add(school(y, id, "high", 9, 12, TITLE_I.contains(id), null));
            }
        }
        return schools;
    }

    @BeforeAll
    static void score() {
        FrameworkSettings framework = Fixtures.framework(frameworkTree());
        outcome = FrameworkScorer.score(framework, values(), schools(), DIRECTIONS, Set.of());
    }

    // ---- floors and targets (STAR-3, STAR-6, NC-1)

    @Test
    void elementaryFloorsAndTargetsOfAllStudents() {
        // n = 6 (E1-E5 and the K-8's elementary rows): h = 5k/100, p10 = x0 + 0.5(x1 - x0), p90 = x4 + 0.5(x5 - x4)
        // ela (ltg): 0.16 0.34 0.385 0.475 0.565 0.735: p10 = 0.25, p90 = 0.65, target = 0.65 + (1 - 0.65)/7 = 0.70
        assertFloorTarget(E, ELA, "all", "ltg", "0.25", "0.70", 6);
        // 3+ (growth stand-in): 0.32 0.38 0.44 0.50 0.56 0.74: floor 0.35, target 0.65
        assertFloorTarget(E, MGP, "all", "p10_p90", "0.35", "0.65", 6);
        // attendance 90+: 0.62 0.68 0.74 0.80 0.86 0.94: floor 0.65, target 0.90
        assertFloorTarget(E, A90, "all", "p10_p90", "0.65", "0.90", 6);
        // attendance growth: -0.04 -0.02 0.00 0.02 0.04 0.10: floor -0.03, target 0.04 + 0.5 x 0.06 = 0.07
        assertFloorTarget(E, GROWTH, "all", "p10_p90", "-0.03", "0.07", 6);
        assertFloorTarget(E, CLASS, "all", "research", "3", "6", 2);
    }

    @Test
    void eachGroupHasItsOwnFloorAndTarget() {
        // swd: E4 (8 students) is out; n = 3: h = 2k/100: p10 = 0.20 + 0.2 x 0.10 = 0.22,
        // p90 = 0.30 + 0.8 x 0.15 = 0.42
        assertFloorTarget(E, MGP, "swd", "p10_p90", "0.22", "0.42", 3);
        // econ_disadv: 0.26 0.36 0.40 0.44 0.54, n = 5: h = 4k/100: p10 = 0.26 + 0.4 x 0.10 = 0.30,
        // p90 = 0.44 + 0.6 x 0.10 = 0.50
        assertFloorTarget(E, MGP, "econ_disadv", "p10_p90", "0.30", "0.50", 5);
        // black: 0.30 0.40, n = 2: h = k/100: p10 = 0.30 + 0.1 x 0.10 = 0.31, p90 = 0.30 + 0.9 x 0.10 = 0.39
        assertFloorTarget(E, MGP, "black", "p10_p90", "0.31", "0.39", 2);
        // hispanic: one school: floor = target = 0.50
        assertFloorTarget(E, MGP, "hispanic", "p10_p90", "0.50", "0.50", 1);
    }

    @Test
    void middleFloorsComeFromMiddleValuesOfTheBaseYear() {
        // n = 5 (M1-M4 and the K-8's middle rows, 2022): p10 = x0 + 0.4(x1 - x0), p90 = x3 + 0.6(x4 - x3)
        // ela 0.208 0.388 0.424 0.46 0.66: p10 = 0.208 + 0.072 = 0.28, p90 = 0.46 + 0.12 = 0.58,
        // target = 0.58 + (1 - 0.58)/7 = 0.64. (M1's 2024 value 0.46 would move p10: the 2022 floors are kept.)
        assertFloorTarget(M, ELA, "all", "ltg", "0.28", "0.64", 5);
        assertFloorTarget(M, MGP, "all", "p10_p90", "0.30", "0.50", 5); // 0.26 0.36 0.40 0.44 0.54
        assertFloorTarget(M, A90, "all", "p10_p90", "0.64", "0.84", 5); // 0.60 0.70 0.74 0.78 0.88
        // high grad_4yr: 0.55 0.80 0.90, n = 3: p10 = 0.55 + 0.2 x 0.25 = 0.60, p90 = 0.80 + 0.8 x 0.10 = 0.88,
        // target = 0.88 + (0.95 - 0.88)/7 = 0.89
        assertFloorTarget(H, GRAD4, "all", "ltg", "0.60", "0.89", 3);
    }

    private static void assertFloorTarget(String level, String metric, String group, String method, String floor,
            String target, int schools) {
        ScoringRule rule = rule(outcome, 2024, level, metric, group);
        assertThat(rule.method()).isEqualTo(method);
        assertThat(rule.baseYear()).isEqualTo(2022);
        assertThat(rule.schools()).isEqualTo(schools);
        assertNumber(rule.floor(), floor);
        assertNumber(rule.target(), target);
    }

    // ---- points (STAR-4)

    @Test
    void linearPointsBelowFloorBetweenAndAboveTarget() {
        assertPoints("E1", E, ELA, "all", "0"); // 0.16 below the floor 0.25
        assertPoints("E2", E, ELA, "all", "2"); // 10 x (0.34 - 0.25) / 0.45
        assertPoints("E3", E, ELA, "all", "3"); // 10 x 0.135 / 0.45
        assertPoints("E5", E, ELA, "all", "7"); // 10 x 0.315 / 0.45
        assertPoints("K8", E, ELA, "all", "10"); // 0.735 above the target 0.70
        assertPoints("E2", E, A90, "all", "1.2"); // 10 x 0.03 / 0.25
        assertPoints("E5", E, A90, "all", "8.4"); // 10 x 0.21 / 0.25
        assertPoints("E1", E, GROWTH, "all", "10"); // 0.10 above 0.07
        assertPoints("E5", E, GROWTH, "all", "1"); // 10 x (-0.02 + 0.03) / 0.10
        assertPoints("E1", E, CLASS, "all", "2.5"); // 5 x (4.5 - 3) / 3
        assertPoints("E2", E, CLASS, "all", "5"); // 6.5 above 6
        assertPoints("E2", E, MGP, "swd", "4"); // 10 x (0.30 - 0.22) / 0.20
        assertPoints("E1", E, MGP, "hispanic", "10"); // on floor = target: full points
        assertPoints("M3", M, ELA, "all", "4"); // 10 x (0.424 - 0.28) / 0.36
        assertPoints("K8", M, ELA, "all", "5"); // 10 x 0.18 / 0.36
        assertThat(metricScore(outcome, 2024, "E4", E, MGP, "swd")).isEmpty(); // 8 students
    }

    @Test
    void highSchoolPointsWithAnInexactTarget() {
        // H2: 10 x (0.80 - 0.60) / (0.89 - 0.60) = 2 / 0.29 = 200/29
        BigDecimal points = metricScore(outcome, 2024, "H2", H, GRAD4, "all").orElseThrow().points();
        assertClose(points, exact("200", "29"));
    }

    private static void assertPoints(String school, String level, String metric, String group, String points) {
        assertThat(metricScore(outcome, 2024, school, level, metric, group)).as(school + " " + metric + " " + group)
                .hasValueSatisfying(m -> assertNumber(m.points(), points));
    }

    // ---- group scores and the STAR score (STAR-5)

    @Test
    void groupScoresAreEarnedOverPossible() {
        // E1 all: ela 0 + 3+ 0 + chronic best of (0, 10) = 10 + CLASS 2.5 = 12.5 out of 35
        assertClose(result(outcome, 2024, "E1", E).groupScores().get("all"), exact("1250", "35"));
        // E2 all: 2 + 1 + best of (1.2, 0) + 5 = 9.2 out of 35
        assertClose(result(outcome, 2024, "E2", E).groupScores().get("all"), exact("920", "35"));
        // E3 has no CLASS: 3 + 3 + best of (3.6, 3) = 9.6 out of 30 = 32%
        assertNumber(result(outcome, 2024, "E3", E).groupScores().get("all"), "32");
        assertNumber(result(outcome, 2024, "E3", E).groupScores().get("swd"), "100"); // 0.45 above 0.42
        // 10 x 0.14 / 0.20 = 7 of 10
        assertNumber(result(outcome, 2024, "E4", E).groupScores().get("econ_disadv"), "70");
        assertThat(result(outcome, 2024, "E4", E).groupScores()).doesNotContainKey("swd");
        String line = outcome.lines().stream().filter(l -> l.schoolYear() == 2024 && l.schoolId().equals("E1")
                && l.step().equals("group") && l.group().equals("all")).findFirst().orElseThrow().text();
        assertThat(line).contains("12.50 out of 35.00");
    }

    @Test
    void starScoresWeighTheEligibleGroups() {
        // E1: all 250/7, swd 0, econ 0, races black 0 and hispanic 100 share 5; no el: total 95.
        // (75 x 250/7 + 10 x 0 + 5 x 0 + 5 x (0 + 100)/2) / 95 = 20500 / 665
        assertClose(result(outcome, 2024, "E1", E).score(), exact("20500", "665"));
        // E2: all 184/7, swd 40, econ 30, black 100: (75 x 184/7 + 400 + 150 + 500) / 95 = 21150 / 665
        assertClose(result(outcome, 2024, "E2", E).score(), exact("21150", "665"));
        // E3: all 32, swd 100, econ 50: (2400 + 1000 + 250) / 90 = 3650 / 90
        assertClose(result(outcome, 2024, "E3", E).score(), exact("3650", "90"));
        // E4: all 160/3, econ 70 (swd below min n): (4000 + 350) / 80 = 54.375
        assertClose(result(outcome, 2024, "E4", E).score(), d("54.375"));
        // E5: all 224/3, econ 100: (5600 + 500) / 80 = 76.25
        assertClose(result(outcome, 2024, "E5", E).score(), d("76.25"));
        assertNumber(result(outcome, 2024, "M2", M).score(), "30"); // 9 of 30
        assertClose(result(outcome, 2024, "M1", M).score(), exact("1900", "30")); // 2024: 5 + 7 + 7 of 30
        assertClose(result(outcome, 2024, "H2", H).score(), exact("2000", "29")); // 200/29 of 10
    }

    @Test
    void starsFromTheScore() {
        Map<String, String> expected = Map.of("E1", "2 stars", "E2", "2 stars", "E3", "3 stars", "E4", "3 stars",
                "E5", "4 stars");
        expected.forEach((id, stars) -> assertThat(result(outcome, 2024, id, E).rating()).as(id).isEqualTo(stars));
        assertThat(result(outcome, 2024, "M1", M).rating()).isEqualTo("4 stars"); // 63.33
        assertThat(result(outcome, 2024, "M3", M).rating()).isEqualTo("3 stars"); // 14 of 30 = 46.67
        assertThat(result(outcome, 2024, "H1", H).rating()).isEqualTo("1 star"); // 0
    }

    @Test
    void theK8SchoolIsScoredTwiceOnItsLevelsRows() {
        // elementary rows: 10 + 10 + best of (10, 7) = 30 of 30; middle rows: 5 + 7 + 7 = 19 of 30
        assertNumber(result(outcome, 2024, "K8", E).score(), "100");
        assertClose(result(outcome, 2024, "K8", M).score(), exact("1900", "30"));
        assertThat(result(outcome, 2024, "K8", E).rating()).isEqualTo("5 stars");
        assertThat(result(outcome, 2024, "K8", M).rating()).isEqualTo("4 stars");
        assertThat(outcome.schools().stream().filter(s -> s.schoolYear() == 2024 && s.schoolId().equals("K8"))
                .map(SchoolScore::frameworkLevel)).containsExactly(E, M);
        assertThat(outcome.wholeSchoolLevel(2024, "K8")).isEmpty();
        assertThat(outcome.wholeSchoolLevel(2024, "E1")).isEqualTo(E);
    }

    @Test
    void theWorkedExampleOfStar5() {
        // STAR-5: all 27.60%, swd 33.80%, at-risk 29.82%, black 27.17%, no EL group:
        // (0.75 x 27.60 + 0.10 x 33.80 + 0.05 x 29.82 + 0.05 x 27.17) / 0.95 = 26.9295 / 0.95 = 28.35 (2 stars).
        // One research indicator worth 100 points with floor 0 and target 1 turns each value into its own score.
        Map<String, Object> tree = map("id", "star5", "min_n", 10, "scoring", map("system", "floors_and_targets",
                "indicators", map(ELA, map("points", 100, "method", "research", "floor", 0, "target", 1)),
                "groups", map("fixed", map("all", 75, "swd", 10, "econ_disadv", 5, "el", 5), "race_share", 5),
                "rating", List.of(map("from", 0, "label", "1 star"), map("from", 20, "label", "2 stars"),
                        map("from", 40, "label", "3 stars"))));
        List<SchoolValue> values = List.of(rate(2019, "DC1", ELA, "all", "0.2760", 400),
                rate(2019, "DC1", ELA, "swd", "0.3380", 70), rate(2019, "DC1", ELA, "econ_disadv", "0.2982", 200),
                rate(2019, "DC1", ELA, "black", "0.2717", 380), rate(2019, "DC1", ELA, "el", "0.50", 9));
        ScoringOutcome star5 = FrameworkScorer.score(Fixtures.framework(tree), values,
                List.of(school(2019, "DC1", "elementary", 0, 5, true, null)), Map.of(ELA, Direction.HIGHER), Set.of());
        SchoolScore dc1 = result(star5, 2019, "DC1", "");
        assertThat(dc1.groupScores()).doesNotContainKey("el"); // 9 English learners: below min n 10
        assertClose(dc1.score(), exact("26.9295", "0.95"));
        assertThat(dc1.score().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("28.35");
        assertThat(dc1.rating()).isEqualTo("2 stars");
    }

    // ---- STAR-7: pooled designations

    @Test
    void csiIsTheLowestPooledTitleISchoolNotTheLowestOfTheYear() {
        // Title I results with a pooled score: E1, E2, E3, M1, M2, K8 (elementary), K8 (middle), H2 = 8;
        // ceil(0.05 x 8) = 1. M1 improved only in 2024 (63.33 that year); pooled with 2023 and 2022 (weights
        // 0.5, 0.3, 0.2; equal denominators): ela 0.5 x 0.46 + 0.5 x 0.208 = 0.334 -> 10 x 0.054/0.36 = 1.5;
        // 3+ 0.5 x 0.44 + 0.5 x 0.26 = 0.35 -> 2.5; attendance 0.5 x 0.78 + 0.5 x 0.60 = 0.69 -> 2.5:
        // 6.5 of 30 = 21.67, below M2's 30, E1's 30.83, E2's 31.80.
        SchoolScore m1 = result(outcome, 2024, "M1", M);
        assertThat(designations(m1)).containsExactly("csi");
        assertThat(m1.designations().get(0).detail()).contains("21.666667").contains("ceil(0.05 x 8) = 1");
        for (String id : List.of("E2", "E3", "E4", "E5")) {
            assertThat(designations(result(outcome, 2024, id, E))).as(id).isEmpty();
        }
        assertThat(designations(result(outcome, 2024, "M2", M))).isEmpty();
    }

    @Test
    void csiGraduationNeedsBothRatesBelow67() {
        // H1 (not Title I): pooled 4-year 0.55 and 5-year 0.60, both below 0.67; H2 0.80 and 0.85
        assertThat(designations(result(outcome, 2024, "H1", H))).containsExactly("csi");
        assertThat(designations(result(outcome, 2024, "H2", H))).isEmpty();
    }

    @Test
    void tsiIsAGroupAtOrBelowTheHighestCsiScore() {
        // CSI pooled scores: M1 21.67, H1 0: the cut is 21.67. E1's black, econ_disadv and swd score 0 (hispanic
        // 100); no other school has a group at or below 21.67 (E2: swd 40, econ 30, black 100).
        assertThat(designations(result(outcome, 2024, "E1", E)))
                .containsExactly("tsi:black", "tsi:econ_disadv", "tsi:swd");
        assertThat(result(outcome, 2024, "E1", E).designations().get(2).detail()).contains("21.666667");
        assertThat(designations(result(outcome, 2024, "E2", E))).isEmpty();
    }

    @Test
    void aSchoolDesignatedByTwoRulesOfOneDesignationHasItOnce() {
        // With H1 in Title I, its pooled score 0 is the lowest of 9: csi by the lowest 5% and by graduation.
        // The designation is written once (school_results.csv would otherwise say csi|csi), naming both rules.
        List<SchoolProfile> schools = schools().stream().map(p -> p.schoolId().equals("H1") ? new SchoolProfile(
                p.schoolYear(), "H1", "H1", "D1", "high", 9, 12, true, null) : p).toList();
        ScoringOutcome h1TitleI = FrameworkScorer.score(Fixtures.framework(frameworkTree()), values(), schools,
                DIRECTIONS, Set.of(2024));
        SchoolScore h1 = result(h1TitleI, 2024, "H1", H);
        assertThat(designations(h1)).containsExactly("csi");
        assertThat(h1.designations().get(0).detail()).contains("ceil(0.05 x 9) = 1").contains("< 0.67");
        assertThat(designations(result(h1TitleI, 2024, "M1", M))).isEmpty();
    }

    @Test
    void minNAppliesToThePlainSumOfThePooledYears() {
        // E4's swd has 8 students a year: below min n each year, 24 pooled, so it counts in the pool
        SchoolValue swd = PooledValues.pool(values(), 2024, YearPooling.DEFAULT).stream()
                .filter(v -> v.schoolId().equals("E4") && v.metric().equals(MGP) && v.group().equals("swd"))
                .findFirst().orElseThrow();
        assertThat(swd.students()).isEqualTo(24);
        assertThat(swd.counts(10)).isTrue();
        assertNumber(swd.value(), "0.50");
    }

    /** a / b to 50 digits: the exact rational, to compare with the scorer's 34-digit quotient. */
    static BigDecimal exact(String a, String b) {
        return d(a).divide(d(b), new MathContext(50));
    }
}
