package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A school's value of one metric for one student group and year, as metric_results.csv writes it: the
 * numbers a reviewer recomputes a score from.
 *
 * @param frameworkLevel the framework level the row was computed for (a split K-8 school), or empty for the
 *                       whole school
 * @param numerator      null for medians and changes (metrics.md R-5)
 * @param students       the units min n is tested on
 * @param minNApplies    whether min n decides if the value counts (false for CLASS observations)
 */
public record SchoolValue(int schoolYear, String schoolId, String frameworkLevel, String metric, String group,
        BigDecimal numerator, BigDecimal denominator, long students, BigDecimal value, boolean minNApplies) {
    public SchoolValue {
        Objects.requireNonNull(schoolId, "schoolId");
        frameworkLevel = Objects.requireNonNullElse(frameworkLevel, "");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(value, "value");
    }

    /** Whether the value counts in scoring under a framework's min n (metrics.md "Minimum n"). */
    public boolean counts(int minN) {
        return !minNApplies || students >= minN;
    }
}
