package org.flashlight.web.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of school_results: the summative score (present only where the framework publishes it), the
 * rating label, the designations and the rule that fired for each.
 */
public record SchoolOutcome(int year, String schoolId, String frameworkLevel, Optional<BigDecimal> score,
        String rating, List<String> designations, String detail) {
    public SchoolOutcome {
        Objects.requireNonNull(schoolId, "schoolId is null");
        frameworkLevel = Objects.requireNonNullElse(frameworkLevel, "");
        Objects.requireNonNull(score, "score is null");
        rating = Objects.requireNonNullElse(rating, "");
        designations = List.copyOf(designations);
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** The same row without its score, for a framework whose publish_score is false. */
    public SchoolOutcome withoutScore() {
        return new SchoolOutcome(year, schoolId, frameworkLevel, Optional.empty(), rating, designations, detail);
    }
}
