package org.flashlight.duckdb.accountability;

import java.util.HashMap;
import java.util.Map;
import org.flashlight.core.accountability.MetricScore;
import org.flashlight.core.accountability.Numbers;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.duckdb.metric.MetricResult;
import org.flashlight.duckdb.metric.MetricResultsCsv;

/**
 * The framework columns of metric_results.csv from a scoring outcome: a school scored as a whole has its
 * framework level on its rows; a split school's whole-school rows keep an empty level and its level rows
 * carry their own; {@code points} and {@code metric_level} where the framework scored the row.
 */
public final class ScoreColumns implements MetricResultsCsv.Scores {
    private final ScoringOutcome outcome;
    private final Map<String, MetricScore> scores = new HashMap<>();

    public ScoreColumns(ScoringOutcome outcome) {
        this.outcome = outcome;
        for (MetricScore s : outcome.metricScores()) {
            scores.put(key(s.schoolYear(), s.schoolId(), s.frameworkLevel(), s.metric(), s.group()), s);
        }
    }

    @Override
    public String[] of(MetricResult r) {
        if (!r.level().equals("school")) {
            return new String[] {r.frameworkLevel(), "", ""};
        }
        String level = r.frameworkLevel().isEmpty() ? outcome.wholeSchoolLevel(r.schoolYear(), r.entityId())
                : r.frameworkLevel();
        MetricScore score = scores.get(key(r.schoolYear(), r.entityId(), level, r.metric(), r.studentGroup()));
        if (score == null) {
            return new String[] {level, "", ""};
        }
        return new String[] {level, Numbers.show(score.points()), score.level() == null ? "" : score.level().toString()};
    }

    private static String key(int year, String school, String level, String metric, String group) {
        return year + "|" + school + "|" + level + "|" + metric + "|" + group;
    }
}
