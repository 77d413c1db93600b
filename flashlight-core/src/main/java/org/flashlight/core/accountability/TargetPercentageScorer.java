package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.scoring.LowestShare;
import org.flashlight.core.targets.BandPoints;
import org.flashlight.core.targets.CategoryWeights;
import org.flashlight.core.targets.Fraction;
import org.flashlight.core.targets.GapClosingTarget;
import org.flashlight.core.targets.IndicatorCategory;
import org.flashlight.core.targets.IndicatorPoints;
import org.flashlight.core.targets.PercentileRank;
import org.flashlight.core.targets.PointsAward;
import org.flashlight.core.targets.ProgressCategories;
import org.flashlight.core.targets.SchoolStanding;
import org.flashlight.core.targets.SupportDecision;
import org.flashlight.core.targets.SupportIdentification;
import org.flashlight.core.targets.TargetPoints;
import org.flashlight.core.targets.TargetPercentage;
import org.flashlight.core.targets.WeightedTotal;

/**
 * Massachusetts (MA-3, MA-4). Each indicator earns 0-4 points per group: against the group's annual target
 * ({@code target_points}: a third of the gap between the base-year value and the long-term goal closed over
 * six years, {@link GapClosingTarget}) or by mean-SGP bands ({@code growth_bands}); the indicator's domain is
 * its category (achievement, growth, high_school_completion, english_language_proficiency, additional),
 * weighted by DESE's published category weights for the school's grade span. The annual criterion-referenced
 * percentage = 75% all students + 25% lowest performing ({@code lowest_25pct}); the score is the cumulative
 * percentage (40% prior year + 60% this year) x 100, labelled by DESE's 2019 categories. Once a year is
 * scored, each school's accountability percentile (1-99, among the schools of its framework level, by
 * score) and each reported group's own percentile feed MA-4's identification (not in the base year, where
 * every target is the school's own value).
 */
final class TargetPercentageScorer implements SystemScorer {
    /** The groups whose own percentile MA-4 reads (any group whose own percentile is 5 or below). */
    static final List<String> REPORTED_GROUPS = Stream.concat(
            Stream.of("high_needs", "econ_disadv", "el", "swd"), StudentGroup.RACES.stream().map(StudentGroup::id))
            .toList();
    private static final String LOWEST = "lowest_25pct";
    private static final String GRADUATION = "grad_4yr";

    @Override
    public LevelScore score(ScoringContext context, int year, String schoolId, String level) {
        List<ScoreLine> lines = new ArrayList<>();
        Optional<Fraction> annual = annual(context, year, schoolId, level, lines);
        if (annual.isEmpty()) {
            return new LevelScore(null, Map.of(), List.of(), lines);
        }
        Optional<Fraction> prior = annual(context, year - 1, schoolId, level, new ArrayList<>());
        Fraction cumulative = TargetPercentage.cumulative(prior, annual.get());
        Map<String, BigDecimal> groupScores = new LinkedHashMap<>();
        for (String group : REPORTED_GROUPS) {
            groupShare(context, year, schoolId, level, group, new ArrayList<>())
                    .ifPresent(share -> groupScores.put(group, percent(share)));
        }
        BigDecimal score = percent(cumulative);
        lines.add(new ScoreLine(year, schoolId, level, "score", "", "", "", score, 0, "", null, null, null, null,
                "cumulative = " + prior.map(p -> "0.4 x " + Numbers.show(percent(p)) + " (" + (year - 1) + ") + 0.6 x ")
                        .orElse("") + Numbers.show(percent(annual.get())) + " = " + Numbers.show(score)));
        String rating = ProgressCategories.massachusetts2019().label(cumulative);
        return new LevelScore(score, rating, groupScores, List.of(), List.of(), lines);
    }

    /** The year's criterion-referenced percentage: 75% all students, 25% lowest performing (MA-3). */
    private Optional<Fraction> annual(ScoringContext context, int year, String schoolId, String level,
            List<ScoreLine> lines) {
        Optional<Fraction> all = groupShare(context, year, schoolId, level, "all", lines);
        Optional<Fraction> lowest = groupShare(context, year, schoolId, level, LOWEST, lines);
        return all.map(a -> TargetPercentage.gradeSpan(a, lowest));
    }

    /** A group's weighted points earned / possible over the indicators that count for it. */
    private Optional<Fraction> groupShare(ScoringContext context, int year, String schoolId, String level,
            String group, List<ScoreLine> lines) {
        List<IndicatorPoints> points = new ArrayList<>();
        for (Indicator indicator : context.scoring.indicatorsAt(level)) {
            String metric = indicator.metrics().get(0);
            Optional<SchoolValue> value = context.counting(year, schoolId, level, metric, group);
            if (value.isEmpty()) {
                continue;
            }
            IndicatorCategory category = IndicatorCategory.valueOf(indicator.domain().toUpperCase(Locale.ROOT));
            IndicatorPoints earned;
            String rule;
            Fraction v = Fraction.of(value.get().value());
            if (indicator.method().name().equals("growth_bands")) {
                int p = BandPoints.massachusettsGrowth().points(v);
                earned = new IndicatorPoints(indicator.id(), category, p, 4);
                rule = "mean SGP bands 30 | 40 | 50 | 60";
            } else {
                Optional<Fraction> prior = context.counting(year - 1, schoolId, level, metric, group)
                        .map(p -> Fraction.of(p.value()));
                // The target path starts at the base year's value; a year before it (or a group without a
                // base-year value) starts its own path at its own value, and after six years the path stays at
                // its six-year target until the framework names a new base year.
                int baseYear = context.baseYear(year);
                Optional<SchoolValue> baseline = baseYear <= year
                        ? context.counting(baseYear, schoolId, level, metric, group) : Optional.empty();
                int from = baseline.map(SchoolValue::schoolYear).orElse(year);
                Fraction target = GapClosingTarget.massachusettsTarget(year, baseYear,
                        baseline.map(b -> Fraction.of(b.value())), v, Fraction.of(indicator.method().longTermGoal()));
                BigDecimal tolerance = indicator.method().tolerance() == null ? BigDecimal.ZERO
                        : indicator.method().tolerance();
                PointsAward award = TargetPoints.of(context.direction(metric), tolerance.toPlainString())
                        .award(v, prior, target);
                earned = IndicatorPoints.of(indicator.id(), category, award);
                rule = "target " + target.toDecimal(4).stripTrailingZeros().toPlainString() + " (base " + from
                        + "): " + award.reason();
            }
            points.add(earned);
            lines.add(new ScoreLine(year, schoolId, level, "metric", group, indicator.id(), metric,
                    value.get().value(), value.get().students(), rule, null, BigDecimal.valueOf(earned.earned()),
                    BigDecimal.valueOf(earned.possible()), null, metric + " for " + group + ": "
                            + Numbers.show(value.get().value()) + " earns " + earned.earned() + " of 4 (" + rule + ")"));
        }
        if (points.isEmpty()) {
            return Optional.empty();
        }
        boolean high = level.equals("high");
        boolean elp = points.stream().anyMatch(p -> p.category() == IndicatorCategory.ENGLISH_LANGUAGE_PROFICIENCY);
        CategoryWeights weights = CategoryWeights.published(high, elp);
        List<IndicatorPoints> weighted = points.stream().filter(p -> weights.weight(p.category()).isPresent()).toList();
        return weighted.isEmpty() ? Optional.empty() : WeightedTotal.of(weighted, weights).share();
    }

    @Override
    public List<SchoolScore> finishYear(ScoringContext context, int year, List<SchoolScore> scores) {
        Map<String, Integer> percentile = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> groupPercentiles = new LinkedHashMap<>();
        Map<String, List<SchoolScore>> byLevel = new TreeMap<>();
        scores.stream().filter(s -> s.score() != null)
                .forEach(s -> byLevel.computeIfAbsent(s.frameworkLevel(), l -> new ArrayList<>()).add(s));
        for (List<SchoolScore> level : byLevel.values()) {
            Map<String, Fraction> values = new TreeMap<>();
            level.forEach(s -> values.put(s.schoolId(), Fraction.of(s.score())));
            percentile.putAll(PercentileRank.ranks(values));
            for (String group : REPORTED_GROUPS) {
                Map<String, Fraction> groupValues = new TreeMap<>();
                level.stream().filter(s -> s.groupScores().containsKey(group))
                        .forEach(s -> groupValues.put(s.schoolId(), Fraction.of(s.groupScores().get(group))));
                PercentileRank.ranks(groupValues).forEach((school, rank) ->
                        groupPercentiles.computeIfAbsent(school, k -> new TreeMap<>()).put(group, rank));
            }
        }
        List<LowestShare.Candidate> titleI = scores.stream().filter(s -> s.score() != null)
                .filter(s -> context.profile(year, s.schoolId()).map(SchoolProfile::titleI).orElse(false))
                .map(s -> new LowestShare.Candidate(s.schoolId(), BigDecimal.valueOf(percentile.get(s.schoolId())),
                        Optional.empty())).toList();
        List<String> lowestTitleI = LowestShare.lowest(new BigDecimal("0.05"), titleI, "percentile", "").schoolIds();
        // In the base year every target is the school's own value: nothing to identify yet.
        boolean baseYear = context.baseYear(year) == year;
        List<SchoolScore> finished = new ArrayList<>();
        for (SchoolScore s : scores) {
            if (s.score() == null || baseYear) {
                finished.add(s);
                continue;
            }
            SortedMap<String, Integer> groups = new TreeMap<>(groupPercentiles.getOrDefault(s.schoolId(), Map.of()));
            Optional<Fraction> graduation = context.counting(year, s.schoolId(), s.frameworkLevel(), GRADUATION, "all")
                    .map(v -> Fraction.of(v.value()));
            SupportDecision decision = SupportIdentification.massachusetts().identify(new SchoolStanding(
                    s.schoolId(), percentile.get(s.schoolId()), groups, graduation, new TreeMap<>(),
                    lowestTitleI.contains(s.schoolId())));
            List<Designation> designations = new ArrayList<>(s.designations());
            switch (decision.category()) {
                case BROAD_COMPREHENSIVE -> designations.add(new Designation("comprehensive",
                        "comprehensive because " + String.join("; ", decision.rules())));
                case FOCUSED_TARGETED -> designations.add(new Designation("targeted",
                        "targeted because " + String.join("; ", decision.rules())));
                default -> { }
            }
            finished.add(new SchoolScore(s.schoolYear(), s.schoolId(), s.frameworkLevel(), s.score(),
                    s.rating() + ", percentile " + percentile.get(s.schoolId()), s.groupScores(), designations));
        }
        return finished;
    }

    private static BigDecimal percent(Fraction share) {
        return share.times(Fraction.of(100)).toDecimal(12).stripTrailingZeros();
    }
}
