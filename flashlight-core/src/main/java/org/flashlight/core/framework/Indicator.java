package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.flashlight.core.colors.IndicatorTable;

/**
 * One scored measure of a framework: a metric (or the better of several, as DC's chronic absenteeism
 * takes the better of {@code attendance_90plus} and {@code attendance_growth}), its domain, its points
 * and how its value becomes points or a level.
 *
 * @param id      the indicator's id in the file (the metric id when it scores one metric)
 * @param metrics the metric ids; with two or more the school earns the best of their points
 * @param domain  the domain it belongs to, or empty
 * @param points  full points (floors-and-targets), or null where the domain's weight is shared (deciles)
 * @param method  how a value is scored
 */
public record Indicator(String id, List<String> metrics, String domain, BigDecimal points, MethodSettings method) {
    public Indicator {
        Objects.requireNonNull(id, "id");
        metrics = List.copyOf(metrics);
        domain = Objects.requireNonNullElse(domain, "");
        Objects.requireNonNull(method, "method");
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException(id + ": no metric");
        }
    }

    /**
     * A scoring method and its numbers: {@code deciles} (CORE-4); {@code p10_p90}, {@code ltg} (needs
     * {@code long_term_goal}; {@code cycles} default 7), {@code research} (needs {@code floor} and
     * {@code target}), any of them with an optional {@code max_floor} (STAR-3); {@code dashboard} (CA-1,
     * CA-2: the status and change cut tables and the colour grid, {@code table}); {@code target_points}
     * (MA-3: 0-4 points against annual targets closing a third of the gap to {@code long_term_goal} over six
     * years, within {@code tolerance}) and {@code growth_bands} (MA-3: 0-4 points by mean SGP bands).
     */
    public record MethodSettings(String name, BigDecimal longTermGoal, Integer cycles, BigDecimal floor,
            BigDecimal target, BigDecimal maxFloor, IndicatorTable table, BigDecimal tolerance) {
        public static final List<String> NAMES = List.of("deciles", "p10_p90", "ltg", "research", "dashboard",
                "target_points", "growth_bands");

        public MethodSettings {
            Objects.requireNonNull(name, "name");
        }

        public static MethodSettings named(String name) {
            return new MethodSettings(name, null, null, null, null, null, null, null);
        }
    }
}
