package org.flashlight.core.targets;

import java.util.List;

/**
 * MA-3: weighted points earned and possible for one group and grade span. DESE (accountability
 * reports): weighted total earned = sum over categories of (points earned x category weight), the
 * same for possible points; the percentage of possible points = earned / possible. Worked example
 * (Marlborough, 2024, all students, non-high-school grades): achievement 5 of 12 x 60%, growth 4 of 8 x
 * 20%, English proficiency 0 of 4 x 10%, additional 4 of 4 x 10% = 3.0 + 0.8 + 0 + 0.4 = 4.2 earned of
 * 7.2 + 1.6 + 0.4 + 0.4 = 9.6 possible.
 */
public record WeightedTotal(Fraction earned, Fraction possible) {

    private static final Fraction PERCENT = Fraction.of(1, 100);

    public static WeightedTotal of(List<IndicatorPoints> points, CategoryWeights weights) {
        Fraction earned = Fraction.ZERO;
        Fraction possible = Fraction.ZERO;
        for (IndicatorPoints indicator : points) {
            Fraction weight = weights.weight(indicator.category()).orElseThrow(() -> new IllegalArgumentException(
                    indicator.indicator() + ": category " + indicator.category() + " has no weight in this set"))
                    .times(PERCENT);
            earned = earned.plus(Fraction.of(indicator.earned()).times(weight));
            possible = possible.plus(Fraction.of(indicator.possible()).times(weight));
        }
        return new WeightedTotal(earned, possible);
    }

    /** earned / possible, 0..1; a group with nothing possible has no percentage. */
    public java.util.Optional<Fraction> share() {
        return possible.signum() == 0 ? java.util.Optional.empty() : java.util.Optional.of(earned.dividedBy(possible));
    }
}
