package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.scoring.BaseYears;
import org.flashlight.core.scoring.DecilePoints;
import org.flashlight.core.scoring.GroupWeighting;
import org.flashlight.core.scoring.RatingBands;
import org.flashlight.core.scoring.YearPooling;

/**
 * The {@code scoring:} section of a framework file: how metric values become points or levels, a score,
 * a rating and designations (frameworks.md). Read and checked by {@link ScoringReader} (FW-1).
 *
 * @param system          the scoring system
 * @param levels          framework levels in file order (STAR-1); schools are placed by type, then grades
 * @param splitMultiLevel whether a school serving grades of two levels (a DC K-8) is scored once per level on
 *                        the students of that level's grades (STAR-1) instead of once as a whole
 * @param baseYears       the base years the file names, each with the first year it applies to (CORE-4, STAR-6);
 *                        empty: the earliest year of the bundle ({@link BaseYears})
 * @param cycleYears      years a cycle lasts where no named base year applies (STAR-6: 3); 0 = frozen (CORE-4)
 * @param groups          how student groups' results are weighted (CORE-3, STAR-5)
 * @param domains         domains and their weights (CORE-1, CORE-2), in file order; may be empty
 * @param indicators      indicators scored at every framework level
 * @param ratingBands     the rating labels by the lowest score of each, ascending; null for no rating
 * @param publishScore    whether public views show the summative score (CORE-5 lets a district hide it)
 * @param designations    the identification rules, in file order
 * @param pooling         year weights for multi-year designations (STAR-7), or null for no pooling
 */
public record ScoringSettings(ScoringSystem system, List<FrameworkLevel> levels, boolean splitMultiLevel,
        List<BaseYears.NamedBaseYear> baseYears, int cycleYears, GroupWeighting groups, List<Domain> domains,
        List<Indicator> indicators, RatingBands ratingBands, boolean publishScore,
        List<DesignationRule> designations, YearPooling pooling) {

    /** Every student counted as one group: {@code all} carries 100%. */
    public static final GroupWeighting ALL_ONLY = new GroupWeighting.ShareWithSubgroups(BigDecimal.ONE, List.of());

    public static final ScoringSettings NONE = new ScoringSettings(ScoringSystem.NONE, List.of(), false, List.of(), 0,
            ALL_ONLY, List.of(), List.of(), null, true, List.of(), null);

    public ScoringSettings {
        Objects.requireNonNull(system, "system");
        levels = List.copyOf(levels);
        baseYears = List.copyOf(baseYears);
        Objects.requireNonNull(groups, "groups");
        domains = List.copyOf(domains);
        indicators = List.copyOf(indicators);
        designations = List.copyOf(designations);
    }

    /** The indicators scored at a framework level: the common ones, then the level's own. */
    public List<Indicator> indicatorsAt(String levelId) {
        List<Indicator> all = new ArrayList<>(indicators);
        level(levelId).ifPresent(l -> all.addAll(l.indicators()));
        return all;
    }

    public Optional<FrameworkLevel> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** A domain and its share of the score (percent). */
    public record Domain(String id, BigDecimal weight) {
    }

    /** The groups the weighting can weigh, in its order (CORE-3's all and subgroups; STAR-5's groups and races). */
    public List<String> weightedGroups() {
        return groups.slots().slots().stream().flatMap(slot -> slot.members().stream()).toList();
    }

    /** The domains as CORE-5's index weighs them, with the indicators scored at a framework level. */
    public DecilePoints decilePoints(String levelId) {
        List<Indicator> scored = indicatorsAt(levelId);
        if (domains.isEmpty()) {
            return new DecilePoints(List.of(new DecilePoints.Domain("all", new BigDecimal(100),
                    scored.stream().map(i -> i.metrics().get(0)).toList())));
        }
        return new DecilePoints(domains.stream().map(d -> new DecilePoints.Domain(d.id(), d.weight(), scored.stream()
                .filter(i -> i.domain().equals(d.id())).map(i -> i.metrics().get(0)).toList())).toList());
    }
}
