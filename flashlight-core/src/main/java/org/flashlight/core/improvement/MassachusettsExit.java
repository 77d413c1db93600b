package org.flashlight.core.improvement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.targets.ExitCondition;
import org.flashlight.core.targets.ExitCriteria;
import org.flashlight.core.targets.Fraction;
import org.flashlight.core.targets.GapClosingTarget;
import org.flashlight.core.targets.PercentileRank;
import org.flashlight.core.targets.TargetStanding;

/**
 * MA-5 for Massachusetts' designations ({@link ExitCriteria#massachusetts()}).
 * <ul>
 * <li>{@code comprehensive}: every achievement and growth indicator of the school's level meets its annual
 *     target for all students, and the gap-closing targets are met: the achievement indicators' targets for
 *     the {@code high_needs} and {@code lowest_25pct} groups. A target is MA-3's (a third of the gap from the
 *     base-year value to the long-term goal over six years, {@link GapClosingTarget#massachusettsTarget});
 *     a growth-band indicator's is the mean SGP earning 3 points (50). Only values meeting min n count.</li>
 * <li>{@code targeted}: the identifying group, i.e. each group whose own percentile (among the schools of
 *     the level with that group, {@link PercentileRank} on the group scores as MA-4 ranks them) is 5 or
 *     below, rises above the 20th percentile and its target percentage reaches 75%. A school identified
 *     school-wide (lowest 10%, graduation) has group {@code all}: the school's accountability percentile
 *     and its cumulative target percentage (its score / 100).</li>
 * </ul>
 */
final class MassachusettsExit {
    static final Set<String> DESIGNATIONS = Set.of("comprehensive", "targeted");
    static final List<String> GAP_GROUPS = List.of("high_needs", "lowest_25pct");
    /** MA-4: a group whose own percentile is 5 or below identifies the school. */
    static final int IDENTIFYING_PERCENTILE = 5;

    private final ImprovementInputs inputs;
    private final ImprovementInputs.Values values;
    private final AnnualTargets targets;
    private final Map<String, Integer> percentiles = new HashMap<>();

    MassachusettsExit(ImprovementInputs inputs) {
        this.inputs = inputs;
        Set<String> metrics = new java.util.HashSet<>();
        inputs.framework().scoring().indicators().forEach(i -> metrics.addAll(i.metrics()));
        inputs.framework().scoring().levels().forEach(l -> l.indicators().forEach(i -> metrics.addAll(i.metrics())));
        this.values = inputs.index(metrics);
        this.targets = new AnnualTargets(inputs);
        rankAll();
    }

    List<ExitCondition> conditions(SchoolScore school, String designation) {
        return designation.equals("comprehensive") ? comprehensive(school) : targeted(school);
    }

    private List<ExitCondition> comprehensive(SchoolScore school) {
        List<TargetStanding> achievement = new ArrayList<>();
        List<TargetStanding> growth = new ArrayList<>();
        List<TargetStanding> gap = new ArrayList<>();
        for (Indicator indicator : inputs.framework().scoring().indicatorsAt(school.frameworkLevel())) {
            String domain = indicator.domain().toLowerCase(Locale.ROOT);
            if (domain.equals("achievement")) {
                standing(school, indicator, "all").ifPresent(achievement::add);
                GAP_GROUPS.forEach(group -> standing(school, indicator, group).ifPresent(gap::add));
            } else if (domain.equals("growth")) {
                standing(school, indicator, "all").ifPresent(growth::add);
            }
        }
        return ExitCriteria.massachusetts().comprehensive(achievement, growth, gap);
    }

    private List<ExitCondition> targeted(SchoolScore school) {
        List<ExitCondition> conditions = new ArrayList<>();
        for (Map.Entry<String, java.math.BigDecimal> group : school.groupScores().entrySet()) {
            Integer rank = percentiles.get(key(school, group.getKey()));
            if (rank != null && rank <= IDENTIFYING_PERCENTILE) {
                conditions.addAll(ExitCriteria.massachusetts().targeted(group.getKey(), rank,
                        share(group.getValue())));
            }
        }
        Integer own = percentiles.get(key(school, "all"));
        if (conditions.isEmpty() && own != null) {
            conditions.addAll(ExitCriteria.massachusetts().targeted("all", own, share(school.score())));
        }
        return conditions;
    }

    /** An indicator's value for a group in the school's year against its target; empty when it does not count. */
    private Optional<TargetStanding> standing(SchoolScore school, Indicator indicator, String group) {
        String metric = indicator.metrics().get(0);
        Direction direction = inputs.direction(metric);
        Optional<SchoolValue> value = counting(school, school.schoolYear(), metric, group);
        if (value.isEmpty() || direction == Direction.NONE) {
            return Optional.empty();
        }
        Fraction v = Fraction.of(value.get().value());
        Optional<Fraction> target = AnnualTargets.growthTarget(indicator);
        if (target.isEmpty() && indicator.method().longTermGoal() != null) {
            int baseYear = targets.baseYear(school.schoolYear());
            Optional<Fraction> base = counting(school, baseYear, metric, group).map(b -> Fraction.of(b.value()));
            target = Optional.of(GapClosingTarget.massachusettsTarget(school.schoolYear(), baseYear, base, v,
                    Fraction.of(indicator.method().longTermGoal())));
        }
        return target.map(t -> new TargetStanding(metric, group, v, t, direction));
    }

    private Optional<SchoolValue> counting(SchoolScore school, int year, String metric, String group) {
        return values.get(year, school.schoolId(), school.frameworkLevel(), metric, group)
                .filter(v -> v.counts(inputs.framework().minN()));
    }

    /** MA-4's percentiles, per year and level: the school's by score and each group's by its group score. */
    private void rankAll() {
        Map<String, Map<String, Fraction>> byYearLevelGroup = new TreeMap<>();
        for (SchoolScore s : inputs.outcome().schools()) {
            if (s.score() == null) {
                continue;
            }
            String level = s.schoolYear() + "|" + s.frameworkLevel() + "|";
            byYearLevelGroup.computeIfAbsent(level + "all", k -> new TreeMap<>()).put(s.schoolId(),
                    Fraction.of(s.score()));
            s.groupScores().forEach((group, score) -> byYearLevelGroup.computeIfAbsent(level + group,
                    k -> new TreeMap<>()).put(s.schoolId(), Fraction.of(score)));
        }
        byYearLevelGroup.forEach((yearLevelGroup, scores) -> PercentileRank.ranks(scores)
                .forEach((school, rank) -> percentiles.put(yearLevelGroup + "|" + school, rank)));
    }

    private static String key(SchoolScore s, String group) {
        return s.schoolYear() + "|" + s.frameworkLevel() + "|" + group + "|" + s.schoolId();
    }

    private static Fraction share(java.math.BigDecimal percent) {
        return Fraction.of(percent).dividedBy(Fraction.of(100));
    }
}
