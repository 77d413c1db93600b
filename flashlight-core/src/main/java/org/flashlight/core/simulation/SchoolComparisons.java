package org.flashlight.core.simulation;

import static org.flashlight.core.accountability.Numbers.show;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.PovertyQuartiles;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolScore;

/**
 * Pairs each school's results under A and B (FW-4) and says in words what changed and why: the rating,
 * the designations gained (with the rule that fired under B) and lost (with the rule that fired under A
 * and no longer does), and the indicators whose points moved most.
 *
 * <p>Results pair by year, school and framework level; a school with one result on each side under
 * differently named levels (two systems) pairs those two. Rows are ordered by year, school_id, level.
 */
final class SchoolComparisons {
    /** How many indicator shifts a reason names (the file's reason column; every shift is in the record). */
    static final int SHIFTS_NAMED = 3;

    private final SimulationSide a;
    private final SimulationSide b;
    private final Contributions contributionsA;
    private final Contributions contributionsB;
    private final RatingChange.Scale scaleA;
    private final RatingChange.Scale scaleB;

    SchoolComparisons(SimulationSide a, SimulationSide b) {
        this.a = a;
        this.b = b;
        this.contributionsA = new Contributions(a.outcome());
        this.contributionsB = new Contributions(b.outcome());
        this.scaleA = RatingChange.Scale.of(a.framework().scoring());
        this.scaleB = RatingChange.Scale.of(b.framework().scoring());
    }

    List<SchoolComparison> compare(List<SchoolProfile> profiles) {
        Map<String, SchoolProfile> profileOf = new HashMap<>();
        profiles.forEach(p -> profileOf.put(p.schoolYear() + "|" + p.schoolId(), p));
        Map<Integer, Map<String, Integer>> quartiles = new TreeMap<>();
        Map<String, List<SchoolScore>> byA = bySchool(a.outcome().schools());
        Map<String, List<SchoolScore>> byB = bySchool(b.outcome().schools());
        Set<String> keys = new LinkedHashSet<>(byA.keySet());
        keys.addAll(byB.keySet());
        List<SchoolComparison> result = new ArrayList<>();
        for (String key : keys) {
            List<SchoolScore> scoresA = byA.getOrDefault(key, List.of());
            List<SchoolScore> scoresB = byB.getOrDefault(key, List.of());
            SchoolScore any = scoresA.isEmpty() ? scoresB.get(0) : scoresA.get(0);
            int year = any.schoolYear();
            SchoolProfile profile = profileOf.getOrDefault(key, new SchoolProfile(year, any.schoolId(), null, null,
                    null, 0, 0, false, null));
            Integer quartile = quartiles.computeIfAbsent(year, y -> PovertyQuartiles.of(
                    profiles.stream().filter(p -> p.schoolYear() == y).toList())).get(any.schoolId());
            for (SchoolScore[] pair : pairs(scoresA, scoresB)) {
                result.add(compare(year, profile, quartile, pair[0], pair[1]));
            }
        }
        result.sort(Comparator.comparingInt(SchoolComparison::schoolYear).thenComparing(SchoolComparison::schoolId)
                .thenComparing(c -> c.levelA() + "|" + c.levelB()));
        return result;
    }

    private SchoolComparison compare(int year, SchoolProfile profile, Integer quartile, SchoolScore sa,
            SchoolScore sb) {
        String ratingA = sa == null ? "" : sa.rating();
        String ratingB = sb == null ? "" : sb.rating();
        RatingChange rating = RatingChange.of(scaleA, ratingA, scaleB, ratingB);
        List<Designation> designationsA = sa == null ? List.of() : sa.designations();
        List<Designation> designationsB = sb == null ? List.of() : sb.designations();
        List<Designation> gained = missingFrom(designationsB, designationsA);
        List<Designation> lost = missingFrom(designationsA, designationsB);
        List<MetricShift> shifts = shifts(sa, sb);
        List<String> reasons = new ArrayList<>();
        BigDecimal scoreA = sa == null ? null : sa.score();
        BigDecimal scoreB = sb == null ? null : sb.score();
        String scores = "score " + shown(scoreA) + " -> " + shown(scoreB);
        String withScores = scoreA == null && scoreB == null ? "" : " (" + scores + ")";
        switch (rating) {
            case UP, DOWN, OTHER -> reasons.add("rating " + ratingA + " -> " + ratingB + withScores);
            case GAINED -> reasons.add("rated " + ratingB + " under B only" + withScores);
            case LOST -> reasons.add("rated " + ratingA + " under A only" + withScores);
            default -> {
            }
        }
        for (Designation d : lost) {
            reasons.add("loses " + d.id() + ": under A " + d.detail() + "; under B " + b.label() + " "
                    + (scoreB == null ? "has no score" : "score is " + show(scoreB)));
        }
        for (Designation d : gained) {
            reasons.add("gains " + d.id() + ": under B " + d.detail());
        }
        List<MetricShift> moved = shifts.stream().filter(s -> s.delta().signum() != 0).toList();
        if (scoreA != null && scoreB != null && scoreA.compareTo(scoreB) != 0 && !moved.isEmpty()) {
            reasons.add(scores + " (" + signed(scoreB.subtract(scoreA)) + "): " + String.join(", ",
                    moved.stream().limit(SHIFTS_NAMED).map(MetricShift::describe).toList()));
        }
        return new SchoolComparison(year, profile, quartile, sa, sb, rating, gained, lost, shifts, reasons);
    }

    /**
     * Every indicator scored for the school on either side, the largest move first (ties by indicator id);
     * none unless both sides give the school a score (a system without a score has no points to move).
     */
    private List<MetricShift> shifts(SchoolScore sa, SchoolScore sb) {
        if (sa == null || sb == null || sa.score() == null || sb.score() == null) {
            return List.of();
        }
        Map<String, Contribution> ca = contributionsA.of(sa.schoolYear(), sa.schoolId(), sa.frameworkLevel());
        Map<String, Contribution> cb = contributionsB.of(sb.schoolYear(), sb.schoolId(), sb.frameworkLevel());
        Set<String> indicators = new LinkedHashSet<>(ca.keySet());
        indicators.addAll(cb.keySet());
        return indicators.stream().map(i -> new MetricShift(i, ca.get(i), cb.get(i)))
                .sorted(Comparator.comparing((MetricShift s) -> s.delta().abs()).reversed()
                        .thenComparing(MetricShift::indicator))
                .toList();
    }

    /** Same level first; then a lone leftover on each side pairs; the rest stand alone. */
    private static List<SchoolScore[]> pairs(List<SchoolScore> scoresA, List<SchoolScore> scoresB) {
        List<SchoolScore> leftA = new ArrayList<>(scoresA);
        List<SchoolScore> leftB = new ArrayList<>(scoresB);
        List<SchoolScore[]> pairs = new ArrayList<>();
        for (SchoolScore sa : scoresA) {
            leftB.stream().filter(sb -> sb.frameworkLevel().equals(sa.frameworkLevel())).findFirst().ifPresent(sb -> {
                pairs.add(new SchoolScore[] {sa, sb});
                leftA.remove(sa);
                leftB.remove(sb);
            });
        }
        if (leftA.size() == 1 && leftB.size() == 1) {
            pairs.add(new SchoolScore[] {leftA.get(0), leftB.get(0)});
            return pairs;
        }
        leftA.forEach(sa -> pairs.add(new SchoolScore[] {sa, null}));
        leftB.forEach(sb -> pairs.add(new SchoolScore[] {null, sb}));
        return pairs;
    }

    private static Map<String, List<SchoolScore>> bySchool(List<SchoolScore> scores) {
        Map<String, List<SchoolScore>> map = new TreeMap<>();
        List<SchoolScore> sorted = scores.stream().sorted(Comparator.comparingInt(SchoolScore::schoolYear)
                .thenComparing(SchoolScore::schoolId).thenComparing(SchoolScore::frameworkLevel)).toList();
        for (SchoolScore s : sorted) {
            map.computeIfAbsent(s.schoolYear() + "|" + s.schoolId(), k -> new ArrayList<>()).add(s);
        }
        return map;
    }

    private static List<Designation> missingFrom(List<Designation> these, List<Designation> others) {
        return these.stream().filter(d -> others.stream().noneMatch(o -> o.id().equals(d.id()))).toList();
    }

    private static String shown(BigDecimal score) {
        return score == null ? "none" : show(score);
    }

    static String signed(BigDecimal value) {
        return (value.signum() >= 0 ? "+" : "") + show(value);
    }
}
