package org.flashlight.core.targets;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * MA-3: the weight of each indicator category in a criterion-referenced target percentage, in percent.
 * DESE's published sets (2018 on; the 2019 and 2024 accountability reports print them per column):
 * non-high-school grades 60/20/-/10/10, high-school grades 40/20/20/10/10, and without English
 * language proficiency 67.5/22.5/-/-/10 (non-high school, and every lowest-performing-students column)
 * and 47.5/22.5/20/-/10 (high school).
 */
public record CategoryWeights(Map<IndicatorCategory, Fraction> weights) {

    public CategoryWeights {
        weights = Map.copyOf(new EnumMap<>(weights));
    }

    public static CategoryWeights nonHighSchool() {
        return of("60", "20", null, "10", "10");
    }

    public static CategoryWeights highSchool() {
        return of("40", "20", "20", "10", "10");
    }

    public static CategoryWeights nonHighSchoolWithoutElp() {
        return of("67.5", "22.5", null, null, "10");
    }

    public static CategoryWeights highSchoolWithoutElp() {
        return of("47.5", "22.5", "20", null, "10");
    }

    /** The published set for a grade span and whether the column has an English proficiency indicator. */
    public static CategoryWeights published(boolean highSchoolGrades, boolean hasEnglishProficiency) {
        if (highSchoolGrades) {
            return hasEnglishProficiency ? highSchool() : highSchoolWithoutElp();
        }
        return hasEnglishProficiency ? nonHighSchool() : nonHighSchoolWithoutElp();
    }

    private static CategoryWeights of(String achievement, String growth, String completion, String english,
            String additional) {
        Map<IndicatorCategory, Fraction> map = new EnumMap<>(IndicatorCategory.class);
        put(map, IndicatorCategory.ACHIEVEMENT, achievement);
        put(map, IndicatorCategory.GROWTH, growth);
        put(map, IndicatorCategory.HIGH_SCHOOL_COMPLETION, completion);
        put(map, IndicatorCategory.ENGLISH_LANGUAGE_PROFICIENCY, english);
        put(map, IndicatorCategory.ADDITIONAL, additional);
        return new CategoryWeights(map);
    }

    private static void put(Map<IndicatorCategory, Fraction> map, IndicatorCategory category, String weight) {
        if (weight != null) {
            map.put(category, Fraction.of(weight));
        }
    }

    public Optional<Fraction> weight(IndicatorCategory category) {
        return Optional.ofNullable(weights.get(category));
    }
}
