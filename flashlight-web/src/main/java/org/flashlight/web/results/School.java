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

    /** "Grades 6-8", "Grades PK-5", or empty when the grades are unknown. */
    public String grades() {
        return gradeLow.isEmpty() ? "" : "Grades " + grade(gradeLow) + "-" + grade(gradeHigh);
    }

    /** The bundle's grade codes: -1 is pre-kindergarten, 0 kindergarten. */
    private static String grade(String code) {
        return switch (code) {
            case "-1" -> "PK";
            case "0" -> "K";
            default -> code;
        };
    }
}
