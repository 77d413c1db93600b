package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.BaseYears;
import org.flashlight.core.scoring.DecileCuts;
import org.flashlight.core.scoring.FloorTarget;
import org.flashlight.core.scoring.FloorTargetMethod;

/**
 * The school values of a run indexed for scoring, the schools' placement in framework levels, and the
 * rules (cuts, floors and targets) computed from them, each once and recorded for scoring_rules.csv.
 * Not thread-safe: one per scoring run.
 */
final class ScoringContext {
    final FrameworkSettings framework;
    final ScoringSettings scoring;
    private final Map<String, Direction> directions;
    private final Map<String, SchoolValue> values = new HashMap<>();
    private final Map<String, SchoolProfile> profiles = new LinkedHashMap<>();
    private final Map<String, List<String>> placements = new HashMap<>();
    private final Map<String, Boolean> split = new HashMap<>();
    private final SortedSet<Integer> years = new TreeSet<>();
    private final Map<String, Optional<ScoringRule>> rules = new LinkedHashMap<>();
    /** metric -> the years in which some school's all-students value counts (for {@link #metricBaseYear}) */
    private final Map<String, SortedSet<Integer>> yearsWithValues = new HashMap<>();

    private final ScoringContext rulesFrom;
    private final List<SchoolProfile> schoolList;

    ScoringContext(FrameworkSettings framework, List<SchoolValue> schoolValues, List<SchoolProfile> schools,
            Map<String, Direction> directions) {
        this(framework, schoolValues, schools, directions, null);
    }

    private ScoringContext(FrameworkSettings framework, List<SchoolValue> schoolValues, List<SchoolProfile> schools,
            Map<String, Direction> directions, ScoringContext rulesFrom) {
        this.rulesFrom = rulesFrom;
        this.schoolList = List.copyOf(schools);
        this.framework = framework;
        this.scoring = framework.scoring();
        this.directions = Map.copyOf(directions);
        for (SchoolProfile p : schools) {
            String key = p.schoolYear() + "|" + p.schoolId();
            profiles.put(key, p);
            placements.put(key, SchoolPlacement.levels(p, scoring));
            split.put(key, SchoolPlacement.isSplit(p, scoring));
        }
        for (SchoolValue v : schoolValues) {
            values.put(key(v.schoolYear(), v.schoolId(), v.frameworkLevel(), v.metric(), v.group()), v);
            years.add(v.schoolYear());
            if (v.group().equals("all") && v.counts(framework.minN())) {
                yearsWithValues.computeIfAbsent(v.metric(), m -> new TreeSet<>()).add(v.schoolYear());
            }
        }
    }

    /**
     * A context over pooled values (STAR-7) that scores them with this context's rules: the cuts or floors
     * and targets of the designation year, not new ones from pooled values.
     */
    ScoringContext pooled(List<SchoolValue> pooledValues) {
        return new ScoringContext(framework, pooledValues, schoolList, directions, this);
    }

    SortedSet<Integer> years() {
        return years;
    }

    /** The schools of a year in schools.csv order. */
    List<SchoolProfile> schools(int year) {
        return profiles.values().stream().filter(p -> p.schoolYear() == year).toList();
    }

    Optional<SchoolProfile> profile(int year, String schoolId) {
        return Optional.ofNullable(profiles.get(year + "|" + schoolId));
    }

    List<String> levels(int year, String schoolId) {
        return placements.getOrDefault(year + "|" + schoolId, List.of());
    }

    /** The framework level written on a school's rows: its level when it has one, else empty. */
    boolean isSplit(int year, String schoolId) {
        return split.getOrDefault(year + "|" + schoolId, false);
    }

    Direction direction(String metric) {
        return directions.getOrDefault(metric, Direction.NONE);
    }

    /** The school's value for a level: the level's own rows for a split school, else the whole school's. */
    Optional<SchoolValue> value(int year, String schoolId, String level, String metric, String group) {
        String rowLevel = isSplit(year, schoolId) ? level : "";
        return Optional.ofNullable(values.get(key(year, schoolId, rowLevel, metric, group)));
    }

    /** The value when it counts under the framework's min n. */
    Optional<SchoolValue> counting(int year, String schoolId, String level, String metric, String group) {
        return value(year, schoolId, level, metric, group).filter(v -> v.counts(framework.minN()));
    }

    int baseYear(int year) {
        if (rulesFrom != null) {
            return rulesFrom.baseYear(year);
        }
        return BaseYears.baseYearFor(year, scoring.baseYears(), years,
                scoring.cycleYears() > 0 ? OptionalInt.of(scoring.cycleYears()) : OptionalInt.empty());
    }

    /**
     * CORE-4: the nine cuts of a metric in a year, from the {@code all}-group whole-school values of every
     * school (all levels pooled) that meet min n in the base year; empty when no school does.
     */
    Optional<ScoringRule> decileRule(int year, String metric) {
        if (rulesFrom != null) {
            return rulesFrom.decileRule(year, metric);
        }
        int base = metricBaseYear(year, metric);
        return rules.computeIfAbsent(year + "|deciles||" + metric, k -> {
            List<BigDecimal> distribution = new ArrayList<>();
            for (SchoolProfile p : schools(base)) {
                Optional.ofNullable(values.get(key(base, p.schoolId(), "", metric, "all")))
                        .filter(v -> v.counts(framework.minN())).ifPresent(v -> distribution.add(v.value()));
            }
            if (distribution.isEmpty()) {
                return Optional.empty();
            }
            DecileCuts cuts = DecileCuts.of(distribution);
            return Optional.of(new ScoringRule(year, "", metric, "all", "deciles", null, null, cuts.cuts(), base,
                    distribution.size()));
        });
    }

    /**
     * STAR-3: the floor and target of a metric for a group at a framework level, from the values of that
     * group at the schools of that level (a split school's rows of that level) meeting min n in the base year.
     */
    Optional<ScoringRule> floorTargetRule(int year, String level, Indicator indicator, String metric, String group) {
        if (rulesFrom != null) {
            return rulesFrom.floorTargetRule(year, level, indicator, metric, group);
        }
        int base = metricBaseYear(year, metric);
        return rules.computeIfAbsent(year + "|" + level + "|" + metric + "|" + group, k -> {
            FloorTargetMethod method = FloorTargetMethods.of(indicator.method());
            List<BigDecimal> distribution = new ArrayList<>();
            for (SchoolProfile p : schools(base)) {
                if (levels(base, p.schoolId()).contains(level)) {
                    counting(base, p.schoolId(), level, metric, group).ifPresent(v -> distribution.add(v.value()));
                }
            }
            return method.compute(distribution, direction(metric)).map((FloorTarget ft) -> new ScoringRule(year, level,
                    metric, group, method.id(), ft.floor(), ft.target(), List.of(), base, distribution.size()));
        });
    }

    /**
     * The year whose values set a metric's rules for {@code year}: the framework's base year, or, for a metric
     * that has no value that counts in it (growth needs prior years, a survey may start later), the first
     * year after it that has one, up to {@code year} itself (docs/frameworks-sources/core-sqii.md: "metrics
     * that start later take their first year of data"). scoring_rules.csv shows the year used.
     */
    int metricBaseYear(int year, String metric) {
        int base = baseYear(year);
        SortedSet<Integer> withValues = yearsWithValues.getOrDefault(metric, new TreeSet<>()).subSet(base, year + 1);
        return withValues.isEmpty() ? base : withValues.first();
    }

    /** Every rule computed so far, in the order first asked for. */
    List<ScoringRule> rules() {
        return rules.values().stream().flatMap(Optional::stream).toList();
    }

    private static String key(int year, String school, String level, String metric, String group) {
        return year + "|" + school + "|" + level + "|" + metric + "|" + group;
    }
}
