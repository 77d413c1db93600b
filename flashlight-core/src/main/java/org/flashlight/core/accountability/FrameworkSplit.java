package org.flashlight.core.accountability;

import java.util.List;
import java.util.Objects;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.framework.ScoringSettings;

/**
 * Which schools the metric engine also measures per framework level (STAR-1, outputs.md
 * {@code framework_level}), and over which grades: a school {@link SchoolPlacement#isSplit} says is split
 * gets one part per level it is placed in, each over the students of that level's grades; every other
 * school has no part. {@link #NONE} (a framework that does not split) measures whole schools only.
 * Immutable and thread-safe.
 *
 * @param scoring the framework's scoring section, whose levels and {@code split_multi_level_schools} decide
 */
public record FrameworkSplit(ScoringSettings scoring) {
    /** No school is split: the engine writes whole-school rows only. */
    public static final FrameworkSplit NONE = new FrameworkSplit(ScoringSettings.NONE);

    public FrameworkSplit {
        Objects.requireNonNull(scoring, "scoring is null");
    }

    /** Whether some school can be split at all (the framework splits multi-level schools). */
    public boolean splits() {
        return scoring.splitMultiLevel();
    }

    /**
     * The level parts of a school in one year, in the framework's level order: one per level for a split
     * school, none otherwise.
     */
    public List<LevelPart> parts(SchoolProfile school) {
        if (!SchoolPlacement.isSplit(school, scoring)) {
            return List.of();
        }
        return SchoolPlacement.levels(school, scoring).stream()
                .map(id -> scoring.level(id).orElseThrow())
                .map(LevelPart::of)
                .toList();
    }

    /**
     * One level of a split school: the rows of grades {@code gradeLow} .. {@code gradeHigh} (PK = -1,
     * KG = 0), the level's own grades, not cut to the grades the school serves, so that a stay in a grade
     * the school does not list still counts in the level of its grade.
     */
    public record LevelPart(String frameworkLevel, int gradeLow, int gradeHigh) {
        public LevelPart {
            Objects.requireNonNull(frameworkLevel, "frameworkLevel is null");
            if (frameworkLevel.isEmpty() || frameworkLevel.contains(":")) {
                throw new IllegalArgumentException("a framework level id must be non-empty and without ':', got '"
                        + frameworkLevel + "'");
            }
            if (gradeLow > gradeHigh) {
                throw new IllegalArgumentException(frameworkLevel + ": grade_low " + gradeLow + " is above grade_high "
                        + gradeHigh);
            }
        }

        /** The part of a level placed by grades (a split school is only ever placed by grades). */
        static LevelPart of(FrameworkLevel level) {
            if (!level.hasGrades()) {
                throw new IllegalArgumentException("level " + level.id() + " has no grades: a school cannot be split "
                        + "into it");
            }
            return new LevelPart(level.id(), level.gradeLow(), level.gradeHigh());
        }
    }
}
