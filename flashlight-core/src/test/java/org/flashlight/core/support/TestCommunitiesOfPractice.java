package org.flashlight.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TestCommunitiesOfPractice {

    private final CommunitiesOfPractice communities = CommunitiesOfPractice.core();

    private static PairingProfile focus(String id, String level, String weakest) {
        // the weakest metric at level 1, the others at 5
        Map<String, Integer> levels = new TreeMap<>(Map.of("ela", 5, "math", 5, "chronic_absence", 5));
        levels.put(weakest, 1);
        return new PairingProfile(id, level, BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, new TreeMap<>(), 300,
                new TreeMap<>(levels));
    }

    @Test
    void theProblemIsTheLowestLevelTiesAlphabetical() {
        PairingProfile tied = new PairingProfile("s", "middle", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO,
                new TreeMap<>(), 300, new TreeMap<>(Map.of("math", 2, "ela", 2, "sel", 3)));
        assertThat(CommunitiesOfPractice.problem(tied)).isEqualTo("ela");
    }

    @Test
    void schoolsSharingAProblemAndLevelFormOneCommunity() {
        CommunitiesOfPractice.Result result = communities.group(List.of(focus("e3", "elementary", "math"),
                focus("e1", "elementary", "math"), focus("e2", "elementary", "math"),
                focus("m1", "middle", "ela"), focus("m2", "middle", "ela")));
        // problems in alphabetical order: ela, then math
        assertThat(result.communities()).containsExactly(new Community("ela", List.of("m1", "m2"), true),
                new Community("math", List.of("e1", "e2", "e3"), true));
        assertThat(result.unassigned()).isEmpty();
    }

    @Test
    void fiveSchoolsSplitThreeAndTwo() {
        // n = 5, k = ceil(5 / 4) = 2, sizes 5 / 2 = 2 and one more for the first: 3 + 2.
        List<PairingProfile> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(focus("s" + i, "high", "math"));
        }
        assertThat(communities.group(five).communities()).extracting(Community::schools)
                .containsExactly(List.of("s1", "s2", "s3"), List.of("s4", "s5"));
    }

    @Test
    void aSchoolAloneAtItsLevelJoinsItsProblemElsewhere() {
        CommunitiesOfPractice.Result result = communities.group(List.of(focus("e1", "elementary", "math"),
                focus("e2", "elementary", "math"), focus("m1", "middle", "math")));
        assertThat(result.communities()).containsExactly(new Community("math", List.of("e1", "e2", "m1"), false));
    }

    @Test
    void schoolsWithoutAPartnerOnTheirProblemFormAMixedCommunity() {
        CommunitiesOfPractice.Result result = communities.group(List.of(focus("a", "elementary", "math"),
                focus("b", "elementary", "ela")));
        assertThat(result.communities()).containsExactly(new Community("mixed: ela, math", List.of("a", "b"), true));
    }

    @Test
    void aLoneSchoolWhenEveryCommunityIsFullTakesAMemberIntoANewPair() {
        // four math schools fill one community; the ela school cannot join and takes d into a pair.
        CommunitiesOfPractice.Result result = communities.group(List.of(focus("a", "high", "math"),
                focus("b", "high", "math"), focus("c", "high", "math"), focus("d", "high", "math"),
                focus("e", "high", "ela")));
        assertThat(result.communities()).extracting(Community::schools)
                .containsExactly(List.of("a", "b", "c"), List.of("d", "e"));
        assertThat(result.communities().get(1).problem()).isEqualTo("mixed: ela, math");
    }

    @Test
    void onlyASingleFocusSchoolIsLeftUnassigned() {
        assertThat(communities.group(List.of(focus("a", "high", "math"))).unassigned()).containsExactly("a");
    }

    @Test
    void everySchoolIsPlacedOnceInCommunitiesOfTwoToFour() {
        Random random = new Random(42);
        List<String> levels = List.of("elementary", "middle", "high");
        List<String> metrics = List.of("ela", "math", "chronic_absence", "suspension", "sel_positive");
        for (int trial = 0; trial < 300; trial++) {
            int count = 2 + random.nextInt(30);
            List<PairingProfile> schools = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Map<String, Integer> metricLevels = new TreeMap<>();
                for (String metric : metrics) {
                    metricLevels.put(metric, 1 + random.nextInt(10));
                }
                schools.add(new PairingProfile("s" + i, levels.get(random.nextInt(3)), BigDecimal.ONE, BigDecimal.ZERO,
                        BigDecimal.ZERO, new TreeMap<>(), 300, new TreeMap<>(metricLevels)));
            }
            CommunitiesOfPractice.Result result = communities.group(schools);
            Set<String> seen = new HashSet<>();
            for (Community community : result.communities()) {
                assertThat(community.schools().size()).as("trial %d", trial).isBetween(2, 4);
                community.schools().forEach(id -> assertThat(seen.add(id)).as("placed twice: %s", id).isTrue());
            }
            assertThat(result.unassigned()).isEmpty();
            assertThat(seen).hasSize(count);
            // same input, same communities
            assertThat(communities.group(schools)).isEqualTo(result);
        }
    }
}
