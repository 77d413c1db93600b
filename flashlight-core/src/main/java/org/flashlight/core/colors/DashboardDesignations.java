package org.flashlight.core.colors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CA-3: Comprehensive Support and Improvement (CSI) and Additional Targeted Support and Improvement
 * (ATSI) from a school's indicator colors. CSI (low performing): a Title I school whose all-students
 * colors match a {@link ColorPattern}. CSI (graduation): a two-year average graduation rate below 68%.
 * ATSI: a school not in CSI with a student group whose colors match a pattern.
 */
public final class DashboardDesignations {

    public static final String CSI_LOW_PERFORMING = "CSI (low performing)";
    public static final String CSI_GRADUATION = "CSI (graduation)";
    public static final String ATSI = "ATSI";

    private final int minIndicators;
    private final int graduationPercent;

    /**
     * @param minIndicators colors a school or group needs before a pattern can fire (Flashlight: 2)
     * @param graduationPercent the CSI graduation threshold (CDE: 68)
     */
    public DashboardDesignations(int minIndicators, int graduationPercent) {
        if (minIndicators < 1) {
            throw new IllegalArgumentException("minIndicators must be >= 1, got " + minIndicators);
        }
        this.minIndicators = minIndicators;
        this.graduationPercent = graduationPercent;
    }

    public static DashboardDesignations california() {
        return new DashboardDesignations(2, 68);
    }

    /** The school's designations: CSI ones first, then ATSI by group id; empty when none applies. */
    public List<Designation> designate(SchoolColors school) {
        List<Designation> csi = new ArrayList<>();
        if (school.titleI()) {
            firstPattern(school.allStudents().values()).ifPresent(pattern -> csi.add(new Designation(
                    CSI_LOW_PERFORMING, "all", pattern.rule() + " (" + ColorPattern.tally(school.allStudents().values())
                            + "), Title I school")));
        }
        school.graduation().filter(cohorts -> cohorts.belowPercent(graduationPercent)).ifPresent(cohorts ->
                csi.add(new Designation(CSI_GRADUATION, "all", "two-year average graduation rate "
                        + cohorts.graduates() + "/" + cohorts.cohort() + " below " + graduationPercent + "%")));
        if (!csi.isEmpty()) {
            return List.copyOf(csi);
        }
        List<Designation> atsi = new ArrayList<>();
        for (Map.Entry<String, ? extends Map<String, Color>> group : school.groups().entrySet()) {
            Collection<Color> colors = group.getValue().values();
            firstPattern(colors).ifPresent(pattern -> atsi.add(new Designation(ATSI, group.getKey(),
                    "group " + group.getKey() + ": " + pattern.rule() + " (" + ColorPattern.tally(colors)
                            + "), school not in CSI")));
        }
        return List.copyOf(atsi);
    }

    private Optional<ColorPattern> firstPattern(Collection<Color> colors) {
        for (ColorPattern pattern : ColorPattern.values()) {
            if (pattern.matches(colors, minIndicators)) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }
}
