package org.flashlight.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.accountability.FrameworkScorer;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.RatingBands;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Growth now weighs 20 instead of 10": a floors-and-targets score (STAR-4, STAR-5) of all students with two
 * indicators, ela_proficiency (10 points, research floor 0.2, target 0.8) and growth (ela_mgp, floor 30,
 * target 70; 10 points under A, 20 under B), scored by the real scorer, STAR's stars (1 below 20, 2 from 20,
 * 3 from 40, 4 from 60, 5 from 80). Points = full x (value - floor) / (target - floor); score = 100 x earned /
 * possible.
 * <pre>
 * school  ela  mgp   ela pts  growth A  growth B   A                     B
 * s1      0.5  60    5        7.5       15         100 x 12.5/20 = 62.5  100 x 20/30 = 66.67  4 -> 4
 * s2      0.8  40    10       2.5       5          100 x 12.5/20 = 62.5  100 x 15/30 = 50     4 -> 3
 * s3      0.2  70    0        10        20         100 x 10/20   = 50    100 x 20/30 = 66.67  3 -> 4
 * </pre>
 * An indicator's share of the score is 100 x its points / points possible (one group weighing 1).
 */
class TestPointsVariant {
    private static final int YEAR = 2024;
    private static Simulation simulation;

    @BeforeAll
    static void scoreBoth() {
        List<SchoolValue> values = List.of(value("s1", "ela_proficiency", "0.5"), value("s1", "ela_mgp", "60"),
                value("s2", "ela_proficiency", "0.8"), value("s2", "ela_mgp", "40"),
                value("s3", "ela_proficiency", "0.2"), value("s3", "ela_mgp", "70"));
        List<SchoolProfile> profiles = List.of(profile("s1"), profile("s2"), profile("s3"));
        Map<String, Direction> directions = Map.of("ela_proficiency", Direction.HIGHER, "ela_mgp", Direction.HIGHER);
        FrameworkSettings a = framework("10");
        FrameworkSettings b = framework("20");
        simulation = Simulation.of(
                new SimulationSide("star", a, FrameworkScorer.score(a, values, profiles, directions, Set.of())),
                new SimulationSide("star-growth", b, FrameworkScorer.score(b, values, profiles, directions, Set.of())),
                profiles);
    }

    @Test
    void ratingsMoveAsTheTableSays() {
        assertThat(simulation.schools()).extracting(SchoolComparison::rating)
                .containsExactly(RatingChange.SAME, RatingChange.DOWN, RatingChange.UP);
        assertThat(simulation.schools().get(2).scoreB().orElseThrow())
                .isEqualByComparingTo(new BigDecimal(200).divide(new BigDecimal(3), MathContext.DECIMAL128));
    }

    @Test
    void theReasonSplitsTheChangeOfScoreByIndicator() {
        // s2: ela 100 x 10/20 = 50 -> 100 x 10/30 = 33.333333 (-16.666667); growth 100 x 2.5/20 = 12.5 ->
        // 100 x 5/30 = 16.666667 (+4.166667); together 62.5 -> 50
        assertThat(simulation.schools().get(1).reasons()).containsExactly("rating 4 -> 3 (score 62.5 -> 50)",
                "score 62.5 -> 50 (-12.5): ela_proficiency: weight 10, 50 -> 33.333333 points (-16.666667), "
                        + "growth: weight 10 -> 20, 12.5 -> 16.666667 points (+4.166667)");
    }

    @Test
    void onlyGrowthIsTreatedDifferentlyAndTheReasonNamesItsPoints() {
        // ela keeps its 10 points, floor and target under both: no row; growth weighs 10 vs 20 at every school
        assertThat(simulation.disagreements()).extracting(Disagreement::metric)
                .containsExactly("ela_mgp", "ela_mgp", "ela_mgp");
        Disagreement s2 = simulation.disagreements().get(1);
        assertThat(s2.kinds()).containsExactly("weight");
        assertThat(s2.reason()).isEqualTo("weight 10 vs 20 (scoring.indicators[growth].points: 10 vs 20)");
        assertThat(s2.treatmentA()).endsWith("; weight 10; adds 12.5 points to the score");
        assertThat(simulation.settings()).extracting(SettingDifference::describe)
                .containsExactly("scoring.indicators[growth].points: 10 vs 20");
    }

    private static FrameworkSettings framework(String growthPoints) {
        ScoringSettings scoring = new ScoringSettings(ScoringSystem.FLOORS_AND_TARGETS, List.of(), false, List.of(),
                0, ScoringSettings.ALL_ONLY, List.of(),
                List.of(research("ela_proficiency", "ela_proficiency", "10", "0.2", "0.8"),
                        research("growth", "ela_mgp", growthPoints, "30", "70")),
                RatingBands.STAR_STARS, true, List.of(), null);
        return new FrameworkSettings("star", null, null, 10, 10, null, null, List.of(), scoring);
    }

    private static Indicator research(String id, String metric, String points, String floor, String target) {
        return new Indicator(id, List.of(metric), "", new BigDecimal(points), new Indicator.MethodSettings("research",
                null, null, new BigDecimal(floor), new BigDecimal(target), null, null, null));
    }

    private static SchoolValue value(String school, String metric, String value) {
        return new SchoolValue(YEAR, school, "", metric, "all", null, BigDecimal.valueOf(50), 50,
                new BigDecimal(value), true);
    }

    private static SchoolProfile profile(String school) {
        return new SchoolProfile(YEAR, school, school, "d1", "elementary", 0, 5, true, new BigDecimal("0.5"));
    }
}
