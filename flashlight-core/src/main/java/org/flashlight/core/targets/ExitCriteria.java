package org.flashlight.core.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * MA-5 (seed 000, "Exiting Improvement Status"): a comprehensive-support school exits when it meets its
 * achievement, growth and gap-closing targets; a targeted-support school exits when the group that led
 * to its identification rises above the 20th percentile for that group and meets its annual targets.
 * Flashlight reads "meets its annual targets" as a criterion-referenced target percentage of at least
 * 75% for the group (DESE's "meeting targets" line), and gap-closing targets as the targets of the
 * lowest-performing or high-needs group. Each condition carries its distance, so a school sees how far
 * it is from exit.
 */
public record ExitCriteria(int abovePercentile, Fraction meetingTargets) {

    public static ExitCriteria massachusetts() {
        return new ExitCriteria(20, Fraction.of(3, 4));
    }

    /** Comprehensive support: every target met, in the three families. */
    public List<ExitCondition> comprehensive(List<TargetStanding> achievement, List<TargetStanding> growth,
            List<TargetStanding> gapClosing) {
        List<ExitCondition> conditions = new ArrayList<>();
        add(conditions, "achievement", achievement);
        add(conditions, "growth", growth);
        add(conditions, "gap closing", gapClosing);
        return List.copyOf(conditions);
    }

    /** Targeted support: the identifying group's percentile and its target percentage (a share 0..1). */
    public List<ExitCondition> targeted(String group, int groupPercentile, Fraction groupTargetPercentage) {
        int needed = abovePercentile + 1;
        ExitCondition percentile = new ExitCondition("group " + group + " percentile " + groupPercentile
                + " above " + abovePercentile + " (distance in percentile points)", groupPercentile > abovePercentile,
                Fraction.of(Math.max(0, needed - groupPercentile)));
        Fraction gap = meetingTargets.minus(groupTargetPercentage);
        ExitCondition targets = new ExitCondition("group " + group + " target percentage "
                + SupportIdentification.percent(groupTargetPercentage) + " at least "
                + SupportIdentification.percent(meetingTargets) + " (distance as a share)", gap.signum() <= 0,
                gap.signum() > 0 ? gap : Fraction.ZERO);
        return List.of(percentile, targets);
    }

    public static boolean exits(List<ExitCondition> conditions) {
        return conditions.stream().allMatch(ExitCondition::met);
    }

    private static void add(List<ExitCondition> conditions, String family, List<TargetStanding> standings) {
        for (TargetStanding standing : standings) {
            conditions.add(new ExitCondition(family + ": " + standing.indicator() + " (" + standing.group() + ") "
                    + standing.value().toDecimal(2) + " against the target " + standing.target().toDecimal(2),
                    standing.met(), standing.shortfall()));
        }
    }
}
