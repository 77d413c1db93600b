package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.accountability.Fixtures.assertNumber;
import static org.flashlight.core.accountability.Fixtures.d;
import static org.flashlight.core.accountability.Fixtures.designations;
import static org.flashlight.core.accountability.Fixtures.map;
import static org.flashlight.core.accountability.Fixtures.median;
import static org.flashlight.core.accountability.Fixtures.rate;
import static org.flashlight.core.accountability.Fixtures.result;
import static org.flashlight.core.accountability.Fixtures.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Massachusetts (MA-3, MA-4) on four non-high schools and one high school over 2022 (the base year) and 2023.
 * Expected numbers derived by hand here and in docs/worked-examples/ma.md; never copied from the program.
 */
class TestMaGolden {
    static final String ELA = "ela_avg_scale_score";
    static final String MATH = "math_avg_scale_score";
    static final String CHRONIC = "chronic_absence";
    static final String GRAD = "grad_4yr";
    static ScoringOutcome outcome;

    static Map<String, Object> frameworkTree() {
        Map<String, Object> scale = map("domain", "achievement", "method", "target_points", "long_term_goal", 560,
                "tolerance", d("0.5"));
        return map("id", "golden-ma", "min_n", 20, "scoring", map("system", "target_percentage",
                "base_years", List.of(2022),
                "levels", map("non_high", map("grades", List.of("PK", 8)), "high", map("grades", List.of(9, 12))),
                "groups", map("all", 75, "shared", 25, "shared_among", List.of("lowest_25pct")),
                "indicators", map(ELA, scale, MATH, scale,
                        CHRONIC, map("domain", "additional", "method", "target_points", "long_term_goal", 0,
                                "tolerance", d("0.01")),
                        GRAD, map("domain", "high_school_completion", "method", "target_points", "long_term_goal", 1,
                                "tolerance", d("0.01")))));
    }

    static List<SchoolValue> values() {
        List<SchoolValue> v = new ArrayList<>();
        // {school, ela 2022, ela 2023, math 2022, math 2023, chronic 2022, chronic 2023}
        String[][] rows = {
            {"A", "506", "512", "488", "492.3", "0.18", "0.19"},
            {"B", "530", "540", "500", "510", "0.10", "0.05"},
            {"C", "500", "500", "500", "500", "0.20", "0.20"},
            {"D", "520", "510", "520", "515", "0.08", "0.12"},
        };
        for (String[] r : rows) {
            for (int k = 0; k < 2; k++) {
                int year = 2022 + k;
                v.add(median(year, r[0], "", ELA, "all", r[1 + k], 100));
                v.add(median(year, r[0], "", MATH, "all", r[3 + k], 100));
                v.add(rate(year, r[0], CHRONIC, "all", r[5 + k], 100));
            }
        }
        // A's lowest-performing students: ELA only
        v.add(median(2022, "A", "", ELA, "lowest_25pct", "470", 25));
        v.add(median(2023, "A", "", ELA, "lowest_25pct", "473", 25));
        v.add(rate(2022, "H", GRAD, "all", "0.60", 100));
        v.add(rate(2023, "H", GRAD, "all", "0.60", 100));
        return v;
    }

    static List<SchoolProfile> schools() {
        List<SchoolProfile> schools = new ArrayList<>();
        for (int year : new int[] {2022, 2023}) {
            for (String id : List.of("A", "B", "C", "D")) {
                schools.add(school(year, id, "elementary", 0, 5, !id.equals("B"), null));
            }
            schools.add(school(year, "H", "high", 9, 12, false, null));
        }
        return schools;
    }

    @BeforeAll
    static void score() {
        outcome = FrameworkScorer.score(Fixtures.framework(frameworkTree()), values(), schools(),
                Map.of(ELA, Direction.HIGHER, MATH, Direction.HIGHER, CHRONIC, Direction.LOWER, GRAD,
                        Direction.HIGHER), Set.of());
    }

    @Test
    void theBaseYearMeetsEveryTargetAndIdentifiesNobody() {
        // 2022: every target is the school's own value (k = 0): 3 points of 4 everywhere, 75%
        for (String id : List.of("A", "B", "C", "D")) {
            SchoolScore s = result(outcome, 2022, id, "non_high");
            assertNumber(s.score(), "75");
            assertThat(s.rating()).isEqualTo("Meeting or exceeding targets");
            assertThat(s.designations()).isEmpty();
        }
    }

    @Test
    void targetsCloseAThirdOfTheGapOverSixYears() {
        // target(1) = baseline + (goal - baseline) / 18: A ela 506 + 54/18 = 509, math 488 + 72/18 = 492,
        // chronic 0.18 - 0.18/18 = 0.17; A lowest ela 470 + 90/18 = 475
        assertThat(pointsLine("A", ELA, "all").rule()).startsWith("target 509 (base 2022)");
        assertThat(pointsLine("A", MATH, "all").rule()).startsWith("target 492 (base 2022)");
        assertThat(pointsLine("A", CHRONIC, "all").rule()).startsWith("target 0.17 (base 2022)");
        assertThat(pointsLine("A", ELA, "lowest_25pct").rule()).startsWith("target 475 (base 2022)");
    }

    @Test
    void pointsZeroToFour() {
        assertNumber(pointsLine("A", ELA, "all").points(), "4"); // 512 - 509 = 3 > 0.5: exceeded
        assertNumber(pointsLine("A", MATH, "all").points(), "3"); // 492.3 within 0.5 of 492: met
        assertNumber(pointsLine("A", CHRONIC, "all").points(), "0"); // 0.19: above 0.17 + 0.01, worse than 0.18
        assertNumber(pointsLine("A", ELA, "lowest_25pct").points(), "2"); // 473 < 474.5, above 470: improved
        assertNumber(pointsLine("C", ELA, "all").points(), "1"); // 500 = 500, below 503.33 - 0.5: no change
        assertNumber(pointsLine("D", MATH, "all").points(), "0"); // 515 < 520: declined
        assertNumber(pointsLine("B", CHRONIC, "all").points(), "4"); // 0.05 < 0.10 - 0.10/18 - 0.01
    }

    @Test
    void annualAndCumulativePercentages() {
        // Without ELP (non-high): achievement 67.5, additional 10.
        // A all: (4 + 3) x 67.5 + 0 x 10 = 472.5 of 8 x 67.5 + 4 x 10 = 580; lowest: 2 x 67.5 of 4 x 67.5 = 1/2.
        // annual = 0.75 x 472.5/580 + 0.25 x 0.5 = 683/928; cumulative = 0.4 x 0.75 + 0.6 x 683/928 = 688.2/928
        // the score is the cumulative percentage to 12 decimals: 68820 / 928 = 74.159482758621
        assertNumber(result(outcome, 2023, "A", "non_high").score(), "74.159482758621");
        assertNumber(result(outcome, 2023, "B", "non_high").score(), "90"); // 0.4 x 0.75 + 0.6 x 1
        assertNumber(result(outcome, 2023, "C", "non_high").score(), "45"); // all 1s: 145/580 = 0.25
        assertNumber(result(outcome, 2023, "D", "non_high").score(), "30"); // all 0s: 0.4 x 0.75
        assertNumber(result(outcome, 2023, "H", "high").score(), "45"); // grad no change: 1 of 4
    }

    @Test
    void categoriesPercentilesAndIdentification() {
        // percentile among the 4 non-high schools: floor((100 (2B + E) + N) / 2N), N = 4:
        // D (B = 0) 104/8 = 13, C 304/8 = 38, A 504/8 = 63, B 704/8 = 88
        assertThat(result(outcome, 2023, "A", "non_high").rating())
                .isEqualTo("Substantial progress toward targets, percentile 63"); // 74.16%
        assertThat(result(outcome, 2023, "B", "non_high").rating())
                .isEqualTo("Meeting or exceeding targets, percentile 88");
        assertThat(result(outcome, 2023, "C", "non_high").rating())
                .isEqualTo("Moderate progress toward targets, percentile 38");
        // Title I: A, C, D: ceil(0.05 x 3) = 1, the lowest percentile D: comprehensive
        assertThat(designations(result(outcome, 2023, "D", "non_high"))).containsExactly("comprehensive");
        assertThat(designations(result(outcome, 2023, "C", "non_high"))).isEmpty();
        // H: graduation 60% below 66.7%: comprehensive (alone in its level: percentile 50)
        SchoolScore h = result(outcome, 2023, "H", "high");
        assertThat(designations(h)).containsExactly("comprehensive");
        assertThat(h.designations().get(0).detail()).contains("graduation rate 60% below 66.7%");
    }

    @Test
    void aYearBeforeTheNamedBaseYearIsScoredOnItsOwnValues() {
        // base_years [2022] and a bundle holding 2021: 2021 has no target yet (MA-3's targets start at the
        // baseline); scoring it must not fail
        List<SchoolValue> values = new ArrayList<>(values());
        values.add(median(2021, "A", "", ELA, "all", "500", 100));
        List<SchoolProfile> schools = new ArrayList<>(schools());
        schools.add(school(2021, "A", "elementary", 0, 5, true, null));
        ScoringOutcome withEarlierYear = FrameworkScorer.score(Fixtures.framework(frameworkTree()), values, schools,
                Map.of(ELA, Direction.HIGHER, MATH, Direction.HIGHER, CHRONIC, Direction.LOWER, GRAD,
                        Direction.HIGHER), Set.of());
        assertThat(withEarlierYear.schools()).isNotEmpty();
    }

    @Test
    void aYearMoreThanSixYearsAfterTheBaseYearIsScored() {
        List<SchoolValue> values = new ArrayList<>(values());
        values.add(median(2029, "A", "", ELA, "all", "540", 100));
        List<SchoolProfile> schools = new ArrayList<>(schools());
        schools.add(school(2029, "A", "elementary", 0, 5, true, null));
        ScoringOutcome later = FrameworkScorer.score(Fixtures.framework(frameworkTree()), values, schools,
                Map.of(ELA, Direction.HIGHER, MATH, Direction.HIGHER, CHRONIC, Direction.LOWER, GRAD,
                        Direction.HIGHER), Set.of());
        assertThat(later.schools()).isNotEmpty();
    }

    private static ScoreLine pointsLine(String school, String metric, String group) {
        return outcome.lines().stream().filter(l -> l.schoolYear() == 2023 && l.schoolId().equals(school)
                && l.step().equals("metric") && l.metric().equals(metric) && l.group().equals(group))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + school + " " + metric));
    }
}
