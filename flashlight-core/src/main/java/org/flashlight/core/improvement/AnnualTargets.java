package org.flashlight.core.improvement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.scoring.BaseYears;
import org.flashlight.core.targets.BandPoints;
import org.flashlight.core.targets.Fraction;

/**
 * MA-3's annual targets as MA-5 and MA-6 read them: the base year of a year (the framework's named base
 * years, else the run's earliest year, exactly as scoring finds it) and the indicators that have targets.
 */
final class AnnualTargets {
    static final String TARGET_POINTS = "target_points";
    static final String GROWTH_BANDS = "growth_bands";

    private final FrameworkSettings framework;
    private final SortedSet<Integer> years = new TreeSet<>();

    AnnualTargets(ImprovementInputs inputs) {
        this.framework = inputs.framework();
        inputs.values().forEach(v -> years.add(v.schoolYear()));
    }

    int baseYear(int year) {
        int cycle = framework.scoring().cycleYears();
        return BaseYears.baseYearFor(year, framework.scoring().baseYears(), years,
                cycle > 0 ? OptionalInt.of(cycle) : OptionalInt.empty());
    }

    boolean hasYears() {
        return !years.isEmpty();
    }

    SortedSet<Integer> years() {
        return years;
    }

    /** The indicators of a framework level scored against a gap-closing target. */
    List<Indicator> gapClosing(String level) {
        return framework.scoring().indicatorsAt(level).stream()
                .filter(i -> i.method().name().equals(TARGET_POINTS) && i.method().longTermGoal() != null).toList();
    }

    /**
     * The value a growth-band indicator must reach to earn 3 of 4 points, MA-3's "met target" (DESE: mean
     * SGP 50, typical growth); empty for other indicators.
     */
    static Optional<Fraction> growthTarget(Indicator indicator) {
        if (!indicator.method().name().equals(GROWTH_BANDS)) {
            return Optional.empty();
        }
        return Optional.of(BandPoints.massachusettsGrowth().cuts().get(2));
    }
}
