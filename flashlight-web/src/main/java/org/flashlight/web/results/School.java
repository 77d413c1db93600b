package org.flashlight.web.results;

import java.util.Objects;

/** A school as the bundle's schools table names it (its most recent year). */
public record School(String id, String name, String districtId, String districtName, String gradeLow,
        String gradeHigh, String type) {
    public School {
        Objects.requireNonNull(id, "id is null");
        name = Objects.requireNonNullElse(name, id);
        districtId = Objects.requireNonNullElse(districtId, "");
        districtName = Objects.requireNonNullElse(districtName, districtId);
        gradeLow = Objects.requireNonNullElse(gradeLow, "");
        gradeHigh = Objects.requireNonNullElse(gradeHigh, "");
        type = Objects.requireNonNullElse(type, "");
    }

    /** "Grades 6-8", or empty when the grades are unknown. */
    public String grades() {
        return gradeLow.isEmpty() ? "" : "Grades " + gradeLow + "-" + gradeHigh;
    }
}
