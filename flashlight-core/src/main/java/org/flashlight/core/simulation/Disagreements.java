package org.flashlight.core.simulation;

import static org.flashlight.core.accountability.Numbers.show;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.flashlight.core.accountability.ScoreLine;
import org.flashlight.core.accountability.ScoringRule;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.metric.MetricDefinition;

/**
 * CA-4: for every school both frameworks score, each metric either one uses, whether they treat it
 * differently and why, in the order a reader checks it:
 * <ol>
 * <li>usage: only one of them scores the metric;</li>
 * <li>population: the metric is defined differently (population, numerator, denominator, direction), or
 *     the same definition counts different students or gets a different value (measurement settings such
 *     as the chronic-absence threshold or the attendance days, or the economic-disadvantage rule);</li>
 * <li>rule: a different method (deciles vs floors and targets vs colours), different cuts or floor and
 *     target, different method settings, or the value counts under one side's min n only;</li>
 * <li>weight: the metric weighs differently in the school's score (domain weights, indicator points).</li>
 * </ol>
 * A metric both treat alike has no row. Each side's treatment is the sentence of its score's arithmetic.
 */
final class Disagreements {
    /** How many student groups a population reason names. */
    static final int GROUPS_NAMED = 3;

    private final SimulationSide a;
    private final SimulationSide b;
    private final Contributions contributionsA;
    private final Contributions contributionsB;
    private final Map<String, ScoringRule> rulesA;
    private final Map<String, ScoringRule> rulesB;
    private final Map<String, MetricDefinition> definitionsA;
    private final Map<String, MetricDefinition> definitionsB;
    private final List<SettingDifference> settings;

    Disagreements(SimulationSide a, SimulationSide b, List<SettingDifference> settings) {
        this.a = a;
        this.b = b;
        this.contributionsA = new Contributions(a.outcome());
        this.contributionsB = new Contributions(b.outcome());
        this.rulesA = rules(a);
        this.rulesB = rules(b);
        this.definitionsA = definitions(a.framework());
        this.definitionsB = definitions(b.framework());
        this.settings = settings;
    }

    List<Disagreement> of(List<SchoolComparison> comparisons) {
        List<Disagreement> rows = new ArrayList<>();
        for (SchoolComparison c : comparisons) {
            if (c.a() == null || c.b() == null) {
                continue;
            }
            Map<String, Indicator> usedA = byMetric(a.framework(), c.levelA());
            Map<String, Indicator> usedB = byMetric(b.framework(), c.levelB());
            Set<String> metrics = new LinkedHashSet<>(usedA.keySet());
            metrics.addAll(usedB.keySet());
            for (String metric : metrics) {
                compare(c, metric, usedA.get(metric), usedB.get(metric)).ifPresent(rows::add);
            }
        }
        return rows;
    }

    private Optional<Disagreement> compare(SchoolComparison c, String metric, Indicator indicatorA,
            Indicator indicatorB) {
        int year = c.schoolYear();
        String school = c.schoolId();
        Side sideA = new Side(a, contributionsA, indicatorA, year, school, c.levelA(), metric);
        Side sideB = new Side(b, contributionsB, indicatorB, year, school, c.levelB(), metric);
        List<String> kinds = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (indicatorA == null || indicatorB == null) {
            kinds.add("usage");
            reasons.add("only " + (indicatorA == null ? b.label() : a.label()) + " scores " + metric);
        } else {
            population(metric, sideA, sideB, kinds, reasons);
            rule(year, metric, sideA, sideB, kinds, reasons);
            weight(sideA, sideB, kinds, reasons);
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        String level = c.levelA().isEmpty() ? c.levelB() : c.levelA();
        return Optional.of(new Disagreement(year, school, level, metric, sideA.treatment(), sideB.treatment(), kinds,
                reasons));
    }

    private void population(String metric, Side sa, Side sb, List<String> kinds, List<String> reasons) {
        MetricDefinition da = definitionsA.get(metric);
        MetricDefinition db = definitionsB.get(metric);
        List<String> parts = new ArrayList<>();
        if (da != null && db != null && !da.equals(db)) {
            part(parts, "population", da.population().name().toLowerCase(java.util.Locale.ROOT),
                    db.population().name().toLowerCase(java.util.Locale.ROOT));
            part(parts, "numerator", da.numerator(), db.numerator());
            part(parts, "denominator", da.denominator(), db.denominator());
            part(parts, "direction", da.direction().name().toLowerCase(java.util.Locale.ROOT),
                    db.direction().name().toLowerCase(java.util.Locale.ROOT));
            part(parts, "groups without a row", da.excludedGroups().toString(), db.excludedGroups().toString());
        }
        Optional<ScoreLine> la = sa.line();
        Optional<ScoreLine> lb = sb.line();
        boolean valuesDiffer = la.isPresent() && lb.isPresent() && (la.get().students() != lb.get().students()
                || la.get().value().compareTo(lb.get().value()) != 0);
        List<String> groups = groupsCountedDifferently(sa, sb);
        if (parts.isEmpty() && !valuesDiffer && groups.isEmpty()) {
            return;
        }
        kinds.add("population");
        StringBuilder text = new StringBuilder(parts.isEmpty() ? "the same definition" : "defined differently ("
                + String.join("; ", parts) + ")");
        if (valuesDiffer) {
            text.append(parts.isEmpty() ? " counts " : ", counting ").append(counted(la.get(), lb.get()));
        }
        if (!groups.isEmpty()) {
            text.append(valuesDiffer || !parts.isEmpty() ? "; " : " counts ").append("for student groups: ")
                    .append(String.join(", ", groups));
        }
        List<String> causes = new ArrayList<>();
        SettingsDifferences.under(settings, "measurement").forEach(d -> causes.add(d.describe()));
        SettingsDifferences.under(settings, "econ_disadv_rule").forEach(d -> causes.add(d.describe()));
        if (!causes.isEmpty()) {
            text.append("; settings that change who is counted: ").append(String.join(", ", causes));
        }
        reasons.add(text.toString());
    }

    /**
     * The subgroups both sides have a value for whose values or students differ (e.g. econ_disadv under
     * another economic-disadvantage rule), at most {@link #GROUPS_NAMED} of them named.
     */
    private static List<String> groupsCountedDifferently(Side sa, Side sb) {
        Map<String, ScoreLine> linesA = sa.groupLines();
        Map<String, ScoreLine> linesB = sb.groupLines();
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, ScoreLine> e : linesA.entrySet()) {
            ScoreLine other = linesB.get(e.getKey());
            if (!e.getKey().equals("all") && other != null && (other.students() != e.getValue().students()
                    || other.value().compareTo(e.getValue().value()) != 0)) {
                differing.add(e.getKey() + " " + counted(e.getValue(), other));
            }
        }
        if (differing.size() > GROUPS_NAMED) {
            int more = differing.size() - GROUPS_NAMED;
            differing = new ArrayList<>(differing.subList(0, GROUPS_NAMED));
            differing.add("and " + more + " more");
        }
        return differing;
    }

    private static String counted(ScoreLine a, ScoreLine b) {
        return show(a.value()) + " (" + a.students() + " students) vs " + show(b.value()) + " (" + b.students()
                + " students)";
    }

    private void rule(int year, String metric, Side sa, Side sb, List<String> kinds, List<String> reasons) {
        List<String> parts = new ArrayList<>();
        String methodA = sa.indicator.method().name();
        String methodB = sb.indicator.method().name();
        if (!methodA.equals(methodB)) {
            parts.add("method " + methodA + " vs " + methodB);
        } else {
            Optional<ScoringRule> ra = rule(rulesA, year, sa.level, metric);
            Optional<ScoringRule> rb = rule(rulesB, year, sb.level, metric);
            if (ra.isPresent() && rb.isPresent() && !describe(ra.get()).equals(describe(rb.get()))) {
                parts.add(describe(ra.get()) + " vs " + describe(rb.get()) + (kinds.contains("population")
                        ? " (the cuts come from the schools' values, so they move with the population)" : ""));
            }
            indicatorSettings(sa).stream().filter(d -> d.path().contains(".method")).forEach(d ->
                    parts.add(d.describe()));
        }
        minN(sa, sb).ifPresent(parts::add);
        if (!parts.isEmpty()) {
            kinds.add("rule");
            reasons.add(String.join("; ", parts));
        }
    }

    /**
     * Whether the value counts under one side's min n only: one side has no line for it (its min n or its
     * population left it out), or the students behind it reach one min n and not the other.
     */
    private static Optional<String> minN(Side sa, Side sb) {
        int minA = sa.side.framework().minN();
        int minB = sb.side.framework().minN();
        Optional<ScoreLine> la = sa.line();
        Optional<ScoreLine> lb = sb.line();
        boolean countsA = la.isPresent() && la.get().students() >= minA;
        boolean countsB = lb.isPresent() && lb.get().students() >= minB;
        if (countsA == countsB) {
            return Optional.empty();
        }
        long students = (countsA ? la : lb).get().students();
        return Optional.of("counts for the school under " + (countsA ? sa : sb).side.label() + " only (" + students
                + " students; min n " + minA + " vs " + minB + ")");
    }

    private void weight(Side sa, Side sb, List<String> kinds, List<String> reasons) {
        Optional<Contribution> ca = sa.contribution();
        Optional<Contribution> cb = sb.contribution();
        if (ca.isEmpty() || cb.isEmpty() || ca.get().weight() == null || cb.get().weight() == null
                || ca.get().weight().compareTo(cb.get().weight()) == 0) {
            return;
        }
        kinds.add("weight");
        List<String> causes = new ArrayList<>(indicatorSettings(sa).stream()
                .filter(d -> !d.path().contains(".method")).map(SettingDifference::describe).toList());
        Set<String> domains = new LinkedHashSet<>(List.of(sa.indicator.domain(), sb.indicator.domain()));
        domains.stream().filter(d -> !d.isEmpty()).forEach(d -> SettingsDifferences.under(settings,
                "scoring.domains[" + d + "]").forEach(x -> causes.add(x.describe())));
        reasons.add("weight " + show(ca.get().weight()) + " vs " + show(cb.get().weight())
                + (causes.isEmpty() ? " (the other metrics the school has differ)" : " (" + String.join(", ", causes)
                        + ")"));
    }

    /** The settings of the indicator that differ (common indicators and the level's own). */
    private List<SettingDifference> indicatorSettings(Side side) {
        List<SettingDifference> found = new ArrayList<>(SettingsDifferences.under(settings,
                "scoring.indicators[" + side.indicator.id() + "]"));
        found.addAll(SettingsDifferences.under(settings,
                "scoring.levels[" + side.level + "].indicators[" + side.indicator.id() + "]"));
        return found;
    }

    private static String describe(ScoringRule rule) {
        if (!rule.cuts().isEmpty()) {
            return "cuts of " + rule.baseYear() + " " + String.join(" | ", rule.cuts().stream().map(
                    org.flashlight.core.accountability.Numbers::show).toList());
        }
        return rule.method() + " floor " + show(rule.floor()) + ", target " + show(rule.target()) + " (" + rule.baseYear()
                + ")";
    }

    private static void part(List<String> parts, String what, String a, String b) {
        if (!Objects.equals(a, b)) {
            parts.add(what + " " + a + " vs " + b);
        }
    }

    private static Optional<ScoringRule> rule(Map<String, ScoringRule> rules, int year, String level, String metric) {
        return Optional.ofNullable(rules.get(year + "|" + level + "|" + metric))
                .or(() -> Optional.ofNullable(rules.get(year + "||" + metric)));
    }

    private static Map<String, ScoringRule> rules(SimulationSide side) {
        Map<String, ScoringRule> map = new HashMap<>();
        side.outcome().rules().stream().filter(r -> r.group().equals("all"))
                .forEach(r -> map.putIfAbsent(r.schoolYear() + "|" + r.frameworkLevel() + "|" + r.metric(), r));
        return map;
    }

    private static Map<String, MetricDefinition> definitions(FrameworkSettings framework) {
        Map<String, MetricDefinition> map = new HashMap<>();
        framework.metricsToCompute().forEach(m -> map.put(m.id(), m));
        return map;
    }

    /** metric -> the indicator that scores it at a framework level, in indicator order. */
    private static Map<String, Indicator> byMetric(FrameworkSettings framework, String level) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        framework.scoring().indicatorsAt(level).forEach(i -> i.metrics().forEach(m -> map.putIfAbsent(m, i)));
        return map;
    }

    /** One framework's view of a school's metric. */
    private record Side(SimulationSide side, Contributions contributions, Indicator indicator, int year,
            String school, String level, String metric) {
        Optional<ScoreLine> line() {
            return contributions.allGroupLine(year, school, level, metric);
        }

        Map<String, ScoreLine> groupLines() {
            return indicator == null ? Map.of() : contributions.groupLines(year, school, level, metric);
        }

        Optional<Contribution> contribution() {
            return indicator == null ? Optional.empty()
                    : Optional.ofNullable(contributions.of(year, school, level).get(indicator.id()));
        }

        String treatment() {
            if (indicator == null) {
                return "not scored by " + side.label();
            }
            Optional<ScoreLine> line = line();
            if (line.isEmpty()) {
                return indicator.method().name() + ": not counted for the school (no all-student value with at least "
                        + side.framework().minN() + " students)";
            }
            StringBuilder text = new StringBuilder(line.get().text());
            if (!line.get().rule().isEmpty()) {
                text.append(" [").append(line.get().rule()).append("]");
            }
            contribution().filter(c -> c.metric().equals(metric)).ifPresent(c -> text.append(c.weight() == null
                    ? "" : "; weight " + show(c.weight())).append("; adds ").append(show(c.points()))
                    .append(" points to the score"));
            return text.toString();
        }
    }
}
