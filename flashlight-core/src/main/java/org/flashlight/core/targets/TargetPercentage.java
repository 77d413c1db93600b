package org.flashlight.core.targets;

import java.util.List;
import java.util.Optional;

/**
 * MA-3: how the percentages of possible points combine into a school's criterion-referenced target
 * percentage (all values are shares 0..1).
 *
 * <ul>
 *   <li>per grade span: all students 75%, lowest performing students 25% (all students alone when the
 *   lowest performing group has no result);</li>
 *   <li>across grade spans (a middle/high or K-12 school, a district): a weighted mean with DESE's
 *   weights for the grade spans ("Weight of non-high school results: 66%", 2019 state report);</li>
 *   <li>cumulative: 40% the prior year's annual percentage + 60% the current one (the current one alone
 *   when there is no prior year).</li>
 * </ul>
 */
public final class TargetPercentage {

    private static final Fraction ALL_STUDENTS = Fraction.of(3, 4);
    private static final Fraction LOWEST_PERFORMING = Fraction.of(1, 4);
    private static final Fraction PRIOR_YEAR = Fraction.of(2, 5);
    private static final Fraction CURRENT_YEAR = Fraction.of(3, 5);

    private TargetPercentage() {
    }

    public static Fraction gradeSpan(Fraction allStudents, Optional<Fraction> lowestPerforming) {
        return lowestPerforming.map(lowest -> ALL_STUDENTS.times(allStudents).plus(LOWEST_PERFORMING.times(lowest)))
                .orElse(allStudents);
    }

    /** A weighted mean of grade-span percentages; the weights need not sum to one. */
    public static Fraction acrossGradeSpans(List<Fraction> percentages, List<Fraction> weights) {
        if (percentages.isEmpty() || percentages.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per grade span, and at least one span");
        }
        Fraction sum = Fraction.ZERO;
        Fraction weightSum = Fraction.ZERO;
        for (int i = 0; i < percentages.size(); i++) {
            sum = sum.plus(percentages.get(i).times(weights.get(i)));
            weightSum = weightSum.plus(weights.get(i));
        }
        return sum.dividedBy(weightSum);
    }

    public static Fraction cumulative(Optional<Fraction> priorAnnual, Fraction currentAnnual) {
        return priorAnnual.map(prior -> PRIOR_YEAR.times(prior).plus(CURRENT_YEAR.times(currentAnnual)))
                .orElse(currentAnnual);
    }
}
