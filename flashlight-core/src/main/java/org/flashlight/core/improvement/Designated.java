package org.flashlight.core.improvement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.accountability.ScoringOutcome;

/**
 * The schools holding a designation in each year, once each: a school designated in two framework levels
 * (a split school) is taken in the first of them (school results are in school id, then level order).
 */
final class Designated {
    private Designated() {
    }

    /** Year -> the school results holding {@code designation} (exactly, or as {@code designation:group}). */
    static Map<Integer, List<SchoolScore>> byYear(ScoringOutcome outcome, String designation) {
        Map<Integer, Map<String, SchoolScore>> byYear = new TreeMap<>();
        for (SchoolScore s : outcome.schools()) {
            if (s.designations().stream().anyMatch(d -> d.id().equals(designation)
                    || d.id().startsWith(designation + ":"))) {
                byYear.computeIfAbsent(s.schoolYear(), y -> new LinkedHashMap<>()).putIfAbsent(s.schoolId(), s);
            }
        }
        Map<Integer, List<SchoolScore>> lists = new TreeMap<>();
        byYear.forEach((year, schools) -> lists.put(year, new ArrayList<>(schools.values())));
        return lists;
    }
}
