package org.flashlight.core.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * CORE-8: groups focus schools into communities of practice of {@code minSize}-{@code maxSize} schools
 * (CORE: two to four) that share a problem of practice, schools of the same level together where
 * possible. Deterministic:
 *
 * <ol>
 *   <li>A school's problem is its weakest entry in {@link PairingProfile#metricLevels()}: the lowest
 *   level, ties to the first key in alphabetical order (keys are metrics, or "metric group" for a
 *   subgroup result).</li>
 *   <li>For each problem (alphabetical), for each level (alphabetical): n >= 2 schools are split into
 *   k = ceil(n / maxSize) communities as even as possible (the first n mod k get one more), in school
 *   id order.</li>
 *   <li>A problem's schools left alone at their level are pooled across levels and split the same way;
 *   one left alone joins the smallest community of its problem with room (same level first), or waits
 *   for the last step.</li>
 *   <li>Schools still alone (their problem had one school) are grouped by level and then across levels
 *   the same way, under a "mixed" problem naming their problems; a last single school joins the
 *   smallest community with room (same level first); when all are full it takes the last member of
 *   the largest one into a new community of two; it stays unassigned only when it is the only school.</li>
 * </ol>
 */
public record CommunitiesOfPractice(int minSize, int maxSize) {

    public record Result(List<Community> communities, List<String> unassigned) {

        public Result {
            communities = List.copyOf(communities);
            unassigned = List.copyOf(unassigned);
        }
    }

    public CommunitiesOfPractice {
        // maxSize >= 2 x minSize - 1 lets any n >= minSize be split into communities within the bounds.
        if (minSize < 2 || maxSize < 2 * minSize - 1) {
            throw new IllegalArgumentException("need minSize >= 2 and maxSize >= 2 x minSize - 1, got "
                    + minSize + "-" + maxSize);
        }
    }

    public static CommunitiesOfPractice core() {
        return new CommunitiesOfPractice(2, 4);
    }

    /** The weakest entry: the lowest level, ties to the alphabetically first key. */
    public static String problem(PairingProfile school) {
        return school.metricLevels().entrySet().stream()
                .min(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalArgumentException(school.schoolId() + " has no metric levels"));
    }

    public Result group(List<PairingProfile> focusSchools) {
        Map<String, List<PairingProfile>> byProblem = new TreeMap<>();
        focusSchools.stream().sorted(Comparator.comparing(PairingProfile::schoolId))
                .forEach(school -> byProblem.computeIfAbsent(problem(school), key -> new ArrayList<>()).add(school));
        List<Draft> drafts = new ArrayList<>();
        List<PairingProfile> alone = new ArrayList<>();
        for (Map.Entry<String, List<PairingProfile>> problem : byProblem.entrySet()) {
            List<Draft> ofProblem = new ArrayList<>();
            List<PairingProfile> pool = new ArrayList<>();
            for (List<PairingProfile> sameLevel : byLevel(problem.getValue()).values()) {
                if (sameLevel.size() >= minSize) {
                    ofProblem.addAll(split(problem.getKey(), sameLevel));
                } else {
                    pool.addAll(sameLevel);
                }
            }
            placeLeftovers(problem.getKey(), pool, ofProblem, alone);
            drafts.addAll(ofProblem);
        }
        List<PairingProfile> unassigned = new ArrayList<>();
        List<Draft> mixed = new ArrayList<>();
        List<PairingProfile> pool = new ArrayList<>();
        for (List<PairingProfile> sameLevel : byLevel(alone).values()) {
            if (sameLevel.size() >= minSize) {
                mixed.addAll(split(mixedProblem(sameLevel), sameLevel));
            } else {
                pool.addAll(sameLevel);
            }
        }
        drafts.addAll(mixed);
        if (pool.size() >= minSize) {
            drafts.addAll(split(mixedProblem(pool), pool));
        } else {
            for (PairingProfile school : pool) {
                if (!join(school, drafts) && !pairWithSurplus(school, drafts)) {
                    unassigned.add(school);
                }
            }
        }
        return new Result(drafts.stream().map(Draft::community).toList(),
                unassigned.stream().map(PairingProfile::schoolId).toList());
    }

    private void placeLeftovers(String problem, List<PairingProfile> pool, List<Draft> ofProblem,
            List<PairingProfile> alone) {
        pool.sort(Comparator.comparing(PairingProfile::level).thenComparing(PairingProfile::schoolId));
        if (pool.size() >= minSize) {
            ofProblem.addAll(split(problem, pool));
            return;
        }
        for (PairingProfile school : pool) {
            if (!join(school, ofProblem)) {
                alone.add(school);
            }
        }
    }

    /** Adds the school to the smallest draft with room, same level first; false when none has room. */
    private boolean join(PairingProfile school, List<Draft> drafts) {
        Comparator<Draft> preference = Comparator.<Draft>comparingInt(draft -> draft.sameLevelAs(school) ? 0 : 1)
                .thenComparingInt(draft -> draft.members.size());
        return drafts.stream().filter(draft -> draft.members.size() < maxSize).min(preference)
                .map(draft -> draft.members.add(school)).orElse(false);
    }

    /**
     * When every community is full, a lone school takes the last member of the largest community (which
     * then still has more than {@code minSize}) into a new community of two; false when there is none.
     */
    private boolean pairWithSurplus(PairingProfile school, List<Draft> drafts) {
        return drafts.stream().filter(draft -> draft.members.size() > minSize)
                .max(Comparator.comparingInt(draft -> draft.members.size()))
                .map(largest -> {
                    PairingProfile moved = largest.members.remove(largest.members.size() - 1);
                    List<PairingProfile> pair = new ArrayList<>(List.of(moved, school));
                    return drafts.add(new Draft(mixedProblem(pair), pair));
                }).orElse(false);
    }

    private List<Draft> split(String problem, List<PairingProfile> schools) {
        int n = schools.size();
        int k = (n + maxSize - 1) / maxSize;
        int base = n / k;
        int extra = n % k;
        List<Draft> drafts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < k; i++) {
            int size = base + (i < extra ? 1 : 0);
            drafts.add(new Draft(problem, new ArrayList<>(schools.subList(start, start + size))));
            start += size;
        }
        return drafts;
    }

    private static Map<String, List<PairingProfile>> byLevel(List<PairingProfile> schools) {
        Map<String, List<PairingProfile>> byLevel = new TreeMap<>();
        schools.forEach(school -> byLevel.computeIfAbsent(school.level(), key -> new ArrayList<>()).add(school));
        return byLevel;
    }

    private static String mixedProblem(List<PairingProfile> schools) {
        Set<String> problems = new LinkedHashSet<>();
        schools.stream().map(CommunitiesOfPractice::problem).sorted().forEach(problems::add);
        return "mixed: " + String.join(", ", problems);
    }

    /** A community being formed; members keep the order they were added in until the end. */
    private record Draft(String problem, List<PairingProfile> members) {

        boolean sameLevelAs(PairingProfile school) {
            return members.stream().allMatch(member -> member.level().equals(school.level()));
        }

        Community community() {
            List<String> ids = members.stream().map(PairingProfile::schoolId).sorted().toList();
            boolean sameLevel = members.stream().map(PairingProfile::level).distinct().count() == 1;
            return new Community(problem, ids, sameLevel);
        }
    }
}
