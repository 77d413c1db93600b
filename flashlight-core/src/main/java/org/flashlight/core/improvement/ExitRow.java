package org.flashlight.core.improvement;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One condition for a designated school to leave its designation (MA-5), a row of exit_status.csv.
 *
 * @param condition what must hold, with the school's number and the line, in words
 * @param met       whether it holds now
 * @param distance  how far the school is from it, in the unit the condition names (0 when met); empty when
 *                  the rule has no single number to move (a colour pattern)
 * @param exits     whether every condition of this designation holds, i.e. the school would leave it
 */
public record ExitRow(int schoolYear, String schoolId, String frameworkLevel, String designation, String condition,
        boolean met, Optional<BigDecimal> distance, boolean exits) {
    public ExitRow {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(frameworkLevel, "frameworkLevel");
        Objects.requireNonNull(designation, "designation");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(distance, "distance");
    }
}
