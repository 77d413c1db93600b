package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.flashlight.core.metric.Direction;

/**
 * How a framework sets a metric's floor and target (STAR-3), from the school values of one metric,
 * group, framework level and base year (NC-1: the schools that meet min n).
 *
 * <p>Higher is better: {@code p10_p90} floor = p10, target = p90; {@code ltg} floor = p10, target =
 * p90 + (goal - p90) / cycles; {@code research} the file's floor and target. Lower is better is the
 * mirror: the worst tenth is the top one, so floor = p90, target = p10, and the ltg target = p10 +
 * (goal - p10) / cycles = p10 - (p10 - goal) / cycles (the goal is below p10, so the target moves
 * down towards it). The division is the only inexact step: {@link MathContext#DECIMAL128}.
 *
 * <p>{@code max_floor} limits how demanding the floor may be (seed 002: a school reaching it "receives
 * points regardless of how other schools perform"): higher is better, floor = min(floor, max_floor);
 * lower is better, floor = max(floor, max_floor). It applies to the computed methods; a research
 * floor is fixed by the file.
 */
public sealed interface FloorTargetMethod {

    /** The method's id in framework files and {@code scoring_rules.csv}. */
    String id();

    /** The cap on the floor, if the framework sets one. */
    Optional<BigDecimal> maxFloor();

    /**
     * The floor and target for these school values; empty when a percentile method has no school
     * values (no school meets min n), so the metric earns no points for that group and level.
     *
     * @throws IllegalArgumentException for a metric whose direction is {@code none}
     */
    default Optional<FloorTarget> compute(List<BigDecimal> schoolValues, Direction direction) {
        Orientation.requireScored(direction);
        Optional<FloorTarget> uncapped = switch (this) {
            case Research research -> Optional.of(new FloorTarget(research.floor(), research.target()));
            case P10P90 ignored -> fromPercentiles(schoolValues, direction, UnaryOperator.identity());
            case LongTermGoal goal -> fromPercentiles(schoolValues, direction, goal::targetFrom);
        };
        return uncapped.map(floorTarget -> maxFloor()
                .filter(cap -> Orientation.atOrBeyond(floorTarget.floor(), cap, direction))
                .map(cap -> new FloorTarget(cap, floorTarget.target()))
                .orElse(floorTarget));
    }

    /** {@code p10_p90}: floor = 10th percentile, target = 90th (mirrored for lower is better). */
    record P10P90(Optional<BigDecimal> maxFloor) implements FloorTargetMethod {
        public P10P90 {
            Objects.requireNonNull(maxFloor, "maxFloor is null");
        }

        public P10P90() {
            this(Optional.empty());
        }

        @Override
        public String id() {
            return "p10_p90";
        }
    }

    /**
     * {@code ltg}: floor = 10th percentile; target = p90 + (goal - p90) / cycles (seed 002: seven
     * designation cycles to 2039).
     *
     * @param goal   the long-term goal, on the metric's scale (a proportion for rates)
     * @param cycles designation cycles left to reach the goal, at least 1 (default 7)
     */
    record LongTermGoal(BigDecimal goal, int cycles, Optional<BigDecimal> maxFloor) implements FloorTargetMethod {
        public static final int DEFAULT_CYCLES = 7;

        public LongTermGoal {
            Objects.requireNonNull(goal, "goal is null");
            Objects.requireNonNull(maxFloor, "maxFloor is null");
            if (cycles < 1) {
                throw new IllegalArgumentException("ltg: cycles must be at least 1, not " + cycles);
            }
        }

        public LongTermGoal(BigDecimal goal) {
            this(goal, DEFAULT_CYCLES, Optional.empty());
        }

        @Override
        public String id() {
            return "ltg";
        }

        /** best + (goal - best) / cycles, where best is p90 (higher is better) or p10 (lower). */
        BigDecimal targetFrom(BigDecimal best) {
            return best.add(goal.subtract(best).divide(BigDecimal.valueOf(cycles), MathContext.DECIMAL128));
        }
    }

    /** {@code research}: the floor and target written in the framework file (CLASS, seed 002). */
    record Research(BigDecimal floor, BigDecimal target) implements FloorTargetMethod {
        public Research {
            Objects.requireNonNull(floor, "floor is null");
            Objects.requireNonNull(target, "target is null");
        }

        @Override
        public String id() {
            return "research";
        }

        @Override
        public Optional<BigDecimal> maxFloor() {
            return Optional.empty();
        }
    }

    /**
     * floor = the worse of p10 and p90 in the metric's direction; target = {@code targetFromBest}
     * of the better one.
     */
    private static Optional<FloorTarget> fromPercentiles(List<BigDecimal> values, Direction direction,
            UnaryOperator<BigDecimal> targetFromBest) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.forEach(value -> Objects.requireNonNull(value, "a value is null"));
        Collections.sort(sorted);
        BigDecimal p10 = Percentile.ofSorted(sorted, 10);
        BigDecimal p90 = Percentile.ofSorted(sorted, 90);
        boolean lowerIsBetter = direction == Direction.LOWER;
        BigDecimal worst = lowerIsBetter ? p90 : p10;
        BigDecimal best = lowerIsBetter ? p10 : p90;
        return Optional.of(new FloorTarget(worst, targetFromBest.apply(best)));
    }
}
