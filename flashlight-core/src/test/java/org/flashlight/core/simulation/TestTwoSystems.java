package org.flashlight.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.accountability.ScoreLine;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.accountability.ScoringRule;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.scoring.RatingBands;
import org.junit.jupiter.api.Test;

/**
 * CA-4 on hand-made outcomes: a decile index (A: ela_proficiency and chronic_absence, chronic absence at 90%,
 * min n 20) against a colour system without a score (B: chronic_absence and suspension, chronic absence at
 * 91%, min n 30). School s1 is scored by both; the outcomes are written by hand as the two systems' arithmetic
 * would write them.
 */
class TestTwoSystems {
    private static final int YEAR = 2024;
    private static final SchoolProfile S1 = new SchoolProfile(YEAR, "s1", "School 1", "d1", "elementary", 0, 5,
            true, new BigDecimal("0.4"));

    private static FrameworkSettings a() {
        ScoringSettings scoring = new ScoringSettings(ScoringSystem.DECILE_INDEX, List.of(), false, List.of(), 0,
                ScoringSettings.ALL_ONLY, List.of(), List.of(indicator("ela_proficiency", "deciles"),
                        indicator("chronic_absence", "deciles")), RatingBands.CORE_LEVEL_BANDS, true, List.of(), null);
        return new FrameworkSettings("index", null, null, 20, 10, null, MeasurementSettings.DEFAULT, List.of(),
                scoring);
    }

    private static FrameworkSettings b() {
        ScoringSettings scoring = new ScoringSettings(ScoringSystem.DASHBOARD_COLORS, List.of(), false, List.of(), 0,
                ScoringSettings.ALL_ONLY, List.of(), List.of(indicator("chronic_absence", "status_change"),
                        indicator("suspension", "status_change")), null, true, List.of(), null);
        return new FrameworkSettings("colors", null, null, 30, 10, null,
                MeasurementSettings.DEFAULT.withChronicAbsenceThreshold(new BigDecimal("0.91")), List.of(), scoring);
    }

    /** A's arithmetic for s1: ela level 3 (weight 50, 15 points), chronic absence level 5 (weight 50, 25). */
    private static ScoringOutcome outcomeA() {
        return new ScoringOutcome(List.of(new ScoringRule(YEAR, "", "chronic_absence", "all", "deciles", null, null,
                List.of(new BigDecimal("0.05")), YEAR, 40)), List.of(),
                List.of(new SchoolScore(YEAR, "s1", "", new BigDecimal(40), "average", Map.of("all",
                        new BigDecimal(40)), List.of(new Designation("priority", "priority because score 40 is low")))),
                List.of(line("ela_proficiency", "all", new BigDecimal("0.30"), 45, 3, null, null,
                                "ela_proficiency for all: 0.3 (45 students) is at level 3 of 10"),
                        line("ela_proficiency", "", null, 0, null, new BigDecimal(15), new BigDecimal(50), "ela points"),
                        line("chronic_absence", "all", new BigDecimal("0.10"), 40, 5, null, null,
                                "chronic_absence for all: 0.1 (40 students) is at level 5 of 10"),
                        line("chronic_absence", "", null, 0, null, new BigDecimal(25), new BigDecimal(50),
                                "chronic absence points")),
                Map.of());
    }

    /** B's verdict for s1: no score, a csi designation, chronic absence 12% of 40 students in orange. */
    private static ScoringOutcome outcomeB() {
        return new ScoringOutcome(List.of(), List.of(),
                List.of(new SchoolScore(YEAR, "s1", "", null, "", Map.of(), List.of(new Designation("csi",
                        "csi because all indicators are red or orange")))),
                List.of(line("chronic_absence", "all", new BigDecimal("0.12"), 40, null, null, null,
                        "chronic_absence for all: 12.0% (40 students) is orange")),
                Map.of());
    }

    private static ScoreLine line(String metric, String group, BigDecimal value, long students, Integer level,
            BigDecimal points, BigDecimal weight, String text) {
        return new ScoreLine(YEAR, "s1", "", "metric", group, metric, metric, value, students, "", level, points,
                weight, weight, text);
    }

    private static Indicator indicator(String metric, String method) {
        return new Indicator(metric, List.of(metric), "", null, Indicator.MethodSettings.named(method));
    }

    private static Simulation simulation() {
        return Simulation.of(new SimulationSide("index", a(), outcomeA()), new SimulationSide("colors", b(),
                outcomeB()), List.of(S1));
    }

    @Test
    void ratingsOnDifferentScalesAreNotComparedButDesignationsAre() {
        SchoolComparison s1 = simulation().schools().get(0);
        assertThat(s1.rating()).isEqualTo(RatingChange.NOT_COMPARABLE);
        assertThat(s1.changed()).isTrue();
        assertThat(s1.reasons()).containsExactly(
                "loses priority: under A priority because score 40 is low; under B colors has no score",
                "gains csi: under B csi because all indicators are red or orange");
        assertThat(s1.povertyQuartile()).isEqualTo(1);
    }

    @Test
    void eachMetricIsExplainedByUsagePopulationAndRule() {
        List<Disagreement> rows = simulation().disagreements();
        assertThat(rows).extracting(Disagreement::metric)
                .containsExactly("ela_proficiency", "chronic_absence", "suspension");
        assertThat(rows.get(0).kinds()).containsExactly("usage");
        assertThat(rows.get(0).reason()).isEqualTo("only index scores ela_proficiency");
        assertThat(rows.get(0).treatmentB()).isEqualTo("not scored by colors");
        assertThat(rows.get(2).kinds()).containsExactly("usage");
        assertThat(rows.get(2).reason()).isEqualTo("only colors scores suspension");
        // R-4 at 90%: 10 x present <= 9 x enrolled; at 91%: 100 x present <= 91 x enrolled
        Disagreement chronic = rows.get(1);
        assertThat(chronic.kinds()).containsExactly("population", "rule");
        assertThat(chronic.reasons().get(0)).contains("10 * days_present <= 9 * days_enrolled")
                .contains("100 * days_present <= 91 * days_enrolled")
                .contains("counting 0.1 (40 students) vs 0.12 (40 students)")
                .endsWith("settings that change who is counted: measurement.chronic_absence_threshold: 0.9 vs 0.91");
        assertThat(chronic.reasons().get(1)).isEqualTo("method deciles vs status_change");
        assertThat(chronic.treatmentA()).isEqualTo("chronic_absence for all: 0.1 (40 students) is at level 5 of 10; "
                + "weight 50; adds 25 points to the score");
        assertThat(chronic.treatmentB()).isEqualTo("chronic_absence for all: 12.0% (40 students) is orange");
    }

    @Test
    void aValueCountingUnderOneMinNOnlyIsADifferentRule() {
        // B (min n 30) has no chronic absence line for s1: its 25 students count under A's min n 20 only
        ScoringOutcome a = outcomeA();
        List<ScoreLine> lines = a.lines().stream().map(l -> l.students() == 40 ? new ScoreLine(l.schoolYear(),
                l.schoolId(), l.frameworkLevel(), l.step(), l.group(), l.indicator(), l.metric(), l.value(), 25,
                l.rule(), l.level(), l.points(), l.possible(), l.weight(), l.text()) : l).toList();
        ScoringOutcome b = new ScoringOutcome(List.of(), List.of(), outcomeB().schools(), List.of(), Map.of());
        Simulation simulation = Simulation.of(new SimulationSide("index", a(), new ScoringOutcome(a.rules(),
                a.metricScores(), a.schools(), lines, Map.of())), new SimulationSide("colors", b(), b), List.of(S1));
        Disagreement chronic = simulation.disagreements().get(1);
        assertThat(chronic.kinds()).containsExactly("population", "rule");
        assertThat(chronic.reasons().get(1)).isEqualTo("method deciles vs status_change; counts for the school "
                + "under index only (25 students; min n 20 vs 30)");
        assertThat(chronic.treatmentB()).isEqualTo("status_change: not counted for the school (no all-student value "
                + "with at least 30 students)");
    }

    @Test
    void anotherEconomicDisadvantageRuleShowsInTheGroupItCounts() {
        // the same index, once with econ_disadv under frl_or_direct_cert and once under dc_at_risk: only the
        // econ_disadv group's chronic absence differs (20 students at 0.2 vs 24 at 0.25)
        FrameworkSettings atRisk = new FrameworkSettings("index-at-risk", null, null, 20, 10, "dc_at_risk",
                MeasurementSettings.DEFAULT, List.of(), a().scoring());
        Simulation simulation = Simulation.of(new SimulationSide("index", a(), withEconLine(outcomeA(), "0.2", 20)),
                new SimulationSide("index-at-risk", atRisk, withEconLine(outcomeA(), "0.25", 24)), List.of(S1));
        assertThat(simulation.changes()).isEmpty();
        assertThat(simulation.disagreements()).hasSize(1);
        Disagreement chronic = simulation.disagreements().get(0);
        assertThat(chronic.metric()).isEqualTo("chronic_absence");
        assertThat(chronic.kinds()).containsExactly("population");
        assertThat(chronic.reason()).isEqualTo("the same definition counts for student groups: econ_disadv 0.2 "
                + "(20 students) vs 0.25 (24 students); settings that change who is counted: econ_disadv_rule: "
                + "frl_or_direct_cert vs dc_at_risk");
    }

    private static ScoringOutcome withEconLine(ScoringOutcome outcome, String value, long students) {
        List<ScoreLine> lines = new java.util.ArrayList<>(outcome.lines());
        lines.add(line("chronic_absence", "econ_disadv", new BigDecimal(value), students, 4, null, null,
                "chronic_absence for econ_disadv"));
        return new ScoringOutcome(outcome.rules(), outcome.metricScores(), outcome.schools(), lines, Map.of());
    }

    @Test
    void settingsDifferencesNameEveryChangedSettingByItsPath() {
        assertThat(simulation().settings()).extracting(SettingDifference::describe).containsExactly(
                "min_n: 20 vs 30",
                "measurement.chronic_absence_threshold: 0.9 vs 0.91",
                "scoring.system: decile_index vs dashboard_colors",
                "scoring.indicators[ela_proficiency]: {id ela_proficiency, metrics [ela_proficiency], method "
                        + "{name deciles}} vs (none)",
                "scoring.indicators[chronic_absence].method.name: deciles vs status_change",
                "scoring.indicators[suspension]: (none) vs {id suspension, metrics [suspension], method "
                        + "{name status_change}}",
                // RatingBands.CORE_LEVEL_BANDS: below average from 1, average from 4, above average from 8
                "scoring.rating_bands: {bands [{from 1, label below average}, {from 4, label average}, "
                        + "{from 8, label above average}]} vs (none)");
    }
}
