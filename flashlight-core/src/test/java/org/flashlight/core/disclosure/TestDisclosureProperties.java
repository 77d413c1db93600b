package org.flashlight.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flashlight.core.disclosure.Outcome.Reason;
import org.flashlight.core.disclosure.Outcome.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random districts (seeded, so every run is the same): schools x groups tables with each school's total,
 * the district's pooled group totals and its total, and single-group sets whose rest is unpublished.
 * A reader who knows every shown cell's counts and subtracts, set after set, as long as some set has a
 * single unknown term, must never learn a hidden cell's denominator or numerator, nor a small (or
 * all-or-none) unpublished remainder.
 */
class TestDisclosureProperties {

    private static final int MIN_N = 10;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void subtractionRecoversNothingHidden(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            boolean hiddenSum = i % 2 == 1;
            World world = World.random(random);
            DisclosurePolicy policy = DisclosurePolicy.defaults(MIN_N).withHiddenSumAtLeastMinN(hiddenSum);
            DisclosureResult<String> result = Disclosure.apply(policy, world.cells(), world.sets);

            assertThat(result.unresolvedSets()).isEmpty(); // every set here has a total cell
            Map<String, Outcome<String>> outcomes = result.byKey();
            assertPrimaryRules(world, outcomes);
            assertSubtractionRevealsNothing(world, outcomes);
            assertNoCombinationRevealsAnything(world, outcomes);
            if (hiddenSum) {
                assertHiddenGroupsHoldMinN(world, outcomes);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 77, 777})
    void theResultIsTheSameForShuffledInput(long seed) {
        World world = World.random(new Random(seed));
        DisclosureResult<String> expected = Disclosure.apply(DisclosurePolicy.DEFAULT, world.cells(), world.sets);
        Random random = new Random(seed + 1);
        for (int i = 0; i < 10; i++) {
            List<Cell<String>> cells = new ArrayList<>(world.cells());
            List<ComplementSet<String>> sets = new ArrayList<>(world.sets);
            Collections.shuffle(cells, random);
            Collections.shuffle(sets, random);
            assertThat(Disclosure.apply(DisclosurePolicy.DEFAULT, cells, sets)).isEqualTo(expected);
        }
    }

    /** Below min n: suppressed; shown: at least min n and in no code; only rates are coded. */
    private static void assertPrimaryRules(World world, Map<String, Outcome<String>> outcomes) {
        for (Cell<String> cell : world.cells()) {
            Outcome<String> outcome = outcomes.get(cell.key());
            if (cell.denominator() < MIN_N) {
                assertThat(outcome.reason()).as(cell.key()).hasValue(Reason.BELOW_MIN_N);
            }
            if (outcome.status() == Status.SHOWN) {
                assertThat(inCode(cell.numerator().getAsLong(), cell.denominator())).as(cell.key()).isFalse();
            }
            if (outcome.status() == Status.TOP_CODED || outcome.status() == Status.BOTTOM_CODED) {
                assertThat(inCode(cell.numerator().getAsLong(), cell.denominator())).as(cell.key()).isTrue();
            }
        }
    }

    /**
     * The reader: knows the counts of shown cells; in any set where one term is unknown, works it out
     * as total - members (or members + remainder for a hidden total) and then knows it too, until
     * nothing changes. An unpublished remainder is unknown until worked out.
     */
    private static void assertSubtractionRevealsNothing(World world, Map<String, Outcome<String>> outcomes) {
        Map<String, long[]> known = new HashMap<>(); // key -> {numerator, denominator}
        world.cellKeys.forEach(key -> {
            if (outcomes.get(key).countsShown()) {
                known.put(key, world.counts.get(key));
            }
        });
        boolean learned;
        do {
            learned = false;
            for (ComplementSet<String> set : world.sets) {
                List<String> terms = new ArrayList<>(set.members().stream().filter(world.counts::containsKey).toList());
                String remainder = "rest of " + set.name();
                if (world.counts.containsKey(remainder)) {
                    terms.add(remainder);
                }
                String total = set.total().orElseThrow();
                List<String> unknown = new ArrayList<>(terms.stream().filter(t -> !known.containsKey(t)).toList());
                if (!known.containsKey(total)) {
                    unknown.add(total);
                }
                if (unknown.size() != 1 || terms.isEmpty()) {
                    continue;
                }
                String target = unknown.get(0);
                long[] sum = {0, 0};
                for (String term : terms) {
                    if (!term.equals(target)) {
                        sum[0] += known.get(term)[0];
                        sum[1] += known.get(term)[1];
                    }
                }
                long[] derived = target.equals(total) ? sum
                        : new long[] {known.get(total)[0] - sum[0], known.get(total)[1] - sum[1]};
                assertThat(derived).as("derived " + target).containsExactly(world.counts.get(target));
                known.put(target, derived);
                learned = true;
            }
        } while (learned);

        for (Map.Entry<String, long[]> entry : known.entrySet()) {
            String key = entry.getKey();
            long[] counts = entry.getValue();
            if (outcomes.containsKey(key)) {
                assertThat(outcomes.get(key).countsShown()).as("subtraction reveals hidden cell " + key).isTrue();
            } else {
                assertThat(counts[1] >= MIN_N && !inCode(counts[0], counts[1]))
                        .as("subtraction reveals " + key + " = " + counts[0] + "/" + counts[1]).isTrue();
            }
        }
    }

    /**
     * The stronger reader: adds and subtracts any of the sets' equations (total - members - rest = 0).
     * An unknown is fixed when its unit vector is in the row space of the equations over the unknowns
     * (exact elimination over the integers here, independent of the component's modular arithmetic).
     */
    private static void assertNoCombinationRevealsAnything(World world, Map<String, Outcome<String>> outcomes) {
        List<String> unknowns = new ArrayList<>(world.cellKeys.stream().filter(k -> !outcomes.get(k).countsShown()).toList());
        world.sets.stream().map(s -> "rest of " + s.name()).filter(world.counts::containsKey).forEach(unknowns::add);
        Map<String, Integer> column = new HashMap<>();
        unknowns.forEach(u -> column.put(u, column.size()));
        List<BigInteger[]> rows = new ArrayList<>();
        for (ComplementSet<String> set : world.sets) {
            BigInteger[] row = new BigInteger[unknowns.size()];
            Arrays.fill(row, BigInteger.ZERO);
            String total = set.total().orElseThrow();
            if (column.containsKey(total)) {
                row[column.get(total)] = BigInteger.ONE;
            }
            for (String term : concat(set.members(), "rest of " + set.name())) {
                if (column.containsKey(term)) {
                    row[column.get(term)] = BigInteger.ONE.negate();
                }
            }
            rows.add(row);
        }
        for (String fixed : fixedUnknowns(rows, unknowns)) {
            long[] counts = world.counts.get(fixed);
            boolean mayBeKnown = !outcomes.containsKey(fixed) && counts[1] >= MIN_N && !inCode(counts[0], counts[1]);
            assertThat(mayBeKnown).as("a combination of sets reveals " + fixed).isTrue();
        }
    }

    private static List<String> concat(List<String> members, String rest) {
        List<String> terms = new ArrayList<>(members);
        terms.add(rest);
        return terms;
    }

    /** Fraction-free Gauss-Jordan elimination; a unit row of the reduced matrix fixes its unknown. */
    private static List<String> fixedUnknowns(List<BigInteger[]> rows, List<String> unknowns) {
        int rank = 0;
        int[] pivotColumn = new int[rows.size()];
        for (int c = 0; c < unknowns.size() && rank < rows.size(); c++) {
            int pivot = rank;
            while (pivot < rows.size() && rows.get(pivot)[c].signum() == 0) {
                pivot++;
            }
            if (pivot == rows.size()) {
                continue;
            }
            Collections.swap(rows, rank, pivot);
            BigInteger[] pivotRow = rows.get(rank);
            for (int r = 0; r < rows.size(); r++) {
                BigInteger[] row = rows.get(r);
                if (r != rank && row[c].signum() != 0) {
                    BigInteger a = pivotRow[c];
                    BigInteger b = row[c];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = row[i].multiply(a).subtract(pivotRow[i].multiply(b));
                    }
                    BigInteger gcd = Arrays.stream(row).reduce(BigInteger.ZERO, BigInteger::gcd);
                    if (gcd.signum() != 0) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = row[i].divide(gcd);
                        }
                    }
                }
            }
            pivotColumn[rank++] = c;
        }
        List<String> fixed = new ArrayList<>();
        for (int r = 0; r < rank; r++) {
            if (Arrays.stream(rows.get(r)).filter(v -> v.signum() != 0).count() == 1) {
                fixed.add(unknowns.get(pivotColumn[r]));
            }
        }
        return fixed;
    }

    /** With the hidden-sum rule: wherever the total is shown, what subtraction shows holds min n students. */
    private static void assertHiddenGroupsHoldMinN(World world, Map<String, Outcome<String>> outcomes) {
        for (ComplementSet<String> set : world.sets) {
            if (!outcomes.get(set.total().orElseThrow()).countsShown()) {
                continue;
            }
            long hiddenStudents = 0;
            boolean hiddenMember = false;
            for (String member : set.members()) {
                if (outcomes.containsKey(member) && !outcomes.get(member).countsShown()) {
                    hiddenMember = true;
                    hiddenStudents += world.counts.get(member)[1];
                }
            }
            long[] rest = world.counts.get("rest of " + set.name());
            if (rest != null) {
                hiddenStudents += rest[1];
                hiddenMember |= rest[1] < MIN_N || inCode(rest[0], rest[1]);
            }
            if (hiddenMember) {
                assertThat(hiddenStudents).as(set.name()).isGreaterThanOrEqualTo(MIN_N);
            }
        }
    }

    /** Whether a count rate falls in a default code (written out here, independently of the policy). */
    private static boolean inCode(long numerator, long denominator) {
        long percentTop = denominator >= 300 ? 99 : denominator >= 100 ? 98 : 95;
        return numerator * 100 >= percentTop * denominator || numerator * 100 <= (100 - percentTop) * denominator;
    }

    /** Cells' true counts ({numerator, denominator}) by key, unpublished remainders included, and the sets. */
    private record World(Map<String, long[]> counts, List<String> cellKeys, List<ComplementSet<String>> sets) {

        List<Cell<String>> cells() {
            return cellKeys.stream().map(k -> Cell.rate(k, counts.get(k)[0], counts.get(k)[1])).toList();
        }

        static World random(Random random) {
            Map<String, long[]> counts = new HashMap<>();
            List<String> cellKeys = new ArrayList<>();
            List<ComplementSet<String>> sets = new ArrayList<>();
            int schools = 1 + random.nextInt(4);
            int groups = 2 + random.nextInt(4);
            long[][] district = new long[groups + 1][2]; // per group, and the rest
            long[] districtAll = new long[2];
            for (int s = 0; s < schools; s++) {
                List<String> members = new ArrayList<>();
                long[] all = new long[2];
                for (int g = 0; g < groups; g++) {
                    long[] cell = randomCounts(random, random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(60));
                    String key = "s" + s + "/g" + g;
                    members.add(key);
                    if (cell[1] > 0) {
                        put(counts, cellKeys, key, cell);
                        add(all, cell);
                        add(district[g], cell);
                    }
                }
                long[] rest = randomCounts(random, random.nextBoolean() ? 0 : random.nextInt(15));
                add(all, rest);
                add(district[groups], rest);
                if (all[1] == 0) {
                    continue;
                }
                put(counts, cellKeys, "s" + s + "/all", all);
                add(districtAll, all);
                String name = "school " + s + " groups";
                sets.add(ComplementSet.withTotal(name, "s" + s + "/all", members));
                remember(counts, name, rest);
                // The first group against the school's total: its complement is published nowhere.
                long[] first = counts.getOrDefault("s" + s + "/g0", new long[2]);
                String single = "school " + s + " g0";
                sets.add(ComplementSet.withTotal(single, "s" + s + "/all", List.of("s" + s + "/g0")));
                remember(counts, single, new long[] {all[0] - first[0], all[1] - first[1]});
            }
            List<String> districtGroups = new ArrayList<>();
            for (int g = 0; g < groups; g++) {
                if (district[g][1] == 0) {
                    continue;
                }
                put(counts, cellKeys, "d/g" + g, district[g]);
                districtGroups.add("d/g" + g);
                List<String> schoolsOfGroup = new ArrayList<>();
                for (int s = 0; s < schools; s++) {
                    schoolsOfGroup.add("s" + s + "/g" + g);
                }
                sets.add(ComplementSet.withTotal("district g" + g + " by school", "d/g" + g, schoolsOfGroup));
            }
            if (districtAll[1] > 0) {
                put(counts, cellKeys, "d/all", districtAll);
                sets.add(ComplementSet.withTotal("district groups", "d/all", districtGroups));
                remember(counts, "district groups", district[groups]);
                List<String> schoolTotals = new ArrayList<>();
                for (int s = 0; s < schools; s++) {
                    schoolTotals.add("s" + s + "/all");
                }
                sets.add(ComplementSet.withTotal("district schools", "d/all", schoolTotals));
            }
            sets.removeIf(set -> set.members().stream().noneMatch(counts::containsKey));
            return new World(counts, cellKeys, sets);
        }

        /** Counts of a group of {@code students}: often everyone or no one met it, to exercise the codes. */
        private static long[] randomCounts(Random random, long students) {
            int shape = random.nextInt(5);
            long met = shape == 0 ? students : shape == 1 ? 0 : (long) (random.nextDouble() * (students + 1));
            return new long[] {Math.min(met, students), students};
        }

        private static void put(Map<String, long[]> counts, List<String> keys, String key, long[] value) {
            counts.put(key, value.clone());
            keys.add(key);
        }

        private static void remember(Map<String, long[]> counts, String set, long[] rest) {
            if (rest[1] > 0) {
                counts.put("rest of " + set, rest.clone());
            }
        }

        private static void add(long[] sum, long[] cell) {
            sum[0] += cell[0];
            sum[1] += cell[1];
        }
    }
}
