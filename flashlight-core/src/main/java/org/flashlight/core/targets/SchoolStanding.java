package org.flashlight.core.targets;

import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What MA-4 identification reads about a school.
 *
 * @param percentile the school's accountability percentile, 1-99
 * @param groupPercentiles each reported group's own percentile among that group statewide
 * @param graduationRate the four-year graduation rate of all students (0..1), for a high school
 * @param participation assessment participation (0..1) by "group subject", e.g. "swd ela"
 * @param lowestFivePercentOfTitleI whether the school is among the lowest 5% of Title I schools by
 *     percentile (NC-4, computed by the generic "lowest x%" rule)
 */
public record SchoolStanding(String schoolId, int percentile, SortedMap<String, Integer> groupPercentiles,
        Optional<Fraction> graduationRate, SortedMap<String, Fraction> participation,
        boolean lowestFivePercentOfTitleI) {

    public SchoolStanding {
        Objects.requireNonNull(schoolId, "schoolId is null");
        if (percentile < 1 || percentile > 99) {
            throw new IllegalArgumentException(schoolId + ": a percentile is 1-99, got " + percentile);
        }
        groupPercentiles = new TreeMap<>(groupPercentiles);
        participation = new TreeMap<>(participation);
    }
}
