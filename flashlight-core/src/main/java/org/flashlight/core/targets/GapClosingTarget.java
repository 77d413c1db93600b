package org.flashlight.core.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * MA-3: a group's annual targets close a share of the gap between its baseline and the goal over a
 * number of years, in equal steps. With Massachusetts' one third over six years, the target k years
 * after the baseline year is
 *
 * <pre>  target(k) = baseline + (goal - baseline) x (1/3) x (k / 6) = baseline + k x (goal - baseline) / 18</pre>
 *
 * A lower-is-better indicator (chronic absence, dropout) has goal 0 and the same formula: the gap is
 * negative and the targets fall. Targets stay exact ({@link Fraction}).
 *
 * @param share the share of the gap closed by the end (1/3)
 * @param years the years over which it is closed (6)
 */
public record GapClosingTarget(Fraction baseline, Fraction goal, Fraction share, int years) {

    public GapClosingTarget {
        Objects.requireNonNull(baseline, "baseline is null");
        Objects.requireNonNull(goal, "goal is null");
        Objects.requireNonNull(share, "share is null");
        if (years < 1) {
            throw new IllegalArgumentException("years must be >= 1, got " + years);
        }
        if (share.signum() <= 0 || share.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("share must be in (0, 1], got " + share);
        }
    }

    /** Massachusetts: one third of the gap over six years (seed 000; shared/spec/frameworks.md MA-3). */
    public static GapClosingTarget massachusetts(Fraction baseline, Fraction goal) {
        return new GapClosingTarget(baseline, goal, Fraction.of(1, 3), 6);
    }

    /**
     * MA-3's target for a school's or district's value in {@code year}: the Massachusetts path from its
     * base-year value when it has one that counts and the base year is not after {@code year}, else the year's
     * own value (a school new to an indicator, or a year before the base year, starts its own path, so its
     * target is its value); after six years the path stays at its six-year target until a new base year.
     */
    public static Fraction massachusettsTarget(int year, int baseYear, java.util.Optional<Fraction> baseYearValue,
            Fraction value, Fraction goal) {
        if (baseYearValue.isEmpty() || baseYear > year) {
            return massachusetts(value, goal).target(0);
        }
        GapClosingTarget path = massachusetts(baseYearValue.get(), goal);
        return path.target(Math.min(year - baseYear, path.years()));
    }

    /** The target {@code yearsAfterBaseline} years after the baseline year (0 gives the baseline). */
    public Fraction target(int yearsAfterBaseline) {
        if (yearsAfterBaseline < 0 || yearsAfterBaseline > years) {
            throw new IllegalArgumentException("a target exists for 0.." + years + " years after the baseline, not "
                    + yearsAfterBaseline);
        }
        return baseline.plus(goal.minus(baseline).times(share).times(Fraction.of(yearsAfterBaseline, years)));
    }

    /** The whole path: the baseline, then each year's target (MA-6 interim benchmarks). */
    public List<Fraction> path() {
        List<Fraction> path = new ArrayList<>();
        for (int k = 0; k <= years; k++) {
            path.add(target(k));
        }
        return List.copyOf(path);
    }
}
