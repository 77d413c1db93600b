package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MeasurementSettings;
import org.junit.jupiter.api.Test;

/**
 * Each designation rule that tests one number against a line records that number and line (MA-5's exit
 * distance): twenty schools scored 5, 10, ..., 100.
 */
class TestDesignationExitLines {
    private static final int YEAR = 2019;

    @Test
    void lowestShareGroupAtOrBelowAndAllBelowRecordTheLineToCross() {
        List<DesignationRule> rules = List.of(
                new DesignationRule("csi", "lowest_share", new BigDecimal("0.10"), "score", "all", List.of(), null, "",
                        List.of(), "", false),
                new DesignationRule("csi", "all_below", null, "score", "all", List.of("grad_4yr", "grad_5yr"),
                        new BigDecimal("0.67"), "", List.of(), "", false),
                new DesignationRule("tsi", "group_at_or_below", null, "score", "all", List.of(), null, "csi",
                        List.of(), "", false),
                new DesignationRule("reward", "top_share", new BigDecimal("0.05"), "score", "all", List.of(), null, "",
                        List.of(), "", false));
        FrameworkSettings framework = new FrameworkSettings("test", "Test", "1", 20, 10, "frl_or_direct_cert",
                MeasurementSettings.DEFAULT, List.of(), new ScoringSettings(ScoringSystem.FLOORS_AND_TARGETS, List.of(),
                        false, List.of(), 0, ScoringSettings.ALL_ONLY, List.of(), List.of(), null, true, rules, null));
        List<SchoolProfile> profiles = new ArrayList<>();
        List<SchoolScore> scores = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String id = String.format("s%02d", i);
            profiles.add(new SchoolProfile(YEAR, id, id, "d", "high", 9, 12, true, new BigDecimal("0.5")));
            Map<String, BigDecimal> groups = i == 3 ? Map.of("swd", new BigDecimal("8")) : Map.of();
            scores.add(new SchoolScore(YEAR, id, "", BigDecimal.valueOf(5L * i), "", groups, List.of()));
        }
        List<SchoolValue> values = List.of(
                new SchoolValue(YEAR, "s01", "", "grad_4yr", "all", new BigDecimal("50"), new BigDecimal("100"), 100,
                        new BigDecimal("0.50"), true),
                new SchoolValue(YEAR, "s01", "", "grad_5yr", "all", new BigDecimal("55"), new BigDecimal("100"), 100,
                        new BigDecimal("0.55"), true),
                new SchoolValue(YEAR, "s20", "", "grad_4yr", "all", new BigDecimal("60"), new BigDecimal("100"), 100,
                        new BigDecimal("0.60"), true),
                new SchoolValue(YEAR, "s20", "", "grad_5yr", "all", new BigDecimal("65"), new BigDecimal("100"), 100,
                        new BigDecimal("0.65"), true));
        ScoringContext context = new ScoringContext(framework, values, profiles,
                Map.of("grad_4yr", Direction.HIGHER, "grad_5yr", Direction.HIGHER));

        List<SchoolScore> designated = Designations.apply(scores, rules, context, "grad_4yr");

        // lowest 10% of 20: ceil(0.1 x 20) = 2 schools, s01 (5) and s02 (10): the cut is 10, s01 is 5 below it.
        Designation.ExitLine s01 = line(designated, "s01", "csi");
        assertThat(s01.measure()).isEqualTo("score");
        assertThat(s01.value()).isEqualByComparingTo("5");
        assertThat(s01.line()).isEqualByComparingTo("10");
        assertThat(s01.distance()).isEqualByComparingTo("5");
        assertThat(s01.reachingExits()).isFalse();
        assertThat(line(designated, "s02", "csi").distance()).isEqualByComparingTo("0");
        // s20's graduation rates 0.60 and 0.65 are both below 0.67: the closer one, 0.65, must reach 0.67.
        Designation.ExitLine s20 = line(designated, "s20", "csi");
        assertThat(s20.measure()).isEqualTo("grad_5yr");
        assertThat(s20.distance()).isEqualByComparingTo("0.02");
        assertThat(s20.reachingExits()).isTrue();
        // s03's swd score 8 <= the highest csi score: s20's 100 (csi by graduation), 92 to rise above it.
        Designation.ExitLine s03 = line(designated, "s03", "tsi:swd");
        assertThat(s03.measure()).isEqualTo("swd score");
        assertThat(s03.line()).isEqualByComparingTo("100");
        assertThat(s03.distance()).isEqualByComparingTo("92");
        // recognitions have no exit
        assertThat(designation(designated, "s20", "reward").exitLines()).isEmpty();
        // s01 is csi by both rules (score, and graduation 0.50 and 0.55): one designation with both lines;
        // it leaves csi only when it crosses both: rise above 10 (5 to go) and reach 0.67 (0.12 to go).
        assertThat(designated.stream().filter(s -> s.schoolId().equals("s01")).findFirst().orElseThrow()
                .designations()).extracting(Designation::id).containsExactly("csi");
        assertThat(designation(designated, "s01", "csi").exitLines()).extracting(Designation.ExitLine::measure,
                l -> l.distance().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("score", "5"),
                        org.assertj.core.groups.Tuple.tuple("grad_5yr", "0.12"));
    }

    private static Designation.ExitLine line(List<SchoolScore> designated, String school, String id) {
        return designation(designated, school, id).exitLines().get(0);
    }

    private static Designation designation(List<SchoolScore> designated, String school, String id) {
        Optional<Designation> found = designated.stream().filter(s -> s.schoolId().equals(school))
                .flatMap(s -> s.designations().stream()).filter(d -> d.id().equals(id)).findFirst();
        return found.orElseThrow(() -> new AssertionError(school + " has no " + id));
    }
}
