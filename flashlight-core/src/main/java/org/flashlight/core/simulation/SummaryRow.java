package org.flashlight.core.simulation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of simulation_summary.csv: the schools of a year in one district, school type or poverty
 * quartile (or the whole state), with their mean scores under A and B and how many change.
 *
 * @param dimension          {@code state}, {@code district}, {@code school_type} or {@code poverty_quartile}
 * @param key                the district id, school type, quartile 1..4 ({@code unknown} without a share), or
 *                           {@code all} for the state
 * @param schools            school results compared (a school scored in two framework levels counts twice)
 * @param meanA              mean score under A over the schools A scores, or null when it scores none
 * @param ratingsUp          schools rated higher under B (same rating scale)
 * @param ratingsDown        schools rated lower under B
 * @param ratingsGainedOrLost schools rated under one side only
 * @param changed            schools whose rating or a designation changes
 * @param designationsGained designations B gives that A does not (a school gaining two counts two)
 * @param designationsLost   designations A gives that B does not
 */
public record SummaryRow(int schoolYear, String dimension, String key, int schools, int scoredA, BigDecimal meanA,
        int scoredB, BigDecimal meanB, int ratingsUp, int ratingsDown, int ratingsGainedOrLost, int changed,
        int designationsGained, int designationsLost) {
    public SummaryRow {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(key, "key");
    }
}
