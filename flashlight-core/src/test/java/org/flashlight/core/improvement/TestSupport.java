package org.flashlight.core.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.flashlight.core.improvement.SupportFixture.designation;
import static org.flashlight.core.improvement.SupportFixture.framework;
import static org.flashlight.core.improvement.SupportFixture.rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.support.SchoolPair;
import org.flashlight.core.targets.Fraction;
import org.junit.jupiter.api.Test;

/** The support outputs on small hand-made outcomes; every expected number is worked out in the comments. */
class TestSupport {
    private static final FrameworkSettings CORE = framework(ScoringSystem.DECILE_INDEX,
            List.of("elementary", "middle", "high"), List.of(), List.of(rule("priority", "lowest_share"),
                    rule("focus", "lowest_share"), rule("reward", "top_share")));

    @Test
    void pairsEachPrioritySchoolWithTheRewardSchoolOfMostSimilarPovertyAndListsWhereThePartnerIsStrong() {
        // Every school: 100 enrolled, 10 EL, 12 SWD, all white, elementary: only poverty differs.
        SupportFixture f = new SupportFixture().school("P1", "0.9", 100, 10, 12).school("P2", "0.2", 100, 10, 12)
                .school("R1", "0.85", 100, 10, 12).school("R2", "0.25", 100, 10, 12);
        f.schools.add(new SchoolProfile(SupportFixture.YEAR, "P3", "P3", "d1", "elementary", 0, 5, true,
                new BigDecimal("0.5"))); // no swd_identification rows: demographics unknown
        f.scored("P1", "elementary", "10", Map.of(), designation("priority"))
                .scored("P2", "elementary", "12", Map.of(), designation("priority"))
                .scored("P3", "elementary", "14", Map.of(), designation("priority"))
                .scored("R1", "elementary", "90", Map.of(), designation("reward"))
                .scored("R2", "elementary", "95", Map.of(), designation("reward"));
        f.level("P1", "elementary", "ela_proficiency", "all", 2).level("P1", "elementary", "math_proficiency", "all", 5)
                .level("R1", "elementary", "ela_proficiency", "all", 8)
                .level("R1", "elementary", "math_proficiency", "all", 6)
                .level("P2", "elementary", "ela_proficiency", "all", 3).level("P2", "elementary", "ela_proficiency", "el", 1)
                .level("R2", "elementary", "ela_proficiency", "all", 4).level("R2", "elementary", "ela_proficiency", "el", 7);

        List<PairingRow> rows = Support.of(f.inputs(CORE, Map.of())).pairings();

        // Poverty over the four paired schools: mean 0.55, squared deviations 0.1225, 0.1225, 0.09, 0.09,
        // population sd = sqrt(0.425 / 4) = sqrt(0.10625) = 0.325960. P1-R1 and P2-R2 are 0.05 / 0.325960 =
        // 0.153393 apart, the crossed pairs 0.65 / 0.325960: the optimal assignment keeps the near pairs.
        assertThat(rows).extracting(PairingRow::prioritySchool, PairingRow::rewardSchool)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "R1"),
                        org.assertj.core.groups.Tuple.tuple("P2", "R2"), org.assertj.core.groups.Tuple.tuple("P3", ""));
        assertThat(rows.get(0).distance().getAsDouble()).isCloseTo(0.153393, within(1e-6));
        assertThat(rows.get(1).distance().getAsDouble()).isCloseTo(0.153393, within(1e-6));
        // Strengths: a level gap of at least 3. P1/R1: ela 8 - 2 = 6 counts, math 6 - 5 = 1 does not.
        // P2/R2: the EL group's ela 7 - 1 = 6 counts, ela 4 - 3 = 1 does not.
        assertThat(rows.get(0).strengths()).containsExactly(new SchoolPair.Strength("ela_proficiency", 8, 2));
        assertThat(rows.get(1).strengths()).containsExactly(new SchoolPair.Strength("ela_proficiency el", 7, 1));
        assertThat(rows.get(2).paired()).isFalse();
        assertThat(rows.get(2).note()).contains("no enrolled students");
    }

    @Test
    void demographicsComeFromTheEnrolledPopulationOfSwdIdentification() {
        // 200 enrolled: 50 EL, 30 SWD, all white -> EL 0.25, SWD 0.15, white 1, size 200.
        SupportFixture f = new SupportFixture().school("A", "0.6", 200, 50, 30);
        org.flashlight.core.support.PairingProfile profile = new SupportProfiles(f.inputs(CORE, Map.of()))
                .forPairing(SupportFixture.YEAR, "A", "elementary").orElseThrow();
        assertThat(profile.poverty()).isEqualByComparingTo("0.6");
        assertThat(profile.englishLearners()).isEqualByComparingTo("0.25");
        assertThat(profile.disabilities()).isEqualByComparingTo("0.15");
        assertThat(profile.raceShares().get("white")).isEqualByComparingTo("1");
        assertThat(profile.raceShares().get("black")).isEqualByComparingTo("0");
        assertThat(profile.enrollment()).isEqualTo(200);
    }

    @Test
    void groupsFocusSchoolsByTheirWeakestLevel() {
        // F1 weakest ela 1, F3 weakest ela 1, F2 weakest math 1 (ela 2): ela has two schools, a community;
        // F2 alone with its problem joins the smallest community with room (CORE-8, two to four).
        SupportFixture f = new SupportFixture();
        for (String id : List.of("F1", "F2", "F3", "F4")) {
            f.scored(id, "elementary", "30", Map.of(), designation("focus"));
        }
        f.level("F1", "elementary", "ela_proficiency", "all", 1).level("F1", "elementary", "math_proficiency", "all", 4)
                .level("F2", "elementary", "ela_proficiency", "all", 2)
                .level("F2", "elementary", "math_proficiency", "all", 1)
                .level("F3", "elementary", "ela_proficiency", "all", 1)
                .level("F3", "elementary", "math_proficiency", "all", 3);

        List<CommunityRow> rows = Support.of(f.inputs(CORE, Map.of())).communities();

        assertThat(rows).containsExactly(
                new CommunityRow(2019, OptionalInt.of(1), "ela_proficiency", "F1", "elementary", "ela_proficiency",
                        OptionalInt.of(1), true, ""),
                new CommunityRow(2019, OptionalInt.of(1), "ela_proficiency", "F2", "elementary", "math_proficiency",
                        OptionalInt.of(1), true, ""),
                new CommunityRow(2019, OptionalInt.of(1), "ela_proficiency", "F3", "elementary", "ela_proficiency",
                        OptionalInt.of(1), true, ""),
                new CommunityRow(2019, OptionalInt.empty(), "", "F4", "elementary", "", OptionalInt.empty(), false,
                        "no community: the school has no metric levels"));
    }

    @Test
    void exitIsCrossingTheLineOfEveryRuleThatDesignatedTheSchool() {
        Designation priority = new Designation("priority", "priority because ...", List.of(
                new Designation.ExitLine("score", new BigDecimal("13.875"), new BigDecimal("16.666667"), false,
                        "the priority cut")));
        // designated csi by two rules: its graduation already reached the threshold, its score sits on the cut
        Designation csi = new Designation("csi", "csi because ...; csi because ...", List.of(
                new Designation.ExitLine("grad_4yr", new BigDecimal("0.67"), new BigDecimal("0.67"), true,
                        "the threshold"),
                new Designation.ExitLine("score", new BigDecimal("20"), new BigDecimal("20"), false, "the csi cut")));
        SupportFixture f = new SupportFixture()
                .scored("S1", "elementary", "13.875", Map.of(), priority)
                .scored("S2", "elementary", "20", Map.of(), csi)
                .scored("S3", "elementary", "95", Map.of(), designation("reward"), designation("csi_low"));

        List<ExitRow> rows = Support.of(f.inputs(CORE, Map.of())).exits();

        // 16.666667 - 13.875 = 2.791667; on the cut, "above" still needs more than 0; reaching 0.67 is enough.
        assertThat(rows).containsExactly(
                new ExitRow(2019, "S1", "elementary", "priority",
                        "score 13.875 must rise above the priority cut 16.666667: by more than 2.791667", false,
                        Optional.of(new BigDecimal("2.791667")), false),
                new ExitRow(2019, "S2", "elementary", "csi", "grad_4yr 0.67 must reach the threshold 0.67: done", true,
                        Optional.of(BigDecimal.ZERO), false),
                new ExitRow(2019, "S2", "elementary", "csi", "score 20 must rise above the csi cut 20: by more than 0",
                        false, Optional.of(BigDecimal.ZERO), false),
                new ExitRow(2019, "S3", "elementary", "csi_low",
                        "no longer meeting the rule: csi_low because of a test", false, Optional.empty(), false));
    }

    @Test
    void frameworksWithoutPriorityRewardOrFocusHaveNoPairingsOrCommunities() {
        FrameworkSettings star = framework(ScoringSystem.FLOORS_AND_TARGETS, List.of(), List.of(),
                List.of(rule("csi", "lowest_share")));
        SupportFixture f = new SupportFixture().school("A", "0.5", 100, 0, 0)
                .scored("A", "", "10", Map.of(), designation("priority"), designation("focus"));
        SupportOutcome outcome = Support.of(f.inputs(star, Map.of()));
        assertThat(outcome.pairings()).isEmpty();
        assertThat(outcome.communities()).isEmpty();
        assertThat(outcome.benchmarks()).isEmpty();
    }

    @Test
    void interimBenchmarksFollowTheDistrictPathToTheSixYearGoal() {
        FrameworkSettings ma = framework(ScoringSystem.TARGET_PERCENTAGE, List.of("non_high", "high"), List.of(
                targetPoints("ela_avg_scale_score", "achievement", "560"),
                targetPoints("chronic_absence", "additional", "0")), List.of());
        SupportFixture f = new SupportFixture();
        // the run's years are 2018 and 2019: with no named base year, 2018 is the base year
        f.values.add(SupportFixture.value(2018, "A", "ela_avg_scale_score", "all", "500", 30));
        f.values.add(SupportFixture.value(2019, "A", "ela_avg_scale_score", "all", "505", 30));
        f.districtValues.addAll(List.of(
                new DistrictValue(2018, "d1", "ela_avg_scale_score", "all", new BigDecimal("500"), 40),
                new DistrictValue(2019, "d1", "ela_avg_scale_score", "all", new BigDecimal("505"), 40),
                new DistrictValue(2018, "d1", "chronic_absence", "all", new BigDecimal("0.18"), 40),
                new DistrictValue(2019, "d1", "chronic_absence", "all", new BigDecimal("0.18"), 40),
                // below min n (20) in the base year: no path
                new DistrictValue(2018, "d1", "ela_avg_scale_score", "swd", new BigDecimal("480"), 12),
                new DistrictValue(2019, "d1", "ela_avg_scale_score", "swd", new BigDecimal("485"), 25)));
        f.scored("A", "non_high", "50", Map.of());
        Map<String, Direction> directions = Map.of("ela_avg_scale_score", Direction.HIGHER, "chronic_absence",
                Direction.LOWER);

        List<BenchmarkRow> rows = Support.of(f.inputs(ma, directions)).benchmarks();

        // chronic absence: 0.18 + k (0 - 0.18) / 18 = 0.18 - 0.01 k; 2019's target 0.17, actual 0.18: not on track.
        // ela: 500 + k (560 - 500) / 18 = 500 + 10k/3: 500, 503 1/3, 506 2/3, 510, 513 1/3, 516 2/3, 520;
        // 2019's actual 505 >= 503 1/3: on track.
        assertThat(rows).hasSize(14);
        assertThat(rows.subList(0, 2)).containsExactly(
                new BenchmarkRow("d1", "chronic_absence", "all", 2018, 2018, Fraction.ZERO, Fraction.of("0.18"),
                        Optional.of(Fraction.of("0.18")), Optional.of(true)),
                new BenchmarkRow("d1", "chronic_absence", "all", 2018, 2019, Fraction.ZERO, Fraction.of("0.17"),
                        Optional.of(Fraction.of("0.18")), Optional.of(false)));
        assertThat(rows.subList(7, 14)).extracting(BenchmarkRow::target).containsExactly(Fraction.of(500),
                Fraction.of(1510, 3), Fraction.of(1520, 3), Fraction.of(510), Fraction.of(1540, 3),
                Fraction.of(1550, 3), Fraction.of(520));
        assertThat(rows.get(8).onTrack()).contains(true);
        assertThat(rows.get(9).actual()).isEmpty();
        assertThat(rows).noneMatch(r -> r.group().equals("swd"));
    }

    static Indicator targetPoints(String metric, String domain, String goal) {
        return new Indicator(metric, List.of(metric), domain, null, new Indicator.MethodSettings("target_points",
                new BigDecimal(goal), null, null, null, null, null, new BigDecimal("0.5")));
    }
}
