package org.flashlight.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MA-4: focused/targeted and broad/comprehensive support (DESE, profiles help, "Reason for
 * classification"). Focused/targeted: among the lowest 10% by accountability percentile (percentile
 * 10 or below), a group whose own percentile is 5 or below, a four-year graduation rate below 66.7%, or
 * participation below 95% for all students or any group in any subject. Broad/comprehensive: among the
 * lowest 5% of Title I schools, or a graduation rate below 66.7% (spec MA-4). A school in both gets
 * the more intensive category; every rule that fired is kept, prefixed by its category.
 */
public record SupportIdentification(int lowestPercentile, int groupPercentile, Fraction graduationBelow,
        Fraction participationBelow) {

    public static SupportIdentification massachusetts() {
        return new SupportIdentification(10, 5, Fraction.of("0.667"), Fraction.of("0.95"));
    }

    public SupportDecision identify(SchoolStanding school) {
        List<String> broad = new ArrayList<>();
        List<String> focused = new ArrayList<>();
        if (school.lowestFivePercentOfTitleI()) {
            broad.add("broad/comprehensive: among the lowest 5% of Title I schools");
        }
        boolean lowGraduation = school.graduationRate().filter(rate -> rate.compareTo(graduationBelow) < 0).isPresent();
        String graduation = school.graduationRate().map(rate -> "graduation rate " + percent(rate) + " below "
                + percent(graduationBelow)).orElse("");
        if (lowGraduation) {
            broad.add("broad/comprehensive: " + graduation);
        }
        if (school.percentile() <= lowestPercentile) {
            focused.add("focused/targeted: accountability percentile " + school.percentile() + " is "
                    + lowestPercentile + " or below (lowest " + lowestPercentile + "%)");
        }
        for (Map.Entry<String, Integer> group : school.groupPercentiles().entrySet()) {
            if (group.getValue() <= groupPercentile) {
                focused.add("focused/targeted: group " + group.getKey() + " percentile " + group.getValue()
                        + " is " + groupPercentile + " or below");
            }
        }
        if (lowGraduation) {
            focused.add("focused/targeted: " + graduation);
        }
        for (Map.Entry<String, Fraction> rate : school.participation().entrySet()) {
            if (rate.getValue().compareTo(participationBelow) < 0) {
                focused.add("focused/targeted: participation " + rate.getKey() + " " + percent(rate.getValue())
                        + " below " + percent(participationBelow));
            }
        }
        List<String> rules = new ArrayList<>(broad);
        rules.addAll(focused);
        SupportCategory category = !broad.isEmpty() ? SupportCategory.BROAD_COMPREHENSIVE
                : !focused.isEmpty() ? SupportCategory.FOCUSED_TARGETED : SupportCategory.NONE;
        return new SupportDecision(school.schoolId(), category, rules);
    }

    static String percent(Fraction share) {
        return share.times(Fraction.of(100)).toDecimal(2).stripTrailingZeros().toPlainString() + "%";
    }
}
