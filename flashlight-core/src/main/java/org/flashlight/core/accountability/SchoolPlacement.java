package org.flashlight.core.accountability;

import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.framework.ScoringSettings;

/**
 * The framework levels a school is scored in (STAR-1). A school whose type a level names is scored there
 * (e.g. {@code alternative}); otherwise the levels whose grades overlap the grades it serves: all of them
 * when the framework splits multi-level schools (a DC K-8 gets an elementary and a middle rating), else
 * the highest of them (levels are listed from the lowest grades up; a school growing into a level counts
 * in the level it is growing into). A framework without levels scores every school in one unnamed level.
 */
public final class SchoolPlacement {
    private SchoolPlacement() {
    }

    public static List<String> levels(SchoolProfile school, ScoringSettings scoring) {
        if (scoring.levels().isEmpty()) {
            return List.of("");
        }
        for (FrameworkLevel level : scoring.levels()) {
            if (level.schoolTypes().contains(school.schoolType())) {
                return List.of(level.id());
            }
        }
        List<String> overlapping = new ArrayList<>();
        for (FrameworkLevel level : scoring.levels()) {
            if (level.overlaps(school.gradeLow(), school.gradeHigh())) {
                overlapping.add(level.id());
            }
        }
        if (overlapping.size() <= 1 || scoring.splitMultiLevel()) {
            return List.copyOf(overlapping);
        }
        return List.of(overlapping.get(overlapping.size() - 1));
    }

    /** Whether the school is scored on the students of each level's grades separately (a split school). */
    public static boolean isSplit(SchoolProfile school, ScoringSettings scoring) {
        return scoring.splitMultiLevel() && levels(school, scoring).size() > 1;
    }
}
