package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;

/**
 * Applies a framework to a run's school values: for every year, every school and every framework level it
 * is placed in ({@link SchoolPlacement}), the scoring system's points or levels, score and rating, then
 * the designations of the year: rules marked {@code pooled} on the scores of values pooled over the recent
 * years (STAR-7), the others on the year's own scores.
 */
public final class FrameworkScorer {
    private FrameworkScorer() {
    }

    /**
     * @param values     school-level values of every year of the bundle (cuts and floors need the base years)
     * @param schools    the schools of every year
     * @param directions each metric's direction
     * @param years      the years to score (all when empty)
     */
    public static ScoringOutcome score(FrameworkSettings framework, List<SchoolValue> values,
            List<SchoolProfile> schools, Map<String, Direction> directions, Set<Integer> years) {
        ScoringSettings scoring = framework.scoring();
        if (scoring.system() == ScoringSystem.NONE || values.isEmpty()) {
            return ScoringOutcome.NONE;
        }
        SystemScorer system = system(scoring.system());
        ScoringContext context = new ScoringContext(framework, values, schools, directions);
        List<MetricScore> metricScores = new ArrayList<>();
        List<SchoolScore> results = new ArrayList<>();
        List<ScoreLine> lines = new ArrayList<>();
        String first = firstIndicator(scoring);
        for (int year : context.years()) {
            if (!years.isEmpty() && !years.contains(year)) {
                continue;
            }
            List<SchoolScore> scores = scoreYear(context, system, year, metricScores, lines);
            List<DesignationRule> yearRules = scoring.designations().stream().filter(r -> !r.pooled()).toList();
            if (scoring.pooling() == null || scoring.designations().stream().noneMatch(
                    DesignationRule::pooled)) {
                results.addAll(Designations.apply(scores, yearRules, context, first));
                continue;
            }
            // STAR-7: the pooled rules run on re-scored pooled values; their designations join the year's
            ScoringContext pooledContext = context.pooled(PooledValues.pool(values, year, scoring.pooling()));
            List<SchoolScore> pooled = scoreYear(pooledContext, system, year, new ArrayList<>(), new ArrayList<>());
            List<SchoolScore> designatedPooled = Designations.apply(pooled,
                    scoring.designations().stream().filter(DesignationRule::pooled).toList(), pooledContext, first);
            List<SchoolScore> designatedYear = Designations.apply(scores, yearRules, context, first);
            for (SchoolScore s : designatedYear) {
                List<Designation> all = new ArrayList<>(s.designations());
                designatedPooled.stream().filter(p -> p.schoolId().equals(s.schoolId())
                        && p.frameworkLevel().equals(s.frameworkLevel())).findFirst()
                        .ifPresent(p -> p.designations().forEach(d -> Designations.give(all, d)));
                results.add(s.withDesignations(all));
            }
        }
        results.sort(Comparator.comparingInt(SchoolScore::schoolYear).thenComparing(SchoolScore::schoolId)
                .thenComparing(SchoolScore::frameworkLevel));
        Map<String, String> wholeSchoolLevels = new java.util.HashMap<>();
        for (SchoolProfile p : schools) {
            List<String> levels = context.levels(p.schoolYear(), p.schoolId());
            if (!context.isSplit(p.schoolYear(), p.schoolId()) && levels.size() == 1) {
                wholeSchoolLevels.put(p.schoolYear() + "|" + p.schoolId(), levels.get(0));
            }
        }
        return new ScoringOutcome(context.rules(), metricScores, results, lines, wholeSchoolLevels);
    }

    private static List<SchoolScore> scoreYear(ScoringContext context, SystemScorer system, int year,
            List<MetricScore> metricScores, List<ScoreLine> lines) {
        List<SchoolScore> scores = new ArrayList<>();
        for (SchoolProfile school : context.schools(year)) {
            for (String level : context.levels(year, school.schoolId())) {
                LevelScore scored = system.score(context, year, school.schoolId(), level);
                metricScores.addAll(scored.metricScores());
                lines.addAll(scored.lines());
                String rating = scored.rating() != null ? scored.rating()
                        : scored.score() == null || context.scoring.ratingBands() == null ? ""
                        : context.scoring.ratingBands().label(scored.score());
                scores.add(new SchoolScore(year, school.schoolId(), level, scored.score(), rating,
                        scored.groupScores(), scored.designations()));
            }
        }
        return system.finishYear(context, year, scores);
    }

    /** NC-4's tie-break: the framework's first indicator (its academic indicators come first in the files). */
    private static String firstIndicator(ScoringSettings scoring) {
        List<Indicator> all = new ArrayList<>(scoring.indicators());
        scoring.levels().forEach(l -> all.addAll(l.indicators()));
        return all.isEmpty() ? "" : all.get(0).metrics().get(0);
    }

    private static SystemScorer system(ScoringSystem system) {
        return switch (system) {
            case DECILE_INDEX -> new DecileIndexScorer();
            case FLOORS_AND_TARGETS -> new FloorsAndTargetsScorer();
            case DASHBOARD_COLORS -> new DashboardScorer();
            case TARGET_PERCENTAGE -> new TargetPercentageScorer();
            case NONE -> throw new IllegalArgumentException("no scoring system");
        };
    }
}
