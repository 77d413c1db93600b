package org.flashlight.duckdb.growth;

import java.util.List;

/**
 * What a growth computation did: the fits made and the progressions left without SGPs.
 *
 * @param scores    scores that entered (one per student, subject and year: R-7's row of a regular assessment)
 * @param fits      one line per fitted progression and order, e.g. {@code 2024 sbac ela grade 5, 2 priors: 1,412 students}
 * @param tooSmall  one line per progression and order below the minimum cohort size
 * @param students  rows written to {@code student_growth}
 */
public record GrowthSummary(long scores, List<String> fits, List<String> tooSmall, long students) {
    public GrowthSummary {
        fits = List.copyOf(fits);
        tooSmall = List.copyOf(tooSmall);
    }
}
