package org.flashlight.core.targets;

import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.metric.Direction;

/**
 * MA-3: 0-4 points for an indicator against its annual target, by DESE's criteria for awarding points
 * (2019 Accountability Reporting, "Criteria for Awarding Points for Progress Toward Improvement
 * Targets", Table A-1, MCAS achievement): exceeded target (4) = above the target by more than the
 * tolerance, or at least the statewide "exceeded" benchmark (the 90th percentile for all students);
 * met target (3) = within the tolerance either side of the target, or at least the statewide "met"
 * benchmark (the 80th percentile); improved below target (2) = better than the prior year by more than
 * the no-change band; no change (1) = within the no-change band of the prior year; declined (0) =
 * worse than that. Tolerances: 0.5 scaled-score points (achievement), 0.5 percentage points (chronic
 * absenteeism), 3.0 points (English learner progress), 1.25 CPI points (science).
 *
 * <p>For a lower-is-better indicator every comparison is mirrored. Without a prior year, a value below
 * the met band earns 0 (Flashlight's choice: nothing shows an improvement).
 *
 * @param noChangeBand how far from the prior year still counts as no change (Flashlight: 0, exact)
 */
public record TargetPoints(Direction direction, Fraction tolerance, Optional<Fraction> exceededBenchmark,
        Optional<Fraction> metBenchmark, Fraction noChangeBand) {

    public TargetPoints {
        Objects.requireNonNull(direction, "direction is null");
        if (direction == Direction.NONE) {
            throw new IllegalArgumentException("an indicator with targets needs a direction (higher or lower)");
        }
        if (tolerance.signum() < 0 || noChangeBand.signum() < 0) {
            throw new IllegalArgumentException("tolerance and noChangeBand must be >= 0");
        }
    }

    public static TargetPoints of(Direction direction, String tolerance) {
        return new TargetPoints(direction, Fraction.of(tolerance), Optional.empty(), Optional.empty(), Fraction.ZERO);
    }

    public TargetPoints withBenchmarks(Fraction exceeded, Fraction met) {
        return new TargetPoints(direction, tolerance, Optional.of(exceeded), Optional.of(met), noChangeBand);
    }

    public PointsAward award(Fraction value, Optional<Fraction> prior, Fraction target) {
        // Mirror lower-is-better values so that "better" is always "larger" below.
        Fraction v = oriented(value);
        Fraction t = oriented(target);
        if (v.minus(t).compareTo(tolerance) > 0) {
            return new PointsAward(PointCategory.EXCEEDED_TARGET, "more than " + tolerance.toDecimal(2)
                    + " better than the target " + target.toDecimal(2));
        }
        if (exceededBenchmark.isPresent() && v.isAtLeast(oriented(exceededBenchmark.get()))) {
            return new PointsAward(PointCategory.EXCEEDED_TARGET, "at or beyond the statewide benchmark "
                    + exceededBenchmark.get().toDecimal(2));
        }
        if (v.isAtLeast(t.minus(tolerance))) {
            return new PointsAward(PointCategory.MET_TARGET, "within " + tolerance.toDecimal(2) + " of the target "
                    + target.toDecimal(2));
        }
        if (metBenchmark.isPresent() && v.isAtLeast(oriented(metBenchmark.get()))) {
            return new PointsAward(PointCategory.MET_TARGET, "at or beyond the statewide benchmark "
                    + metBenchmark.get().toDecimal(2));
        }
        if (prior.isEmpty()) {
            return new PointsAward(PointCategory.DECLINED, "below the target " + target.toDecimal(2)
                    + " with no prior year to show an improvement");
        }
        Fraction change = v.minus(oriented(prior.get()));
        if (change.compareTo(noChangeBand) > 0) {
            return new PointsAward(PointCategory.IMPROVED_BELOW_TARGET, "improved on the prior year "
                    + prior.get().toDecimal(2) + ", below the target " + target.toDecimal(2));
        }
        if (change.compareTo(noChangeBand.negate()) >= 0) {
            return new PointsAward(PointCategory.NO_CHANGE, "the same as the prior year " + prior.get().toDecimal(2));
        }
        return new PointsAward(PointCategory.DECLINED, "worse than the prior year " + prior.get().toDecimal(2));
    }

    private Fraction oriented(Fraction value) {
        return direction == Direction.LOWER ? value.negate() : value;
    }
}
