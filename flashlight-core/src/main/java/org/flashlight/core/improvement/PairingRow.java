package org.flashlight.core.improvement;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.flashlight.core.support.SchoolPair;

/**
 * One priority school and its reward-school partner (CORE-7), a row of school_pairings.csv; a priority
 * school left without a partner has an empty partner and a note saying why.
 *
 * @param distance  the demographic distance of the pair (standardized features, {@code DemographicDistance})
 * @param strengths the metrics where the partner's level is at least 3 above the priority school's
 */
public record PairingRow(int schoolYear, String prioritySchool, String priorityLevel, String rewardSchool,
        String rewardLevel, OptionalDouble distance, List<SchoolPair.Strength> strengths, String note) {
    public PairingRow {
        Objects.requireNonNull(prioritySchool, "prioritySchool");
        rewardSchool = Objects.requireNonNullElse(rewardSchool, "");
        rewardLevel = Objects.requireNonNullElse(rewardLevel, "");
        strengths = List.copyOf(strengths);
        note = Objects.requireNonNullElse(note, "");
    }

    public boolean paired() {
        return !rewardSchool.isEmpty();
    }
}
