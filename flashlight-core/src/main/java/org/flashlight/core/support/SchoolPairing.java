package org.flashlight.core.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * CORE-7: pairs each priority school with a different reward school so that the total demographic
 * distance ({@link DemographicDistance}) is least, an optimal one-to-one assignment ({@link
 * Assignment}), possibly across districts. Schools are taken in school id order, so the same schools
 * give the same pairs whatever order they come in. With more priority than reward schools, the
 * priority schools left without a partner are listed. Each pair lists the metrics where the reward
 * school's level is at least {@code strengthGap} above the priority school's (default 3: on CORE's
 * 1-10 scale, the width of a band such as 1-3 "below average").
 */
public record SchoolPairing(List<String> levelOrder, int strengthGap) {

    public record Result(List<SchoolPair> pairs, List<String> unpairedPrioritySchools) {

        public Result {
            pairs = List.copyOf(pairs);
            unpairedPrioritySchools = List.copyOf(unpairedPrioritySchools);
        }

        public double totalDistance() {
            return pairs.stream().mapToDouble(SchoolPair::distance).sum();
        }
    }

    public SchoolPairing {
        levelOrder = List.copyOf(levelOrder);
        if (strengthGap < 1) {
            throw new IllegalArgumentException("strengthGap must be >= 1, got " + strengthGap);
        }
    }

    public static SchoolPairing core() {
        return new SchoolPairing(List.of("elementary", "middle", "high"), 3);
    }

    public Result pair(List<PairingProfile> prioritySchools, List<PairingProfile> rewardSchools) {
        List<PairingProfile> priority = sorted(prioritySchools);
        List<PairingProfile> reward = sorted(rewardSchools);
        List<PairingProfile> everyone = new ArrayList<>(priority);
        everyone.addAll(reward);
        if (everyone.isEmpty()) {
            return new Result(List.of(), List.of());
        }
        DemographicDistance distance = new DemographicDistance(everyone, levelOrder);
        double[][] cost = new double[priority.size()][reward.size()];
        for (int p = 0; p < priority.size(); p++) {
            for (int r = 0; r < reward.size(); r++) {
                cost[p][r] = distance.between(priority.get(p), reward.get(r));
            }
        }
        int[] partner = Assignment.solve(cost);
        List<SchoolPair> pairs = new ArrayList<>();
        List<String> unpaired = new ArrayList<>();
        for (int p = 0; p < priority.size(); p++) {
            if (partner[p] < 0) {
                unpaired.add(priority.get(p).schoolId());
            } else {
                PairingProfile school = priority.get(p);
                PairingProfile partnerSchool = reward.get(partner[p]);
                pairs.add(new SchoolPair(school.schoolId(), partnerSchool.schoolId(), cost[p][partner[p]],
                        strengths(partnerSchool, school)));
            }
        }
        return new Result(pairs, unpaired);
    }

    List<SchoolPair.Strength> strengths(PairingProfile reward, PairingProfile priority) {
        List<SchoolPair.Strength> strengths = new ArrayList<>();
        for (Map.Entry<String, Integer> metric : priority.metricLevels().entrySet()) {
            Integer rewardLevel = reward.metricLevels().get(metric.getKey());
            if (rewardLevel != null && rewardLevel - metric.getValue() >= strengthGap) {
                strengths.add(new SchoolPair.Strength(metric.getKey(), rewardLevel, metric.getValue()));
            }
        }
        strengths.sort(Comparator.comparingInt(SchoolPair.Strength::difference).reversed()
                .thenComparing(SchoolPair.Strength::metric));
        return strengths;
    }

    private static List<PairingProfile> sorted(List<PairingProfile> schools) {
        List<PairingProfile> copy = new ArrayList<>(schools);
        copy.sort(Comparator.comparing(PairingProfile::schoolId));
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i).schoolId().equals(copy.get(i - 1).schoolId())) {
                throw new IllegalArgumentException("school " + copy.get(i).schoolId() + " is listed twice");
            }
        }
        return copy;
    }
}
