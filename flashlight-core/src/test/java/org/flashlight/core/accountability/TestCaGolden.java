package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.accountability.Fixtures.designations;
import static org.flashlight.core.accountability.Fixtures.map;
import static org.flashlight.core.accountability.Fixtures.median;
import static org.flashlight.core.accountability.Fixtures.rate;
import static org.flashlight.core.accountability.Fixtures.result;
import static org.flashlight.core.accountability.Fixtures.school;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The California Dashboard (CA-1 .. CA-3) on four schools, 2023 (prior) and 2024: status and change levels,
 * colours read from the 5x5 grid (and the small-group grid), CSI patterns, ATSI, CSI graduation. Every colour
 * derived by hand from the grid written out below and in docs/worked-examples/ca-dashboard.md.
 *
 * <p>The standard grid, best status row first, best change column first (CDE 2023):
 * <pre>
 *   Blue   Blue   Blue   Green  Yellow
 *   Blue   Green  Green  Yellow Orange
 *   Green  Green  Yellow Orange Orange
 *   Yellow Yellow Orange Orange Red
 *   Yellow Orange Red    Red    Red
 * </pre>
 * Lower is better (chronic absence, suspension): the best status is the lowest value and the best change the
 * largest decline. Higher is better (ELA, math, graduation): the highest value and the largest increase.
 */
class TestCaGolden {
    static final String CHRONIC = "chronic_absence";
    static final String SUSPENSION = "suspension";
    static final String ELA = "ela_dfs";
    static final String MATH = "math_dfs";
    static final String GRAD = "grad_4yr";
    static final String CCI = "college_career";
    static ScoringOutcome outcome;

    private static Map<String, Object> table(String unit, String grid, List<String> status, List<String> change) {
        Map<String, Object> t = map("method", "dashboard", "unit", unit, "source", "CDE five-by-five tables, 2023",
                "status_cuts", status.stream().map(Fixtures::d).toList());
        if (change != null) {
            t.put("change_cuts", change.stream().map(Fixtures::d).toList());
            t.put("grid", grid);
        }
        return t;
    }

    static Map<String, Object> frameworkTree() {
        return map("id", "golden-ca", "min_n", 30, "scoring", map("system", "dashboard_colors",
                "groups", map("all", 100, "shared", 0, "shared_among", List.of("hispanic", "el", "swd")),
                "indicators", map(
                        CHRONIC, table("percent", "lower_is_better", List.of("2.5", "5.0", "10.0", "20.0"),
                                List.of("-3.0", "-0.5", "0.4", "3.0")),
                        SUSPENSION, table("percent", "lower_is_better", List.of("0.5", "1.5", "6.0", "10.0"),
                                List.of("-2.0", "-0.3", "0.2", "3.0")),
                        ELA, table("points", "higher_is_better", List.of("-70.1", "-5.1", "9.9", "44.9"),
                                List.of("-15.1", "-3.0", "2.9", "14.9")),
                        MATH, table("points", "higher_is_better", List.of("-95.1", "-25.1", "-0.1", "34.9"),
                                List.of("-15.1", "-3.0", "2.9", "14.9")),
                        GRAD, table("percent", "higher_is_better", List.of("67.9", "79.9", "90.4", "94.9"),
                                List.of("-5.1", "-1.0", "0.9", "4.9")),
                        CCI, table("percent", null, List.of("9.9", "34.9", "54.9", "69.9"), null))));
    }

    /** {school, group, students, chronic 2023, 2024, suspension 2023, 2024, ela 2023, 2024, math 2023, 2024}. */
    static final String[][] ROWS = {
        {"S1", "all", "400", "0.22", "0.25", "0.11", "0.12", "-75", "-80", "-98", "-100"},
        {"S2", "all", "400", "0.22", "0.25", "0.11", "0.12", "0", "0", "-98", "-100"},
        {"S3", "all", "400", "0.06", "0.02", "0.003", "0.003", "50", "50", "40", "40"},
        {"S3", "swd", "40", "0.20", "0.25", "0.12", "0.15", "-90", "-100", "-110", "-120"},
        {"S3", "el", "100", "0.01", "0.05", null, null, null, null, null, null},
        {"S3", "hispanic", "25", "0.20", "0.30", null, null, null, null, null, null},
    };

    static List<SchoolValue> values() {
        List<SchoolValue> v = new ArrayList<>();
        String[] metrics = {CHRONIC, SUSPENSION, ELA, MATH};
        for (String[] r : ROWS) {
            long students = Long.parseLong(r[2]);
            for (int m = 0; m < metrics.length; m++) {
                for (int k = 0; k < 2; k++) {
                    String value = r[3 + 2 * m + k];
                    if (value == null) {
                        continue;
                    }
                    boolean points = metrics[m].endsWith("_dfs");
                    v.add(points ? median(2023 + k, r[0], "", metrics[m], r[1], value, students)
                            : rate(2023 + k, r[0], metrics[m], r[1], value, students));
                }
            }
        }
        // S4, a high school: 64 of 100 graduated in 2023, 70 of 100 in 2024; college/career 30%
        v.add(rate(2023, "S4", GRAD, "all", "0.64", 100));
        v.add(rate(2024, "S4", GRAD, "all", "0.70", 100));
        v.add(rate(2024, "S4", CCI, "all", "0.30", 100));
        return v;
    }

    @BeforeAll
    static void score() {
        List<SchoolProfile> schools = new ArrayList<>();
        for (int year : new int[] {2023, 2024}) {
            schools.add(school(year, "S1", "elementary", 0, 5, true, null));
            schools.add(school(year, "S2", "elementary", 0, 5, true, null));
            schools.add(school(year, "S3", "elementary", 0, 5, false, null));
            schools.add(school(year, "S4", "high", 9, 12, false, null));
        }
        Map<String, Direction> directions = Map.of(CHRONIC, Direction.LOWER, SUSPENSION, Direction.LOWER, ELA,
                Direction.HIGHER, MATH, Direction.HIGHER, GRAD, Direction.HIGHER, CCI, Direction.HIGHER);
        outcome = FrameworkScorer.score(Fixtures.framework(frameworkTree()), values(), schools, directions, Set.of());
    }

    private static String colour(String school, String metric, String group) {
        return line(school, metric, group).rule();
    }

    private static ScoreLine line(String school, String metric, String group) {
        return outcome.lines().stream().filter(l -> l.schoolYear() == 2024 && l.schoolId().equals(school)
                && l.metric().equals(metric) && l.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + school + " " + metric + " " + group));
    }

    @Test
    void coloursOfAllStudents() {
        // S1 chronic: 25.0% very high (row 5), change +3.0 on the "increased" cut (column 4): Red
        assertThat(colour("S1", CHRONIC, "all")).isEqualTo("Red");
        // S1 suspension: 12.0% very high, change +1.0 increased: Red
        assertThat(colour("S1", SUSPENSION, "all")).isEqualTo("Red");
        // S1 ELA: -80 very low (row 5 from the best), change -5.0 declined (column 4 from the best): Red
        assertThat(colour("S1", ELA, "all")).isEqualTo("Red");
        // S1 math: -100 very low, change -2.0 maintained (column 3): Red
        assertThat(colour("S1", MATH, "all")).isEqualTo("Red");
        // S2 ELA: 0 medium (row 3), change 0 maintained (column 3): Yellow
        assertThat(colour("S2", ELA, "all")).isEqualTo("Yellow");
        // S3 chronic: 2.0% very low (row 1), change -4.0 declined significantly (column 1): Blue
        assertThat(colour("S3", CHRONIC, "all")).isEqualTo("Blue");
        // S3 suspension 0.3% very low, maintained (column 3): Blue; ELA 50 and math 40 very high, maintained: Blue
        assertThat(colour("S3", SUSPENSION, "all")).isEqualTo("Blue");
        assertThat(colour("S3", ELA, "all")).isEqualTo("Blue");
        assertThat(colour("S3", MATH, "all")).isEqualTo("Blue");
        // S4 graduation 70.0% low (row 4 from the best), change +6.0 increased significantly (column 1): Yellow
        assertThat(colour("S4", GRAD, "all")).isEqualTo("Yellow");
    }

    @Test
    void groupSizeRules() {
        // el, 100 students (under 150: the small-group grid): chronic 5.0% low (row 2), change +4.0 "increased
        // significantly" counts as "increased" (column 4): Yellow (the 5x5 grid would give Orange)
        assertThat(colour("S3", CHRONIC, "el")).isEqualTo("Yellow");
        assertThat(line("S3", CHRONIC, "el").text()).contains("small-group grid");
        // hispanic, 25 students: fewer than 30 are not rated
        assertThat(colour("S3", CHRONIC, "hispanic")).isEmpty();
        // swd, 40 students: chronic 25.0% +5.0 (folded to increased): Red; suspension 15.0% +3.0: Red;
        // ELA -100 change -10 declined: Red; math -120 change -10: Red
        for (String metric : List.of(CHRONIC, SUSPENSION, ELA, MATH)) {
            assertThat(colour("S3", metric, "swd")).as(metric).isEqualTo("Red");
        }
        // college/career is reported on status only: 30.0% is "Low", no colour
        assertThat(colour("S4", CCI, "all")).isEmpty();
        assertThat(line("S4", CCI, "all").text()).contains("status only");
    }

    @Test
    void designationsFromColourPatterns() {
        // S1 (Title I): 4 red of 4: all red
        assertThat(designations(result(outcome, 2024, "S1", ""))).containsExactly("csi");
        assertThat(result(outcome, 2024, "S1", "").designations().get(0).detail()).contains("all indicators red (");
        assertThat(result(outcome, 2024, "S1", "").rating()).isEqualTo("4 red, 0 orange of 4 indicators");
        // S2 (Title I): red, red, yellow, red: all red but one
        assertThat(result(outcome, 2024, "S2", "").designations().get(0).detail())
                .contains("all indicators red but one");
        // S3 (all blue, not Title I): swd all red: ATSI for swd; el has one colour (a pattern needs two)
        assertThat(designations(result(outcome, 2024, "S3", ""))).containsExactly("atsi:swd");
        // S4: two-year graduation (64 + 70) / (100 + 100) = 67% below 68%
        assertThat(designations(result(outcome, 2024, "S4", ""))).containsExactly("csi_graduation");
        assertThat(Arrays.asList(result(outcome, 2024, "S4", "").designations().get(0).detail().split(" ")))
                .contains("134/200");
    }
}
