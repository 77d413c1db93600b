package org.flashlight.synth;

/**
 * The hidden truth about one school that later features should recover from the bundle.
 *
 * @param schoolId          school_id
 * @param districtId        district_id
 * @param schoolType        school_type code
 * @param elaGrowthEffect   yearly effect on ELA growth, in student standard deviations (value added)
 * @param mathGrowthEffect  yearly effect on math growth
 * @param scienceGrowthEffect yearly effect on science growth
 * @param absenceEffect     shift of its students' log-odds of absence
 * @param disciplineEffect  shift of the log-rate of disciplinary incidents
 * @param climateEffect     shift of survey answers (culture and climate)
 * @param plannedPoverty    planned share of poor students (from its zones)
 */
public record SchoolTruth(String schoolId, String districtId, String schoolType, double elaGrowthEffect,
        double mathGrowthEffect, double scienceGrowthEffect, double absenceEffect, double disciplineEffect,
        double climateEffect, double plannedPoverty) {
}
