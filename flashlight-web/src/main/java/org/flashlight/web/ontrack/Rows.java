package org.flashlight.web.ontrack;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the on-track files, as read (fractions and percents kept as the exact decimals the files print,
 * so nothing is rounded twice). Immutable.
 */
public final class Rows {
    private Rows() {
    }

    /** A feature code of {@code top_factors}, "g9_attendance:-0.412". */
    public record FactorCode(String featureId, BigDecimal contribution) {
    }

    /** One line of student_ontrack.csv: a student's probability at one checkpoint of one indicator. */
    public record StudentRow(int schoolYear, String studentId, String schoolId, String indicator, int checkpointMonth,
            BigDecimal probability, Optional<BigDecimal> previousProbability, Optional<BigDecimal> change,
            Optional<Boolean> ruleMet, List<String> unmetComponents, List<FactorCode> topFactors,
            Optional<BigDecimal> pGraduation, Optional<BigDecimal> pCollegeEnrollment, Optional<BigDecimal> pAgCompletion) {
        public StudentRow {
            unmetComponents = List.copyOf(unmetComponents);
            topFactors = List.copyOf(topFactors);
        }
    }

    /** One line of support_lists.csv: a listed student's latest update, with the reasons in words. */
    public record SupportRow(String schoolId, int schoolYear, String studentId, String indicator, int checkpointMonth,
            BigDecimal probability, Optional<BigDecimal> previousProbability, List<String> reasons, String why,
            String strengths) {
        public SupportRow {
            reasons = List.copyOf(reasons);
        }

        /** Listed because something changed since the last update (the file puts these first). */
        public boolean newlyFlagged() {
            return reasons.stream().anyMatch(r -> r.startsWith("newly_"));
        }
    }

    /** One line of ontrack_rollup.csv. {@code ruleMet} is empty where the indicator has no rule. */
    public record RollupRow(int schoolYear, String level, String entityId, String indicator, String group, long students,
            BigDecimal meanProbability, BigDecimal belowThreshold, Optional<BigDecimal> ruleMet,
            BigDecimal meanProbabilityFirstUpdate, BigDecimal changeOverYear) {
    }

    /** One line of gap_tables.csv: a metric's rate for the target group against the rest, in percent and points. */
    public record GapTableRow(String metric, int schoolYear, String level, String entityId, String group,
            BigDecimal groupPercent, long groupN, String comparison, BigDecimal comparisonPercent, long comparisonN,
            BigDecimal gapPoints, Optional<BigDecimal> gapPointsPriorYear, Optional<BigDecimal> gapChange) {
    }

    /** One line of group_rates.csv: a metric's rate for one group, with the year before and the change. */
    public record GroupRateRow(String metric, int schoolYear, String level, String entityId, String group, long numerator,
            long denominator, BigDecimal percent, Optional<BigDecimal> percentPriorYear,
            Optional<BigDecimal> changePoints) {
    }

    /** A school as the views name it; without a directory the name is the id and the district is unknown. */
    public record SchoolEntry(String id, String name, String districtId, String districtName) {
        public boolean inDistrict(String district) {
            return !districtId.isEmpty() && districtId.equals(district);
        }
    }
}
