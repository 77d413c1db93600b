package org.flashlight.core.accountability;

import static org.flashlight.core.accountability.Numbers.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.scoring.LowestShare;

/**
 * Applies a framework's designation rules (CORE-6, STAR-7) to the school results of one year, rule by
 * rule in file order, so a rule can refer to designations given by earlier ones ({@code excluding},
 * {@code group_at_or_below}). Each designation carries the rule that fired, with its numbers.
 *
 * <ul>
 * <li>{@code lowest_share} / {@code top_share}: the ceil(share x n) schools with the lowest (highest)
 *     {@code by} value among the candidates (NC-4: ties by the first academic indicator, then school_id);
 *     n counts every candidate with a value, those {@code excluding} removes included ("the next 10%");
 *     {@code within: poverty_quartile} takes the share in each quartile separately;</li>
 * <li>{@code all_below}: every listed metric's {@code all} value is below the threshold (and counts);</li>
 * <li>{@code group_at_or_below}: a school not designated {@code of} with a group (other than all) whose
 *     score is at or below the highest score among the schools designated {@code of}: one designation
 *     per group, {@code id:group}.</li>
 * </ul>
 */
final class Designations {
    private Designations() {
    }

    /**
     * @param scores         the school results of one year (one per school and framework level)
     * @param context        values (for all_below) and profiles (among, within)
     * @param firstIndicator the framework's first academic indicator (NC-4 ties)
     */
    static List<SchoolScore> apply(List<SchoolScore> scores, List<DesignationRule> rules, ScoringContext context,
            String firstIndicator) {
        Map<String, List<Designation>> given = new LinkedHashMap<>();
        scores.forEach(s -> given.put(key(s), new ArrayList<>(s.designations())));
        for (DesignationRule rule : rules) {
            switch (rule.rule()) {
                case "lowest_share", "top_share" -> share(rule, scores, context, firstIndicator, given);
                case "all_below" -> allBelow(rule, scores, context, given);
                case "group_at_or_below" -> groupAtOrBelow(rule, scores, given);
                default -> throw new IllegalArgumentException("unknown designation rule " + rule.rule());
            }
        }
        return scores.stream().map(s -> s.withDesignations(given.get(key(s)))).toList();
    }

    private static void share(DesignationRule rule, List<SchoolScore> scores, ScoringContext context,
            String firstIndicator, Map<String, List<Designation>> given) {
        Map<Integer, Map<String, Integer>> quartiles = new TreeMap<>();
        Map<String, List<SchoolScore>> partitions = new LinkedHashMap<>();
        for (SchoolScore s : scores) {
            if (!amongMatches(rule, s, context) || by(rule, s).isEmpty()) {
                continue;
            }
            String partition = "";
            if (rule.within().equals("poverty_quartile")) {
                Map<String, Integer> q = quartiles.computeIfAbsent(s.schoolYear(),
                        y -> PovertyQuartiles.of(context.schools(y)));
                if (!q.containsKey(s.schoolId())) {
                    continue;
                }
                partition = "poverty quartile " + q.get(s.schoolId());
            }
            partitions.computeIfAbsent(partition, p -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<SchoolScore>> partition : partitions.entrySet()) {
            List<SchoolScore> members = partition.getValue();
            int count = LowestShare.count(rule.share(), members.size());
            List<LowestShare.Candidate> candidates = members.stream()
                    .filter(s -> !hasAny(given.get(key(s)), rule.excluding()))
                    .map(s -> new LowestShare.Candidate(key(s), by(rule, s).orElseThrow(),
                            context.counting(s.schoolYear(), s.schoolId(), s.frameworkLevel(), firstIndicator, "all")
                                    .map(SchoolValue::value)))
                    .toList();
            // the share is of every ranked school; those already designated are passed over
            List<String> chosen = LowestShare.ranked(candidates, rule.rule().equals("top_share")).stream()
                    .limit(count).toList();
            String text = (rule.rule().equals("top_share") ? "top " : "lowest ")
                    + rule.share().movePointRight(2).stripTrailingZeros().toPlainString() + "% of " + members.size()
                    + among(rule) + " schools" + (partition.getKey().isEmpty() ? "" : " in " + partition.getKey())
                    + " by " + rule.by() + (rule.pooled() ? " (pooled)" : "") + ": ceil("
                    + rule.share().toPlainString() + " x " + members.size() + ") = " + count
                    + (rule.excluding().isEmpty() ? "" : ", passing over " + String.join("/", rule.excluding()))
                    + "; ties: " + (rule.rule().equals("top_share") ? "higher " : "lower ") + firstIndicator
                    + ", then school_id";
            // MA-5's exit distance: a school leaves a "lowest x%" once it rises above the highest chosen value
            Optional<BigDecimal> cut = rule.rule().equals("top_share") ? Optional.empty() : chosen.stream()
                    .map(id -> by(rule, member(members, id)).orElseThrow()).max(BigDecimal::compareTo);
            for (String id : chosen) {
                SchoolScore s = member(members, id);
                BigDecimal value = by(rule, s).orElseThrow();
                give(given.get(id), new Designation(rule.designation(), rule.designation() + " because "
                        + rule.by() + " " + show(value) + " is among the " + text,
                        cut.map(c -> new Designation.ExitLine(rule.by() + (rule.pooled() ? " (pooled)" : ""), value, c,
                                false, "the " + rule.designation() + " cut (the highest " + rule.by() + " among the lowest "
                                + rule.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                                + (partition.getKey().isEmpty() ? "" : " in " + partition.getKey()) + ")")).stream()
                                .toList()));
            }
        }
    }

    private static void allBelow(DesignationRule rule, List<SchoolScore> scores, ScoringContext context,
            Map<String, List<Designation>> given) {
        for (SchoolScore s : scores) {
            if (!amongMatches(rule, s, context)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            SchoolValue closest = null;
            boolean all = true;
            for (String metric : rule.metrics()) {
                Optional<SchoolValue> v = context.counting(s.schoolYear(), s.schoolId(), s.frameworkLevel(), metric,
                        "all");
                if (v.isEmpty() || v.get().value().compareTo(rule.threshold()) >= 0) {
                    all = false;
                    break;
                }
                parts.add(metric + " " + show(v.get().value()));
                if (closest == null || v.get().value().compareTo(closest.value()) > 0) {
                    closest = v.get();
                }
            }
            if (all) {
                // every metric must be below the threshold, so the one closest to it reaching it ends the rule
                give(given.get(key(s)), new Designation(rule.designation(), rule.designation() + " because "
                        + (rule.pooled() ? "pooled " : "") + String.join(" and ", parts) + " < "
                        + show(rule.threshold()), Optional.ofNullable(closest).map(c -> new Designation.ExitLine(
                                (rule.pooled() ? "pooled " : "") + c.metric(), c.value(), rule.threshold(),
                                true, "the threshold")).stream().toList()));
            }
        }
    }

    private static void groupAtOrBelow(DesignationRule rule, List<SchoolScore> scores,
            Map<String, List<Designation>> given) {
        Optional<BigDecimal> cut = scores.stream()
                .filter(s -> s.score() != null && hasAny(given.get(key(s)), List.of(rule.of())))
                .map(SchoolScore::score).max(BigDecimal::compareTo);
        if (cut.isEmpty()) {
            return;
        }
        for (SchoolScore s : scores) {
            if (hasAny(given.get(key(s)), List.of(rule.of()))) {
                continue;
            }
            s.groupScores().forEach((group, score) -> {
                if (!group.equals("all") && score.compareTo(cut.get()) <= 0) {
                    give(given.get(key(s)), new Designation(rule.designation() + ":" + group, rule.designation() + ":"
                            + group + " because " + group + (rule.pooled() ? " pooled" : "") + " score " + show(score)
                            + " <= " + rule.of() + " cut " + show(cut.get()) + " (the highest " + rule.of() + " score)",
                            List.of(new Designation.ExitLine(group + (rule.pooled() ? " pooled" : "") + " score",
                                    score, cut.get(), false, "the " + rule.of() + " cut (the highest " + rule.of()
                                    + " score)"))));
                }
            });
        }
    }

    private static SchoolScore member(List<SchoolScore> members, String key) {
        return members.stream().filter(m -> key(m).equals(key)).findFirst().orElseThrow();
    }

    /**
     * Adds a designation, or, when the school already has one of the same id (two rules of one designation
     * fired, e.g. csi by the lowest 5% and by graduation), joins the second rule to its detail and its exit
     * lines: a designation is written once, and a school leaves it when it crosses every line.
     */
    static void give(List<Designation> designations, Designation designation) {
        for (int i = 0; i < designations.size(); i++) {
            Designation had = designations.get(i);
            if (had.id().equals(designation.id())) {
                List<Designation.ExitLine> lines = new ArrayList<>(had.exitLines());
                lines.addAll(designation.exitLines());
                designations.set(i, new Designation(had.id(), had.detail() + "; " + designation.detail(), lines));
                return;
            }
        }
        designations.add(designation);
    }

    private static Optional<BigDecimal> by(DesignationRule rule, SchoolScore s) {
        return switch (rule.by()) {
            case "lowest_group_score" -> s.groupScores().entrySet().stream().filter(e -> !e.getKey().equals("all"))
                    .map(Map.Entry::getValue).min(BigDecimal::compareTo);
            default -> Optional.ofNullable(s.score());
        };
    }

    private static boolean amongMatches(DesignationRule rule, SchoolScore s, ScoringContext context) {
        return !rule.among().equals("title_i")
                || context.profile(s.schoolYear(), s.schoolId()).map(SchoolProfile::titleI).orElse(false);
    }

    private static String among(DesignationRule rule) {
        return rule.among().equals("title_i") ? " Title I" : "";
    }

    private static boolean hasAny(List<Designation> designations, List<String> ids) {
        return designations.stream().anyMatch(d -> ids.contains(d.id()) || ids.stream()
                .anyMatch(id -> d.id().startsWith(id + ":")));
    }

    private static String key(SchoolScore s) {
        return s.schoolId() + "|" + s.frameworkLevel();
    }
}
