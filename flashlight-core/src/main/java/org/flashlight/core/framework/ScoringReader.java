package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.colors.IndicatorTable;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.scoring.BaseYears;
import org.flashlight.core.scoring.GroupWeighting;
import org.flashlight.core.scoring.RatingBands;
import org.flashlight.core.scoring.YearPooling;

/**
 * The {@code scoring:} section of a framework file (docs/frameworks.md "Scoring"), checked per FW-1:
 * unknown metric or group ids, weights that do not sum as declared, a method missing a parameter: one
 * problem each, with its path, e.g. {@code dc-star.yaml: scoring.levels.high.indicators.grad_4yr.long_term_goal:
 * required by method 'ltg'}. Mappings keyed by id (levels, domains, indicators) let a file that
 * {@code extends} another add, replace or (with {@code null}) remove one entry (FW-2).
 */
final class ScoringReader {
    static final Set<String> KEYS = Set.of("system", "levels", "split_multi_level_schools", "base_years",
            "cycle_years", "groups", "domains", "indicators", "rating", "publish_score", "designations",
            "pooling_weights");
    private static final Set<String> LEVEL_KEYS = Set.of("grades", "school_types", "total_points", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("metric", "best_of", "domain", "points", "method",
            "long_term_goal", "cycles", "floor", "target", "max_floor", "tolerance", "unit", "status_cuts", "change_cuts", "grid",
            "source");
    private static final Set<String> GROUP_KEYS = Set.of("all", "shared", "shared_among", "fixed", "race_share");
    private static final Set<String> DESIGNATION_KEYS = Set.of("designation", "rule", "share", "by", "among",
            "metrics", "threshold", "of", "excluding", "within", "pooled");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private final FileProblems problems;
    private final Set<String> metricIds;

    private ScoringReader(FileProblems problems, Set<String> metricIds) {
        this.problems = problems;
        this.metricIds = metricIds;
    }

    /**
     * @param metricIds the metrics the framework computes (the catalog and its own), for FW-1's unknown-id check
     */
    static ScoringSettings read(Object section, Set<String> metricIds, FileProblems problems) {
        if (section == null) {
            return ScoringSettings.NONE;
        }
        if (!(section instanceof Map<?, ?> values)) {
            problems.add("scoring", "expected a mapping with at least 'system'");
            return ScoringSettings.NONE;
        }
        return new ScoringReader(problems, metricIds).read(values);
    }

    private ScoringSettings read(Map<?, ?> values) {
        problems.unknownKeys(values, "scoring.", KEYS);
        String systemId = problems.text(values.get("system"), "scoring.system").orElse("");
        ScoringSystem system = ScoringSystem.fromId(systemId).orElse(null);
        if (system == null) {
            problems.add("scoring.system", "'" + systemId + "' is not one of " + java.util.Arrays.stream(
                    ScoringSystem.values()).map(ScoringSystem::id).toList());
            system = ScoringSystem.NONE;
        }
        List<ScoringSettings.Domain> domains = domains(values.get("domains"));
        List<Indicator> common = indicators(values.get("indicators"), "scoring.indicators", domains);
        List<FrameworkLevel> levels = levels(values.get("levels"), domains);
        boolean split = values.containsKey("split_multi_level_schools")
                ? problems.bool(values.get("split_multi_level_schools"), "scoring.split_multi_level_schools").orElse(false)
                : false;
        List<BaseYears.NamedBaseYear> baseYears = years(values.get("base_years"));
        int cycle = values.containsKey("cycle_years") ? problems.integer(values.get("cycle_years"),
                "scoring.cycle_years", 0, 50, "a whole number of years (0 = frozen)").orElse(0) : 0;
        GroupWeighting groups = groups(values.get("groups"));
        RatingBands bands = bands(values.get("rating"));
        boolean publish = values.containsKey("publish_score")
                ? problems.bool(values.get("publish_score"), "scoring.publish_score").orElse(true) : true;
        List<DesignationRule> designations = designations(values.get("designations"));
        YearPooling pooling = pooling(values.get("pooling_weights"));
        if (system == ScoringSystem.DECILE_INDEX && !domains.isEmpty()) {
            checkSum(domains.stream().map(ScoringSettings.Domain::weight).toList(), HUNDRED, "scoring.domains",
                    "domain weights");
        }
        return new ScoringSettings(system, levels, split, baseYears, cycle, groups, domains, common, bands, publish,
                designations, pooling);
    }

    private List<ScoringSettings.Domain> domains(Object section) {
        List<ScoringSettings.Domain> domains = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries(section, "scoring.domains", "{academic: {weight: 60}}").entrySet()) {
            String path = "scoring.domains." + e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> d)) {
                problems.add(path, "expected a mapping with 'weight'");
                continue;
            }
            problems.unknownKeys(d, path + ".", Set.of("weight"));
            problems.decimal(d.get("weight"), path + ".weight", "a weight in percent")
                    .ifPresent(w -> domains.add(new ScoringSettings.Domain(e.getKey(), w)));
        }
        return domains;
    }

    private List<FrameworkLevel> levels(Object section, List<ScoringSettings.Domain> domains) {
        List<FrameworkLevel> levels = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries(section, "scoring.levels", "{elementary: {grades: [PK, 5]}}")
                .entrySet()) {
            String path = "scoring.levels." + e.getKey();
            if (!FileProblems.CODE.matcher(e.getKey()).matches()) {
                // the id names rows (framework_level) and the engine's entities of a split school (school:<id>)
                problems.add(path, "'" + e.getKey() + "' is not a level id (lower-case letters, digits and _, "
                        + "starting with a letter)");
                continue;
            }
            if (!(e.getValue() instanceof Map<?, ?> l)) {
                problems.add(path, "expected a mapping with 'grades' or 'school_types'");
                continue;
            }
            problems.unknownKeys(l, path + ".", LEVEL_KEYS);
            Integer low = null;
            Integer high = null;
            if (l.get("grades") != null) {
                if (l.get("grades") instanceof List<?> span && span.size() == 2) {
                    low = grade(span.get(0), path + ".grades[0]");
                    high = grade(span.get(1), path + ".grades[1]");
                    if (low != null && high != null && low > high) {
                        problems.add(path + ".grades", "the lowest grade comes first, e.g. [PK, 5]");
                    }
                } else {
                    problems.add(path + ".grades", "expected [lowest, highest], e.g. [6, 8]");
                }
            }
            List<String> types = l.get("school_types") == null ? List.of()
                    : problems.codes(l.get("school_types"), path + ".school_types", "school types").orElse(List.of());
            if (low == null && types.isEmpty()) {
                problems.add(path, "needs 'grades' or 'school_types' to place schools in it");
            }
            BigDecimal total = l.get("total_points") == null ? null
                    : problems.decimal(l.get("total_points"), path + ".total_points", "a number of points").orElse(null);
            List<Indicator> own = indicators(l.get("indicators"), path + ".indicators", domains);
            levels.add(new FrameworkLevel(e.getKey(), low, high, types, total, own));
        }
        return levels;
    }

    /** The checks that need the whole section: a level's declared total (FW-1, within 0.01, STAR-5). */
    static void checkTotals(ScoringSettings settings, FileProblems problems) {
        for (FrameworkLevel level : settings.levels()) {
            if (level.totalPoints() == null) {
                continue;
            }
            BigDecimal sum = settings.indicatorsAt(level.id()).stream().map(Indicator::points)
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(level.totalPoints()).abs().compareTo(TOLERANCE) > 0) {
                problems.add("scoring.levels." + level.id() + ".total_points", "the indicators' points sum to "
                        + sum.toPlainString() + ", not the declared " + level.totalPoints().toPlainString()
                        + " (within 0.01)");
            }
        }
    }

    private List<Indicator> indicators(Object section, String at, List<ScoringSettings.Domain> domains) {
        List<Indicator> indicators = new ArrayList<>();
        for (Map.Entry<String, Object> e : entries(section, at, "{ela_proficiency: {method: deciles}}").entrySet()) {
            String path = at + "." + e.getKey();
            if (!(e.getValue() instanceof Map<?, ?> i)) {
                problems.add(path, "expected a mapping with at least 'method'");
                continue;
            }
            problems.unknownKeys(i, path + ".", INDICATOR_KEYS);
            List<String> metrics = new ArrayList<>();
            if (i.get("best_of") != null) {
                problems.codes(i.get("best_of"), path + ".best_of", "metric ids").ifPresent(metrics::addAll);
            } else {
                metrics.add(problems.text(i.get("metric"), path + ".metric").orElse(e.getKey()));
            }
            for (String metric : metrics) {
                if (!metricIds.contains(metric)) {
                    problems.add(path + (i.get("best_of") != null ? ".best_of" : ".metric"), "unknown metric '" + metric
                            + "' (not in the catalog or the file's metrics:)");
                }
            }
            String domain = problems.text(i.get("domain"), path + ".domain").orElse("");
            if (!domains.isEmpty() && domains.stream().noneMatch(d -> d.id().equals(domain))) {
                problems.add(path + ".domain", "'" + domain + "' is not one of the domains "
                        + domains.stream().map(ScoringSettings.Domain::id).toList());
            }
            BigDecimal points = i.get("points") == null ? null
                    : problems.decimal(i.get("points"), path + ".points", "a number of points").orElse(null);
            Indicator.MethodSettings method = method(i, path);
            if (method != null && !metrics.isEmpty()) {
                indicators.add(new Indicator(e.getKey(), metrics, domain, points, method));
            }
        }
        return indicators;
    }

    private Indicator.MethodSettings method(Map<?, ?> i, String path) {
        String name = problems.text(i.get("method"), path + ".method").orElse(null);
        if (name == null) {
            problems.add(path + ".method", "required: one of " + Indicator.MethodSettings.NAMES);
            return null;
        }
        if (!Indicator.MethodSettings.NAMES.contains(name)) {
            problems.add(path + ".method", "'" + name + "' is not one of " + Indicator.MethodSettings.NAMES);
            return null;
        }
        BigDecimal goal = number(i, "long_term_goal", path);
        BigDecimal floor = number(i, "floor", path);
        BigDecimal target = number(i, "target", path);
        BigDecimal maxFloor = number(i, "max_floor", path);
        Integer cycles = i.get("cycles") == null ? null
                : problems.integer(i.get("cycles"), path + ".cycles", 1, 50, "a whole number of cycles").orElse(null);
        if ((name.equals("ltg") || name.equals("target_points")) && goal == null && i.get("long_term_goal") == null) {
            problems.add(path + ".long_term_goal", "required by method '" + name + "'");
        }
        BigDecimal tolerance = number(i, "tolerance", path);
        if (name.equals("research")) {
            if (floor == null && i.get("floor") == null) {
                problems.add(path + ".floor", "required by method 'research'");
            }
            if (target == null && i.get("target") == null) {
                problems.add(path + ".target", "required by method 'research'");
            }
        }
        IndicatorTable table = name.equals("dashboard") ? DashboardTableReader.read(i, path.substring(path.lastIndexOf('.') + 1), path, problems) : null;
        return new Indicator.MethodSettings(name, goal, cycles, floor, target, maxFloor, table, tolerance);
    }

    private BigDecimal number(Map<?, ?> values, String key, String path) {
        return values.get(key) == null ? null
                : problems.decimal(values.get(key), path + "." + key, "a number").orElse(null);
    }

    private GroupWeighting groups(Object section) {
        if (section == null) {
            return ScoringSettings.ALL_ONLY;
        }
        if (!(section instanceof Map<?, ?> g)) {
            problems.add("scoring.groups", "expected a mapping: {all: 50, shared: 50, shared_among: [...]} or "
                    + "{fixed: {all: 75, ...}, race_share: 5}");
            return ScoringSettings.ALL_ONLY;
        }
        problems.unknownKeys(g, "scoring.groups.", GROUP_KEYS);
        if (g.get("fixed") != null) {
            Map<String, BigDecimal> fixed = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : entries(g.get("fixed"), "scoring.groups.fixed", "{all: 75, swd: 10}")
                    .entrySet()) {
                group(e.getKey(), "scoring.groups.fixed." + e.getKey());
                problems.decimal(e.getValue(), "scoring.groups.fixed." + e.getKey(), "a weight in percent")
                        .ifPresent(w -> fixed.put(e.getKey(), w));
            }
            BigDecimal race = number(g, "race_share", "scoring.groups");
            List<BigDecimal> all = new ArrayList<>(fixed.values());
            if (race != null) {
                all.add(race);
            }
            checkSum(all, HUNDRED, "scoring.groups", "group weights (fixed and race_share)");
            List<String> races = race == null ? List.of() : StudentGroup.RACES.stream().map(StudentGroup::id)
                    .filter(r -> !fixed.containsKey(r)).toList();
            return valid(() -> new GroupWeighting.FixedWeights(fixed, race == null ? BigDecimal.ZERO : race, races),
                    "scoring.groups");
        }
        BigDecimal all = number(g, "all", "scoring.groups");
        BigDecimal shared = number(g, "shared", "scoring.groups");
        List<String> among = g.get("shared_among") == null ? List.of()
                : problems.codes(g.get("shared_among"), "scoring.groups.shared_among", "group ids").orElse(List.of());
        for (int k = 0; k < among.size(); k++) {
            group(among.get(k), "scoring.groups.shared_among[" + k + "]");
        }
        if (all == null) {
            problems.add("scoring.groups.all", "required: the percent kept by all students");
            return ScoringSettings.ALL_ONLY;
        }
        checkSum(List.of(all, shared == null ? BigDecimal.ZERO : shared), HUNDRED, "scoring.groups", "all + shared");
        return valid(() -> new GroupWeighting.ShareWithSubgroups(all.divide(HUNDRED), among), "scoring.groups");
    }

    /** A value whose own checks failed becomes a problem at {@code path} (the piece's message). */
    private GroupWeighting valid(java.util.function.Supplier<GroupWeighting> make, String path) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return ScoringSettings.ALL_ONLY;
        }
    }

    private void group(String id, String path) {
        if (StudentGroup.byId(id).isEmpty()) {
            problems.add(path, "unknown student group '" + id + "'");
        }
    }

    private RatingBands bands(Object section) {
        List<RatingBands.Band> bands = new ArrayList<>();
        if (section == null) {
            return null;
        }
        if (!(section instanceof List<?> list) || list.isEmpty()) {
            problems.add("scoring.rating", "expected a list of bands, e.g. [{from: 0, label: \"1 star\"}, ...]");
            return null;
        }
        for (int k = 0; k < list.size(); k++) {
            String path = "scoring.rating[" + k + "]";
            if (!(list.get(k) instanceof Map<?, ?> b)) {
                problems.add(path, "expected {from: NUMBER, label: TEXT}");
                continue;
            }
            problems.unknownKeys(b, path + ".", Set.of("from", "label"));
            BigDecimal from = problems.decimal(b.get("from"), path + ".from", "the lowest score of the band").orElse(null);
            String label = problems.text(b.get("label"), path + ".label").orElse(null);
            if (label == null) {
                problems.add(path + ".label", "required");
            }
            if (from != null && label != null) {
                if (!bands.isEmpty() && bands.get(bands.size() - 1).from().compareTo(from) >= 0) {
                    problems.add(path + ".from", "bands go from the lowest score up");
                }
                bands.add(new RatingBands.Band(from, label));
            }
        }
        return bands.size() == list.size() ? new RatingBands(bands) : null;
    }

    private List<DesignationRule> designations(Object section) {
        List<DesignationRule> rules = new ArrayList<>();
        if (section == null) {
            return rules;
        }
        if (!(section instanceof List<?> list)) {
            problems.add("scoring.designations", "expected a list of rules");
            return rules;
        }
        for (int k = 0; k < list.size(); k++) {
            String path = "scoring.designations[" + k + "]";
            if (!(list.get(k) instanceof Map<?, ?> d)) {
                problems.add(path, "expected a mapping with 'designation' and 'rule'");
                continue;
            }
            problems.unknownKeys(d, path + ".", DESIGNATION_KEYS);
            String id = problems.text(d.get("designation"), path + ".designation").orElse(null);
            String rule = problems.text(d.get("rule"), path + ".rule").orElse(null);
            if (id == null) {
                problems.add(path + ".designation", "required, e.g. csi");
            }
            if (rule == null || !DesignationRule.RULES.contains(rule)) {
                problems.add(path + ".rule", "expected one of " + DesignationRule.RULES + ", found '" + rule + "'");
                continue;
            }
            BigDecimal share = number(d, "share", path);
            if ((rule.equals("lowest_share") || rule.equals("top_share")) && share == null) {
                problems.add(path + ".share", "required by rule '" + rule + "', e.g. 0.05");
            }
            List<String> metrics = d.get("metrics") == null ? List.of()
                    : problems.codes(d.get("metrics"), path + ".metrics", "metric ids").orElse(List.of());
            for (String m : metrics) {
                if (!metricIds.contains(m)) {
                    problems.add(path + ".metrics", "unknown metric '" + m + "'");
                }
            }
            BigDecimal threshold = number(d, "threshold", path);
            if (rule.equals("all_below") && (metrics.isEmpty() || threshold == null)) {
                problems.add(path, "rule 'all_below' needs 'metrics' and 'threshold'");
            }
            String of = problems.text(d.get("of"), path + ".of").orElse("");
            if (rule.equals("group_at_or_below") && of.isEmpty()) {
                problems.add(path + ".of", "required by rule 'group_at_or_below', e.g. csi");
            }
            List<String> excluding = d.get("excluding") == null ? List.of()
                    : problems.codes(d.get("excluding"), path + ".excluding", "designations").orElse(List.of());
            boolean pooled = d.get("pooled") != null && problems.bool(d.get("pooled"), path + ".pooled").orElse(false);
            if (id != null) {
                rules.add(new DesignationRule(id, rule, share,
                        problems.text(d.get("by"), path + ".by").orElse("score"),
                        problems.text(d.get("among"), path + ".among").orElse("all"), metrics, threshold, of,
                        excluding, problems.text(d.get("within"), path + ".within").orElse(""), pooled));
            }
        }
        return rules;
    }

    /** {@code [2015]} or {@code [{from: 2019, base: 2018}, ...]} (seed 002's timeline). */
    private List<BaseYears.NamedBaseYear> years(Object section) {
        List<BaseYears.NamedBaseYear> years = new ArrayList<>();
        if (section == null) {
            return years;
        }
        if (!(section instanceof List<?> list)) {
            problems.add("scoring.base_years", "expected a list of school years, e.g. [2015], or of "
                    + "{from: 2019, base: 2018}");
            return years;
        }
        for (int k = 0; k < list.size(); k++) {
            String path = "scoring.base_years[" + k + "]";
            if (list.get(k) instanceof Map<?, ?> m) {
                problems.unknownKeys(m, path + ".", Set.of("from", "base"));
                var from = problems.integer(m.get("from"), path + ".from", 1900, 2200, "a school year");
                var base = problems.integer(m.get("base"), path + ".base", 1900, 2200, "a school year");
                if (from.isPresent() && base.isPresent()) {
                    years.add(new BaseYears.NamedBaseYear(from.get(), base.get()));
                }
            } else {
                problems.integer(list.get(k), path, 1900, 2200, "a school year")
                        .ifPresent(y -> years.add(BaseYears.NamedBaseYear.of(y)));
            }
        }
        if (years.stream().map(BaseYears.NamedBaseYear::fromYear).distinct().count() != years.size()) {
            problems.add("scoring.base_years", "two base years apply from the same year");
        }
        return years;
    }

    private YearPooling pooling(Object section) {
        if (section == null) {
            return null;
        }
        if (!(section instanceof List<?> list) || list.isEmpty()) {
            problems.add("scoring.pooling_weights", "expected year weights, most recent first, e.g. [0.5, 0.3, 0.2]");
            return null;
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (int k = 0; k < list.size(); k++) {
            String path = "scoring.pooling_weights[" + k + "]";
            problems.decimal(list.get(k), path, "a weight above 0").ifPresent(w -> {
                if (w.signum() <= 0) {
                    problems.add(path, "expected a weight above 0, found '" + w.toPlainString() + "'");
                } else {
                    weights.add(w);
                }
            });
        }
        return weights.size() == list.size() ? new YearPooling(weights) : null;
    }

    private Integer grade(Object value, String path) {
        OptionalInt g = Grades.parse(String.valueOf(value));
        if (g.isEmpty()) {
            problems.add(path, "'" + value + "' is not a grade (PK, KG, 1 .. 12)");
            return null;
        }
        return g.getAsInt();
    }

    private void checkSum(List<BigDecimal> values, BigDecimal expected, String path, String what) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(expected).abs().compareTo(TOLERANCE) > 0) {
            problems.add(path, what + " sum to " + sum.toPlainString() + ", not " + expected.toPlainString());
        }
    }

    /** A mapping keyed by id, in file order; a null value (an entry removed by an extending file) is skipped. */
    private Map<String, Object> entries(Object section, String path, String example) {
        Map<String, Object> entries = new LinkedHashMap<>();
        if (section == null) {
            return entries;
        }
        if (!(section instanceof Map<?, ?> map)) {
            problems.add(path, "expected a mapping keyed by id, e.g. " + example);
            return entries;
        }
        map.forEach((k, v) -> {
            if (v != null) {
                entries.put(String.valueOf(k), v);
            }
        });
        return entries;
    }
}
