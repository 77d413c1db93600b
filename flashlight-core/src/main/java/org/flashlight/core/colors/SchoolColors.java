package org.flashlight.core.colors;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A school's Dashboard colors, the input to CA-3.
 *
 * @param allStudents indicator id to color for all students (indicators without a color left out)
 * @param groups student group id to that group's indicator colors
 * @param graduation the two most recent graduation cohorts, for a school that graduates students
 */
public record SchoolColors(String schoolId, boolean titleI, SortedMap<String, Color> allStudents,
        SortedMap<String, SortedMap<String, Color>> groups, Optional<GraduationCohorts> graduation) {

    public SchoolColors {
        Objects.requireNonNull(schoolId, "schoolId is null");
        allStudents = new TreeMap<>(allStudents);
        SortedMap<String, SortedMap<String, Color>> copy = new TreeMap<>();
        for (Map.Entry<String, SortedMap<String, Color>> group : groups.entrySet()) {
            copy.put(group.getKey(), new TreeMap<>(group.getValue()));
        }
        groups = copy;
    }
}
