package org.flashlight.core.accountability;

import static org.flashlight.core.accountability.Numbers.HUNDRED;
import static org.flashlight.core.accountability.Numbers.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.scoring.FloorTarget;
import org.flashlight.core.scoring.GroupScore;
import org.flashlight.core.scoring.GroupWeighting;
import org.flashlight.core.scoring.LinearPoints;

/**
 * DC's STAR score (STAR-3 .. STAR-5). For each group, each indicator whose value meets min n earns linear
 * points between its floor and target (the best of its metrics' points for a "better of" indicator); the
 * group's score = points earned / points possible over the indicators that count for it, and a group is
 * eligible when one does. The school's score = the weighted mean of the eligible groups' scores, with the
 * framework's fixed weights and the race share split equally among the eligible race groups; weights of
 * groups that are not eligible drop out and the rest are renormalized.
 */
final class FloorsAndTargetsScorer implements SystemScorer {
    @Override
    public LevelScore score(ScoringContext context, int year, String schoolId, String level) {
        GroupWeighting weighting = context.scoring.groups();
        List<String> candidates = context.scoring.weightedGroups();
        List<ScoreLine> lines = new ArrayList<>();
        List<MetricScore> metricScores = new ArrayList<>();
        Map<String, BigDecimal> groupScores = new LinkedHashMap<>();
        for (String group : candidates) {
            BigDecimal earned = BigDecimal.ZERO;
            BigDecimal possible = BigDecimal.ZERO;
            for (Indicator indicator : context.scoring.indicatorsAt(level)) {
                BigDecimal best = null;
                for (String metric : indicator.metrics()) {
                    Optional<SchoolValue> value = context.counting(year, schoolId, level, metric, group);
                    Optional<ScoringRule> rule = value.flatMap(v ->
                            context.floorTargetRule(year, level, indicator, metric, group));
                    if (rule.isEmpty()) {
                        continue;
                    }
                    SchoolValue v = value.get();
                    ScoringRule r = rule.get();
                    BigDecimal points = LinearPoints.points(v.value(), new FloorTarget(r.floor(), r.target()),
                            indicator.points(), context.direction(metric));
                    metricScores.add(new MetricScore(year, schoolId, level, metric, group, points, null));
                    lines.add(new ScoreLine(year, schoolId, level, "metric", group, indicator.id(), metric, v.value(),
                            v.students(), r.method() + " floor " + show(r.floor()) + ", target " + show(r.target())
                                    + " (" + r.baseYear() + ")", null, points, indicator.points(), null,
                            metric + " for " + group + ": " + show(v.value()) + " (" + v.students()
                                    + " students) between floor " + show(r.floor()) + " and target " + show(r.target())
                                    + " earns " + show(points) + " of " + show(indicator.points()) + " points"));
                    best = best == null || points.compareTo(best) > 0 ? points : best;
                }
                if (best != null) {
                    earned = earned.add(best);
                    possible = possible.add(indicator.points());
                }
            }
            if (possible.signum() > 0) {
                GroupScore groupScore = new GroupScore(earned, possible);
                BigDecimal score = groupScore.score().multiply(HUNDRED);
                groupScores.put(group, score);
                lines.add(new ScoreLine(year, schoolId, level, "group", group, "", "", score, 0, "", null, earned,
                        possible, null, group + ": " + groupScore.describe() + " points = " + show(score) + "%"));
            }
        }
        if (groupScores.isEmpty()) {
            return new LevelScore(null, groupScores, metricScores, lines);
        }
        Map<String, BigDecimal> shares = weighting.shares(groupScores.keySet());
        StringBuilder terms = new StringBuilder();
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            terms.append(terms.isEmpty() ? "" : " + ").append(show(share.getValue())).append(" x ")
                    .append(show(groupScores.get(share.getKey()))).append(" (").append(share.getKey()).append(")");
            lines.add(new ScoreLine(year, schoolId, level, "weight", share.getKey(), "", "",
                    groupScores.get(share.getKey()), 0, "", null, null, null, share.getValue(),
                    share.getKey() + " weighs " + show(share.getValue().multiply(HUNDRED)) + "% of the score"));
        }
        BigDecimal score = weighting.mean(groupScores).orElseThrow();
        lines.add(new ScoreLine(year, schoolId, level, "score", "", "", "", score, 0, "", null, null, HUNDRED, null,
                "score = " + terms + " = " + show(score)));
        return new LevelScore(score, groupScores, metricScores, lines);
    }
}
