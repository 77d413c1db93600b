package org.flashlight.core.support;

import java.util.List;

/**
 * A priority school paired with a reward school (CORE-7), their demographic distance, and the areas
 * where the reward school is strong and the priority school weak, largest difference first.
 */
public record SchoolPair(String prioritySchool, String rewardSchool, double distance, List<Strength> strengths) {

    /** A metric where the reward school's level exceeds the priority school's by at least the set gap. */
    public record Strength(String metric, int rewardLevel, int priorityLevel) {

        public int difference() {
            return rewardLevel - priorityLevel;
        }
    }

    public SchoolPair {
        strengths = List.copyOf(strengths);
    }
}
