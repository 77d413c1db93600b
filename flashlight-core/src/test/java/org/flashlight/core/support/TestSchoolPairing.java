package org.flashlight.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TestSchoolPairing {

    private static PairingProfile school(String id, String poverty) {
        return school(id, poverty, Map.of());
    }

    private static PairingProfile school(String id, String poverty, Map<String, Integer> levels) {
        return new PairingProfile(id, "elementary", new BigDecimal(poverty), new BigDecimal("0.2"),
                new BigDecimal("0.1"), new TreeMap<>(Map.of("hispanic", new BigDecimal("0.5"))), 400,
                new TreeMap<>(levels));
    }

    @Test
    void theAssignmentBeatsGreedyMatching() {
        // Greedy takes row 0 -> column 0 (cost 1) and leaves row 1 with 100: total 101.
        // The optimum crosses over: 2 + 1 = 3.
        int[] assignment = Assignment.solve(new double[][] {{1, 2}, {1, 100}});
        assertThat(assignment).containsExactly(1, 0);
    }

    @Test
    void moreRowsThanColumnsLeavesTheCostliestRowOut() {
        // Only one column: the row with the least cost (row 1, cost 3) gets it.
        assertThat(Assignment.solve(new double[][] {{5}, {3}, {4}})).containsExactly(-1, 0, -1);
    }

    @Test
    void pairsByStandardizedDistance() {
        // Only poverty varies: 0.90, 0.20 (priority), 0.88, 0.25 (reward). Mean 2.23 / 4 = 0.5575;
        // squared deviations 0.11730625 + 0.12780625 + 0.10400625 + 0.09455625 = 0.443675; population
        // variance 0.11091875. P1-R1 distance = |0.90 - 0.88| / sqrt(0.11091875) = 0.0601.
        SchoolPairing.Result result = SchoolPairing.core().pair(
                List.of(school("P1", "0.90"), school("P2", "0.20")),
                List.of(school("R1", "0.88"), school("R2", "0.25")));
        assertThat(result.pairs()).extracting(SchoolPair::prioritySchool, SchoolPair::rewardSchool)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", "R1"),
                        org.assertj.core.groups.Tuple.tuple("P2", "R2"));
        double sd = Math.sqrt(0.11091875);
        assertThat(result.pairs().get(0).distance()).isCloseTo(0.02 / sd, within(1e-12));
        assertThat(result.pairs().get(1).distance()).isCloseTo(0.05 / sd, within(1e-12));
        assertThat(result.unpairedPrioritySchools()).isEmpty();
    }

    @Test
    void listsWhereTheRewardSchoolIsStrongLargestGapFirst() {
        PairingProfile priority = school("P", "0.8", Map.of("ela", 4, "math", 2, "suspension", 1, "sel", 9));
        PairingProfile reward = school("R", "0.8", Map.of("ela", 6, "math", 6, "suspension", 9, "sel", 10));
        SchoolPair pair = SchoolPairing.core().pair(List.of(priority), List.of(reward)).pairs().get(0);
        // suspension 9 - 1 = 8, math 6 - 2 = 4; ela 6 - 4 = 2 and sel 10 - 9 = 1 are under the gap of 3.
        assertThat(pair.strengths()).containsExactly(new SchoolPair.Strength("suspension", 9, 1),
                new SchoolPair.Strength("math", 6, 2));
        assertThat(pair.distance()).isZero();
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        Random random = new Random(7);
        List<PairingProfile> priority = randomSchools(random, "P", 5);
        List<PairingProfile> reward = randomSchools(random, "R", 7);
        SchoolPairing.Result first = SchoolPairing.core().pair(priority, reward);
        List<PairingProfile> shuffledPriority = new ArrayList<>(priority);
        List<PairingProfile> shuffledReward = new ArrayList<>(reward);
        Collections.shuffle(shuffledPriority, new Random(1));
        Collections.shuffle(shuffledReward, new Random(2));
        assertThat(SchoolPairing.core().pair(shuffledPriority, shuffledReward)).isEqualTo(first);
    }

    @Test
    void theAssignmentIsOptimalAgainstBruteForce() {
        // Seeded cases, 1-5 priority and 1-6 reward schools (either may be larger): the total distance
        // equals the least total over every one-to-one assignment.
        Random random = new Random(20261123);
        for (int trial = 0; trial < 300; trial++) {
            int priorityCount = 1 + random.nextInt(5);
            int rewardCount = 1 + random.nextInt(6);
            List<PairingProfile> priority = randomSchools(random, "P", priorityCount);
            List<PairingProfile> reward = randomSchools(random, "R", rewardCount);
            SchoolPairing.Result result = SchoolPairing.core().pair(priority, reward);
            List<PairingProfile> everyone = new ArrayList<>(priority);
            everyone.addAll(reward);
            DemographicDistance distance = new DemographicDistance(everyone, SchoolPairing.core().levelOrder());
            double[][] cost = new double[priorityCount][rewardCount];
            for (int p = 0; p < priorityCount; p++) {
                for (int r = 0; r < rewardCount; r++) {
                    cost[p][r] = distance.between(priority.get(p), reward.get(r));
                }
            }
            assertThat(result.pairs()).hasSize(Math.min(priorityCount, rewardCount));
            assertThat(result.unpairedPrioritySchools()).hasSize(Math.max(0, priorityCount - rewardCount));
            assertThat(result.totalDistance()).as("trial %d", trial).isCloseTo(bruteForce(cost), within(1e-9));
        }
    }

    @Test
    void aSchoolListedTwiceIsAnError() {
        assertThatThrownBy(() -> SchoolPairing.core().pair(List.of(school("P", "0.5"), school("P", "0.6")),
                List.of(school("R", "0.5")))).hasMessageContaining("school P is listed twice");
    }

    /** The least total cost over every assignment of min(rows, columns) distinct pairs. */
    private static double bruteForce(double[][] cost) {
        int rows = cost.length;
        int columns = cost[0].length;
        if (rows <= columns) {
            return best(cost, 0, new boolean[columns]);
        }
        double[][] transposed = new double[columns][rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                transposed[c][r] = cost[r][c];
            }
        }
        return best(transposed, 0, new boolean[rows]);
    }

    private static double best(double[][] cost, int row, boolean[] used) {
        if (row == cost.length) {
            return 0;
        }
        double least = Double.POSITIVE_INFINITY;
        for (int c = 0; c < used.length; c++) {
            if (!used[c]) {
                used[c] = true;
                least = Math.min(least, cost[row][c] + best(cost, row + 1, used));
                used[c] = false;
            }
        }
        return least;
    }

    private static List<PairingProfile> randomSchools(Random random, String prefix, int count) {
        List<String> levels = List.of("elementary", "middle", "high");
        List<PairingProfile> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double hispanic = random.nextInt(60) / 100.0;
            double black = random.nextInt(40) / 100.0;
            schools.add(new PairingProfile(prefix + i, levels.get(random.nextInt(3)),
                    BigDecimal.valueOf(random.nextInt(101), 2), BigDecimal.valueOf(random.nextInt(51), 2),
                    BigDecimal.valueOf(random.nextInt(31), 2),
                    new TreeMap<>(Map.of("hispanic", BigDecimal.valueOf(hispanic), "black", BigDecimal.valueOf(black),
                            "white", BigDecimal.valueOf(1 - hispanic - black))),
                    100 + random.nextInt(2000), new TreeMap<>()));
        }
        return schools;
    }
}
