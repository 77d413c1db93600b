package org.flashlight.core.accountability;

import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.scoring.FloorTargetMethod;

/** A framework file's method settings as the scoring piece that computes floors and targets (STAR-3). */
final class FloorTargetMethods {
    private FloorTargetMethods() {
    }

    static FloorTargetMethod of(Indicator.MethodSettings m) {
        Optional<java.math.BigDecimal> maxFloor = Optional.ofNullable(m.maxFloor());
        return switch (m.name()) {
            case "p10_p90" -> new FloorTargetMethod.P10P90(maxFloor);
            case "ltg" -> new FloorTargetMethod.LongTermGoal(m.longTermGoal(),
                    Objects.requireNonNullElse(m.cycles(), FloorTargetMethod.LongTermGoal.DEFAULT_CYCLES), maxFloor);
            case "research" -> new FloorTargetMethod.Research(m.floor(), m.target());
            default -> throw new IllegalArgumentException("method '" + m.name() + "' has no floor and target");
        };
    }
}
