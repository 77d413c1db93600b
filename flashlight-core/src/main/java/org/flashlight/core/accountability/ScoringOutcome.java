package org.flashlight.core.accountability;

import java.util.List;
import java.util.Map;

/**
 * Everything a framework made of a run's metric values: the rules used (scoring_rules.csv), the points
 * or levels of each school value (metric_results.csv), each school's score, rating and designations
 * (school_results.csv) and the arithmetic behind every score (score_explanations.csv).
 *
 * @param wholeSchoolLevels for each school scored as a whole ({@code year|school_id}), the framework level it
 *                          was scored in (written on its rows); split schools are not in it
 */
public record ScoringOutcome(List<ScoringRule> rules, List<MetricScore> metricScores, List<SchoolScore> schools,
        List<ScoreLine> lines, Map<String, String> wholeSchoolLevels) {
    public static final ScoringOutcome NONE = new ScoringOutcome(List.of(), List.of(), List.of(), List.of(), Map.of());

    public ScoringOutcome {
        rules = List.copyOf(rules);
        metricScores = List.copyOf(metricScores);
        schools = List.copyOf(schools);
        lines = List.copyOf(lines);
        wholeSchoolLevels = Map.copyOf(wholeSchoolLevels);
    }

    /** The framework level written on a school's whole-school rows, or empty. */
    public String wholeSchoolLevel(int year, String schoolId) {
        return wholeSchoolLevels.getOrDefault(year + "|" + schoolId, "");
    }
}
