package org.flashlight.core.simulation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.accountability.ScoreLine;
import org.flashlight.core.accountability.ScoringOutcome;

/**
 * Each indicator's share of a school's score, read back from the score's arithmetic (the
 * {@link ScoreLine}s of score_explanations.csv), so that a change of score can be split into what each
 * indicator added. The shares sum to the score.
 *
 * <ul>
 * <li>Decile index (CORE-5): the indicator's {@code metric} line without a group carries its points and
 *     weight; its {@code all} line carries the level.</li>
 * <li>Floors and targets (STAR-5): an indicator adds, for every eligible group g, weight_g x 100 x
 *     points_g / possible_g (the best of its metrics' points for a "better of" indicator), where weight_g is
 *     the group's renormalized weight ({@code weight} lines) and possible_g the group's points possible
 *     ({@code group} lines).</li>
 * </ul>
 * A system whose arithmetic has neither shape (e.g. colors without a score) has no contributions.
 * Not thread-safe: each school's contributions are computed once and kept.
 */
final class Contributions {
    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, List<ScoreLine>> linesBySchool = new HashMap<>();
    private final Map<String, Map<String, Contribution>> computed = new HashMap<>();

    Contributions(ScoringOutcome outcome) {
        for (ScoreLine line : outcome.lines()) {
            linesBySchool.computeIfAbsent(key(line.schoolYear(), line.schoolId(), line.frameworkLevel()),
                    k -> new ArrayList<>()).add(line);
        }
    }

    /** The score lines of one school's score in a year and framework level, in their order. */
    List<ScoreLine> lines(int year, String schoolId, String level) {
        return linesBySchool.getOrDefault(key(year, schoolId, level), List.of());
    }

    /**
     * The {@code all} group's line for a metric, whatever the system calls the step ({@code metric} for
     * points and levels, {@code color} for the Dashboard): its value, students, rule and level, points or colour.
     */
    Optional<ScoreLine> allGroupLine(int year, String schoolId, String level, String metric) {
        return Optional.ofNullable(groupLines(year, schoolId, level, metric).get("all"));
    }

    /** Each student group's line for a metric (the first where a group has several), in line order. */
    Map<String, ScoreLine> groupLines(int year, String schoolId, String level, String metric) {
        Map<String, ScoreLine> byGroup = new LinkedHashMap<>();
        for (ScoreLine l : lines(year, schoolId, level)) {
            if (!l.group().isEmpty() && l.metric().equals(metric) && l.value() != null) {
                byGroup.putIfAbsent(l.group(), l);
            }
        }
        return byGroup;
    }

    /** indicator id -> what it added to the score, in the order the arithmetic lists the indicators. */
    Map<String, Contribution> of(int year, String schoolId, String level) {
        return computed.computeIfAbsent(key(year, schoolId, level), k -> {
            List<ScoreLine> lines = lines(year, schoolId, level);
            Map<String, Contribution> decile = decileIndex(lines);
            return decile.isEmpty() ? floorsAndTargets(lines) : decile;
        });
    }

    private static Map<String, Contribution> decileIndex(List<ScoreLine> lines) {
        Map<String, Contribution> result = new LinkedHashMap<>();
        for (ScoreLine line : lines) {
            if (line.step().equals("metric") && line.group().isEmpty() && line.points() != null) {
                Integer level = lines.stream().filter(l -> l.step().equals("metric") && l.group().equals("all")
                        && l.indicator().equals(line.indicator())).map(ScoreLine::level).findFirst().orElse(null);
                result.put(line.indicator(), new Contribution(line.indicator(), line.metric(), line.weight(),
                        line.points(), level));
            }
        }
        return result;
    }

    private static Map<String, Contribution> floorsAndTargets(List<ScoreLine> lines) {
        Map<String, BigDecimal> groupWeight = new HashMap<>();
        Map<String, BigDecimal> groupPossible = new HashMap<>();
        for (ScoreLine line : lines) {
            if (line.step().equals("weight") && line.weight() != null) {
                groupWeight.put(line.group(), line.weight());
            } else if (line.step().equals("group") && line.possible() != null) {
                groupPossible.put(line.group(), line.possible());
            }
        }
        // indicator -> group -> the best metric line (a "better of" indicator earns its best metric's points)
        Map<String, Map<String, ScoreLine>> best = new LinkedHashMap<>();
        for (ScoreLine line : lines) {
            if (line.step().equals("metric") && !line.group().isEmpty() && line.points() != null) {
                best.computeIfAbsent(line.indicator(), i -> new LinkedHashMap<>()).merge(line.group(), line,
                        (old, candidate) -> candidate.points().compareTo(old.points()) > 0 ? candidate : old);
            }
        }
        Map<String, Contribution> result = new LinkedHashMap<>();
        best.forEach((indicator, byGroup) -> {
            BigDecimal points = BigDecimal.ZERO;
            for (Map.Entry<String, ScoreLine> e : byGroup.entrySet()) {
                BigDecimal weight = groupWeight.get(e.getKey());
                BigDecimal possible = groupPossible.get(e.getKey());
                if (weight != null && possible != null && possible.signum() > 0) {
                    points = points.add(weight.multiply(HUNDRED).multiply(e.getValue().points())
                            .divide(possible, EXACT));
                }
            }
            ScoreLine shown = byGroup.getOrDefault("all", byGroup.values().iterator().next());
            result.put(indicator, new Contribution(indicator, shown.metric(), shown.possible(), points, null));
        });
        return groupWeight.isEmpty() ? Map.of() : result;
    }

    private static String key(int year, String schoolId, String level) {
        return year + "|" + schoolId + "|" + level;
    }
}
