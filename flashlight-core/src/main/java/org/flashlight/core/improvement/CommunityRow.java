package org.flashlight.core.improvement;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A focus school's place in a community of practice (CORE-8), a row of communities_of_practice.csv.
 *
 * @param community     the community's number within the year (1, 2, ...), empty when the school has none
 * @param problem       the community's problem of practice (the shared weakest metric or "metric group")
 * @param weakest       the school's own weakest entry, with {@code weakestLevel} its level (1-10)
 * @param sameLevel     whether every member of the community is of the same framework level
 */
public record CommunityRow(int schoolYear, OptionalInt community, String problem, String schoolId,
        String frameworkLevel, String weakest, OptionalInt weakestLevel, boolean sameLevel, String note) {
    public CommunityRow {
        Objects.requireNonNull(schoolId, "schoolId");
        problem = Objects.requireNonNullElse(problem, "");
        weakest = Objects.requireNonNullElse(weakest, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
