package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What scoring needs to know of a school in a year (schools.csv), and its share of economically
 * disadvantaged students (for poverty quartiles, FW-4, and "similar demographics", CORE-6).
 *
 * @param gradeLow   lowest served grade (PK = -1, KG = 0)
 * @param econShare  share of enrolled students who are econ_disadv, 0..1, or null when unknown
 */
public record SchoolProfile(int schoolYear, String schoolId, String schoolName, String districtId, String schoolType,
        int gradeLow, int gradeHigh, boolean titleI, BigDecimal econShare) {
    public SchoolProfile {
        Objects.requireNonNull(schoolId, "schoolId");
        schoolName = Objects.requireNonNullElse(schoolName, schoolId);
        districtId = Objects.requireNonNullElse(districtId, "");
        schoolType = Objects.requireNonNullElse(schoolType, "");
    }
}
