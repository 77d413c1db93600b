package org.flashlight.core.accountability;

import static org.flashlight.core.accountability.Numbers.HUNDRED;
import static org.flashlight.core.accountability.Numbers.TEN;
import static org.flashlight.core.accountability.Numbers.divide;
import static org.flashlight.core.accountability.Numbers.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.DecileCuts;
import org.flashlight.core.scoring.DecilePoints;

/**
 * CORE's School Quality Improvement Index (CORE-3 .. CORE-5). Each metric the school has (its
 * {@code all} value meets min n and the metric has cuts) is placed on levels 1-10 by the frozen decile
 * cuts, for {@code all} and for each subgroup meeting min n. A domain's weight is split equally among the
 * metrics the school has in it; when a whole domain is missing, the domains present are scaled up to 100
 * ({@link DecilePoints}). A metric's points = its weight x (sum over groups of group share x level) / 10,
 * where {@code all} keeps its share and the subgroups meeting min n share the rest equally (all 100% when
 * none does; {@code GroupWeighting.ShareWithSubgroups}). The index
 * is the sum. A group's own score (for focus schools) = 100 x sum(weight x level / 10) / sum(weight) over
 * the metrics the group has.
 */
final class DecileIndexScorer implements SystemScorer {
    @Override
    public LevelScore score(ScoringContext context, int year, String schoolId, String level) {
        ScoringSettings scoring = context.scoring;
        List<String> groupIds = scoring.weightedGroups();
        List<ScoreLine> lines = new ArrayList<>();
        List<MetricScore> metricScores = new ArrayList<>();
        // metric -> group -> level, for the metrics the school has, in indicator order
        Map<Indicator, Map<String, Integer>> levels = new LinkedHashMap<>();
        Map<Indicator, Map<String, SchoolValue>> rows = new LinkedHashMap<>();
        for (Indicator indicator : scoring.indicatorsAt(level)) {
            String metric = indicator.metrics().get(0);
            Direction direction = context.direction(metric);
            Optional<ScoringRule> rule = context.decileRule(year, metric);
            if (rule.isEmpty() || context.counting(year, schoolId, level, metric, "all").isEmpty()) {
                continue;
            }
            DecileCuts cuts = new DecileCuts(rule.get().cuts());
            Map<String, Integer> byGroup = new LinkedHashMap<>();
            Map<String, SchoolValue> values = new LinkedHashMap<>();
            for (String group : groupIds) {
                context.counting(year, schoolId, level, metric, group).ifPresent(v -> {
                    int l = cuts.level(v.value(), direction);
                    byGroup.put(group, l);
                    values.put(group, v);
                    metricScores.add(new MetricScore(year, schoolId, level, metric, group, null, l));
                });
            }
            levels.put(indicator, byGroup);
            rows.put(indicator, values);
        }
        if (levels.isEmpty()) {
            return new LevelScore(null, Map.of(), metricScores, lines);
        }
        Map<String, BigDecimal> weights = scoring.decilePoints(level).metricWeights(
                levels.keySet().stream().map(i -> i.metrics().get(0)).toList());
        BigDecimal index = BigDecimal.ZERO;
        Map<String, BigDecimal[]> groupSums = new LinkedHashMap<>(); // group -> {sum weight x level / 10, sum weight}
        for (Map.Entry<Indicator, Map<String, Integer>> e : levels.entrySet()) {
            Indicator indicator = e.getKey();
            String metric = indicator.metrics().get(0);
            BigDecimal weight = weights.get(metric);
            Map<String, BigDecimal> shares = scoring.groups().shares(e.getValue().keySet());
            BigDecimal weightedLevel = BigDecimal.ZERO;
            StringBuilder terms = new StringBuilder();
            for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
                int l = e.getValue().get(share.getKey());
                weightedLevel = weightedLevel.add(share.getValue().multiply(BigDecimal.valueOf(l)));
                terms.append(terms.isEmpty() ? "" : " + ").append(show(share.getValue())).append(" x ").append(l)
                        .append(" (").append(share.getKey()).append(")");
                SchoolValue v = rows.get(indicator).get(share.getKey());
                ScoringRule rule = context.decileRule(year, metric).orElseThrow();
                lines.add(new ScoreLine(year, schoolId, level, "metric", share.getKey(), indicator.id(), metric,
                        v.value(), v.students(), "deciles of " + rule.baseYear() + ": " + joined(rule.cuts()), l, null,
                        null, share.getValue(), metric + " for " + share.getKey() + ": " + show(v.value()) + " ("
                                + v.students() + " students) is at level " + l + " of 10 (" + band(l) + ")"));
                groupSums.computeIfAbsent(share.getKey(), g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                BigDecimal[] sums = groupSums.get(share.getKey());
                sums[0] = sums[0].add(weight.multiply(BigDecimal.valueOf(l)).divide(TEN));
                sums[1] = sums[1].add(weight);
            }
            BigDecimal points = DecilePoints.points(weight, weightedLevel);
            index = index.add(points);
            lines.add(new ScoreLine(year, schoolId, level, "metric", "", indicator.id(), metric, null, 0, "", null,
                    points, weight, weight, metric + ": weight " + show(weight) + " x (" + terms + ") / 10 = "
                            + show(points) + " points"));
        }
        Map<String, BigDecimal> groupScores = new LinkedHashMap<>();
        groupSums.forEach((group, sums) -> groupScores.put(group, divide(sums[0].multiply(HUNDRED), sums[1])));
        lines.add(new ScoreLine(year, schoolId, level, "score", "", "", "", index, 0, "", null, index, HUNDRED, null,
                "index = sum of the metrics' points = " + show(index) + " of 100"));
        return new LevelScore(index, groupScores, metricScores, lines);
    }

    static String band(int level) {
        return level <= 3 ? "below average" : level <= 7 ? "average" : "above average";
    }

    private static String joined(List<BigDecimal> cuts) {
        return String.join(" | ", cuts.stream().map(Numbers::show).toList());
    }
}
