package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A school's result under a framework in a year and framework level (one row of school_results.csv).
 *
 * @param score        the summative score (0..100), or null when the school has nothing scored
 * @param rating       the rating label, or empty
 * @param groupScores  each eligible group's own score on the same scale (TSI and focus rules compare them)
 * @param designations the designations, in rule order
 */
public record SchoolScore(int schoolYear, String schoolId, String frameworkLevel, BigDecimal score, String rating,
        Map<String, BigDecimal> groupScores, List<Designation> designations) {
    public SchoolScore {
        groupScores = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(groupScores));
        designations = List.copyOf(designations);
    }

    public SchoolScore withDesignations(List<Designation> newDesignations) {
        return new SchoolScore(schoolYear, schoolId, frameworkLevel, score, rating, groupScores, newDesignations);
    }

    public SchoolScore withScore(BigDecimal newScore, String newRating) {
        return new SchoolScore(schoolYear, schoolId, frameworkLevel, newScore, newRating, groupScores, designations);
    }
}
