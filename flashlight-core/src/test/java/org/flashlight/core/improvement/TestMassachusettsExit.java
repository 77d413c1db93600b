package org.flashlight.core.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.improvement.SupportFixture.designation;
import static org.flashlight.core.improvement.SupportFixture.framework;
import static org.flashlight.core.improvement.SupportFixture.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;

/** MA-5 for Massachusetts' comprehensive and targeted schools, on hand-made values. */
class TestMassachusettsExit {
    private static final FrameworkSettings MA = framework(ScoringSystem.TARGET_PERCENTAGE, List.of("non_high"),
            List.of(TestSupport.targetPoints("ela_avg_scale_score", "achievement", "560")), List.of());
    private static final Map<String, Direction> HIGHER = Map.of("ela_avg_scale_score", Direction.HIGHER);

    @Test
    void comprehensiveSchoolsExitWhenTheyMeetTheirAchievementAndGapClosingTargets() {
        SupportFixture f = new SupportFixture();
        f.values.addAll(List.of(value(2018, "A", "ela_avg_scale_score", "all", "500", 30),
                value(2019, "A", "ela_avg_scale_score", "all", "505", 30),
                value(2018, "A", "ela_avg_scale_score", "high_needs", "470", 25),
                value(2019, "A", "ela_avg_scale_score", "high_needs", "474", 25),
                // no base-year value: the group is its own baseline, so its target is its value
                value(2019, "A", "ela_avg_scale_score", "lowest_25pct", "450", 22)));
        f.scored("A", "non_high", "40", Map.of(), designation("comprehensive"));

        List<ExitRow> rows = Support.of(f.inputs(MA, HIGHER)).exits();

        // all: 500 + (560 - 500) / 18 = 503.33, 505 meets it; high_needs: 470 + (560 - 470) / 18 = 475, 474 is 1 short.
        assertThat(rows).extracting(ExitRow::condition).containsExactly(
                "achievement: ela_avg_scale_score (all) 505.00 against the target 503.33",
                "gap closing: ela_avg_scale_score (high_needs) 474.00 against the target 475.00",
                "gap closing: ela_avg_scale_score (lowest_25pct) 450.00 against the target 450.00");
        assertThat(rows).extracting(ExitRow::met).containsExactly(true, false, true);
        assertThat(rows.get(1).distance().orElseThrow()).isEqualByComparingTo("1");
        assertThat(rows).allMatch(r -> !r.exits());
    }

    @Test
    void targetedSchoolsExitWhenTheIdentifyingGroupRisesAboveThe20thPercentileAndMeetsItsTargets() {
        SupportFixture f = new SupportFixture();
        // ten schools, score and swd score 10, 20, ..., 100
        for (int i = 0; i < 10; i++) {
            String score = Integer.toString(10 * (i + 1));
            if (i <= 1) {
                f.scored("T" + i, "non_high", score, Map.of("swd", new BigDecimal(score)), designation("targeted"));
            } else {
                f.scored("T" + i, "non_high", score, Map.of("swd", new BigDecimal(score)));
            }
        }

        List<ExitRow> rows = Support.of(f.inputs(MA, HIGHER)).exits();

        // Percentile rank = floor((100 (2B + E) + N) / 2N), N = 10. T0's swd: B 0, E 1 -> floor(110 / 20) = 5, at or
        // below 5: swd identifies it; it must reach 21 (16 to go) and 75% from 10% (0.65 to go).
        // T1's swd: B 1 -> floor(310 / 20) = 15 > 5: identified school-wide, so group all: score percentile 15
        // (6 to go), target percentage 20% (0.55 to go).
        assertThat(rows).extracting(ExitRow::schoolId, ExitRow::condition).containsExactly(
                org.assertj.core.groups.Tuple.tuple("T0", "group swd percentile 5 above 20 (distance in percentile points)"),
                org.assertj.core.groups.Tuple.tuple("T0", "group swd target percentage 10% at least 75% (distance as a share)"),
                org.assertj.core.groups.Tuple.tuple("T1", "group all percentile 15 above 20 (distance in percentile points)"),
                org.assertj.core.groups.Tuple.tuple("T1", "group all target percentage 20% at least 75% (distance as a share)"));
        assertThat(rows).extracting(r -> r.distance().orElseThrow().stripTrailingZeros().toPlainString())
                .containsExactly("16", "0.65", "6", "0.55");
    }
}
