package org.flashlight.core.support;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What pairing and communities of practice read about a school (CORE-7, CORE-8).
 *
 * @param level the school's level, e.g. "elementary", "middle", "high"
 * @param poverty share of students economically disadvantaged, 0..1
 * @param englishLearners share of English learners, 0..1
 * @param disabilities share of students with disabilities, 0..1
 * @param raceShares share of students in each race/ethnicity group, 0..1
 * @param enrollment number of students
 * @param metricLevels the school's CORE level (1-10) per metric, or per "metric group" for a subgroup
 */
public record PairingProfile(String schoolId, String level, BigDecimal poverty, BigDecimal englishLearners,
        BigDecimal disabilities, SortedMap<String, BigDecimal> raceShares, int enrollment,
        SortedMap<String, Integer> metricLevels) {

    public PairingProfile {
        Objects.requireNonNull(schoolId, "schoolId is null");
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(poverty, "poverty is null");
        Objects.requireNonNull(englishLearners, "englishLearners is null");
        Objects.requireNonNull(disabilities, "disabilities is null");
        if (enrollment < 1) {
            throw new IllegalArgumentException(schoolId + ": enrollment must be >= 1, got " + enrollment);
        }
        raceShares = new TreeMap<>(raceShares);
        metricLevels = new TreeMap<>(metricLevels);
    }
}
