package org.flashlight.core.improvement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A district's value of one metric for one student group and year (metric_results.csv rows at level
 * {@code district}), what MA-6's interim benchmarks plot.
 *
 * @param students the units min n is tested on
 */
public record DistrictValue(int schoolYear, String districtId, String metric, String group, BigDecimal value,
        long students) {
    public DistrictValue {
        Objects.requireNonNull(districtId, "districtId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(value, "value");
    }
}
