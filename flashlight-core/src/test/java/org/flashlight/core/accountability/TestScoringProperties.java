package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.accountability.Fixtures.d;
import static org.flashlight.core.accountability.Fixtures.map;
import static org.flashlight.core.accountability.Fixtures.school;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.scoring.YearPooling;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring through {@link FrameworkScorer} on random bundles (seeded loops, so a failure names its
 * seed and is reproducible): points and levels never fall as a value improves; with frozen cuts a uniform
 * improvement never lowers a level; pooling over one year is the single-year scoring.
 */
class TestScoringProperties {
    private static final String METRIC = "ela_proficiency";
    private static final String SECOND = "suspension";
    private static final int TRIALS = 30;

    /** A rate 0.000..1.000 in thousandths. */
    private static BigDecimal rate(Random random) {
        return BigDecimal.valueOf(random.nextInt(1001), 3);
    }

    private static SchoolValue value(int year, String school, String metric, String group, BigDecimal value,
            long students) {
        BigDecimal denominator = BigDecimal.valueOf(students);
        return new SchoolValue(year, school, "", metric, group, value.multiply(denominator), denominator, students,
                value, true);
    }

    private static Map<String, Object> floorsFramework(Map<String, Object> method) {
        Map<String, Object> indicator = new java.util.LinkedHashMap<>(method);
        indicator.put("points", 10);
        return map("id", "prop", "min_n", 10, "scoring", map("system", "floors_and_targets",
                "indicators", map(METRIC, indicator), "groups", map("fixed", map("all", 75, "swd", 25))));
    }

    private static Map<String, Object> decileFramework() {
        return map("id", "prop", "min_n", 10, "scoring", map("system", "decile_index", "base_years", List.of(2023),
                "groups", map("all", 50, "shared", 50, "shared_among", List.of("swd", "econ_disadv")),
                "domains", map("academic", map("weight", 60), "climate", map("weight", 40)),
                "indicators", map(METRIC, map("domain", "academic", "method", "deciles"),
                        SECOND, map("domain", "climate", "method", "deciles"))));
    }

    private static Map<String, Object> randomMethod(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> map("method", "p10_p90");
            case 1 -> map("method", "ltg", "long_term_goal", rate(random));
            default -> {
                BigDecimal a = rate(random);
                BigDecimal b = rate(random);
                yield map("method", "research", "floor", a.min(b), "target", a.max(b));
            }
        };
    }

    // ---- points are monotone in the value

    @Test
    void floorsAndTargetsPointsNeverFallAsTheValueImproves() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(1000 + trial);
            Direction direction = random.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            FrameworkSettings framework = Fixtures.framework(floorsFramework(randomMethod(random)));
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                schools.add(school(2023, "B" + i, "elementary", 0, 5, true, null));
                values.add(value(2023, "B" + i, METRIC, "all", rate(random), 10 + random.nextInt(100)));
            }
            // probes in 2024, scored on the 2023 floors and targets (the earliest year; no cycle)
            for (int i = 0; i < 40; i++) {
                schools.add(school(2024, "P" + i, "elementary", 0, 5, true, null));
                values.add(value(2024, "P" + i, METRIC, "all", rate(random), 50));
            }
            ScoringOutcome outcome = FrameworkScorer.score(framework, values, schools, Map.of(METRIC, direction),
                    Set.of(2024));
            List<SchoolValue> probes = values.stream().filter(v -> v.schoolYear() == 2024)
                    .sorted(Comparator.comparing(SchoolValue::value)).toList();
            BigDecimal previous = null;
            for (SchoolValue probe : probes) {
                BigDecimal points = Fixtures.metricScore(outcome, 2024, probe.schoolId(), "", METRIC, "all")
                        .orElseThrow().points();
                if (previous != null) {
                    // ascending values: points rise (higher is better) or fall (lower is better), never the other way
                    int expectedSign = direction == Direction.HIGHER ? 1 : -1;
                    assertThat(points.compareTo(previous) * expectedSign).as("seed %d at %s", 1000 + trial,
                            probe.value()).isGreaterThanOrEqualTo(0);
                }
                previous = points;
            }
        }
    }

    @Test
    void decileLevelsNeverFallAsTheValueImproves() {
        FrameworkSettings framework = Fixtures.framework(decileFramework());
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(2000 + trial);
            Direction direction = random.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                schools.add(school(2023, "B" + i, "elementary", 0, 5, true, null));
                // values in tenths and probes in twentieths: ties in the distribution and probes exactly on cuts
                values.add(value(2023, "B" + i, METRIC, "all", BigDecimal.valueOf(random.nextInt(11), 1), 50));
            }
            for (int i = 0; i < 40; i++) {
                schools.add(school(2024, "P" + i, "elementary", 0, 5, true, null));
                values.add(value(2024, "P" + i, METRIC, "all", BigDecimal.valueOf(5L * random.nextInt(21), 2), 50));
            }
            ScoringOutcome outcome = FrameworkScorer.score(framework, values, schools,
                    Map.of(METRIC, direction, SECOND, Direction.LOWER), Set.of(2024));
            List<SchoolValue> probes = values.stream().filter(v -> v.schoolYear() == 2024)
                    .sorted(Comparator.comparing(SchoolValue::value)).toList();
            Integer previous = null;
            for (SchoolValue probe : probes) {
                int level = Fixtures.metricScore(outcome, 2024, probe.schoolId(), "", METRIC, "all").orElseThrow()
                        .level();
                assertThat(level).isBetween(1, 10);
                if (previous != null) {
                    int expectedSign = direction == Direction.HIGHER ? 1 : -1;
                    assertThat(Integer.compare(level, previous) * expectedSign).as("seed %d at %s", 2000 + trial,
                            probe.value()).isGreaterThanOrEqualTo(0);
                }
                previous = level;
            }
        }
    }

    // ---- frozen cuts: a uniform improvement never lowers a level

    @Test
    void withFrozenCutsAUniformImprovementNeverLowersALevelOrTheIndex() {
        FrameworkSettings framework = Fixtures.framework(decileFramework());
        Map<String, Direction> directions = Map.of(METRIC, Direction.HIGHER, SECOND, Direction.LOWER);
        for (int trial = 0; trial < TRIALS; trial++) {
            int seed = 3000 + trial;
            Random random = new Random(seed);
            BigDecimal improvement = BigDecimal.valueOf(random.nextInt(200), 3); // 0 .. 0.199, the same for all
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 2 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                String id = "S" + i;
                BigDecimal ela = rate(random);
                BigDecimal suspension = rate(random);
                BigDecimal swd = rate(random);
                long swdStudents = 5 + random.nextInt(30);
                for (int year : new int[] {2023, 2024}) {
                    boolean later = year == 2024;
                    schools.add(school(year, id, "elementary", 0, 5, true, null));
                    // improved by the same amount (held to 0..1)
                    BigDecimal betterEla = ela.add(improvement).min(BigDecimal.ONE);
                    BigDecimal betterSuspension = suspension.subtract(improvement).max(BigDecimal.ZERO);
                    values.add(value(year, id, METRIC, "all", later ? betterEla : ela, 100));
                    values.add(value(year, id, SECOND, "all", later ? betterSuspension : suspension, 100));
                    values.add(value(year, id, METRIC, "swd", later ? swd.add(improvement).min(BigDecimal.ONE) : swd,
                            swdStudents));
                }
            }
            ScoringOutcome outcome = FrameworkScorer.score(framework, values, schools, directions, Set.of());
            for (int i = 0; i < n; i++) {
                String id = "S" + i;
                for (String[] metricGroup : new String[][] {{METRIC, "all"}, {SECOND, "all"}, {METRIC, "swd"}}) {
                    var before = Fixtures.metricScore(outcome, 2023, id, "", metricGroup[0], metricGroup[1]);
                    var after = Fixtures.metricScore(outcome, 2024, id, "", metricGroup[0], metricGroup[1]);
                    assertThat(before.isPresent()).isEqualTo(after.isPresent());
                    before.ifPresent(b -> assertThat(after.get().level()).as("seed %d %s %s", seed, id,
                            String.join(" ", metricGroup)).isGreaterThanOrEqualTo(b.level()));
                }
                assertThat(Fixtures.result(outcome, 2024, id, "").score()).as("seed %d index of %s", seed, id)
                        .isGreaterThanOrEqualTo(Fixtures.result(outcome, 2023, id, "").score());
            }
        }
    }

    // ---- pooling one year is the single-year scoring

    @Test
    void poolingASingleYearGivesTheSingleYearScores() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(4000 + trial);
            FrameworkSettings framework = Fixtures.framework(floorsFramework(randomMethod(random)));
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int year : new int[] {2022, 2023, 2024}) {
                for (int i = 0; i < n; i++) {
                    schools.add(school(year, "S" + i, "elementary", 0, 5, true, null));
                    values.add(value(year, "S" + i, METRIC, "all", rate(random), 5 + random.nextInt(60)));
                    values.add(value(year, "S" + i, METRIC, "swd", rate(random), 5 + random.nextInt(20)));
                }
            }
            Map<String, Direction> directions = Map.of(METRIC, random.nextBoolean() ? Direction.HIGHER
                    : Direction.LOWER);
            ScoringOutcome years = FrameworkScorer.score(framework, values, schools, directions, Set.of());
            for (int year : new int[] {2022, 2023, 2024}) {
                // a one-year window pools each year with nothing: the values, then the scores, are the year's own
                List<SchoolValue> pooled = PooledValues.pool(values, year, new YearPooling(List.of(d("0.5"))));
                assertThat(pooled).containsExactlyInAnyOrderElementsOf(
                        values.stream().filter(v -> v.schoolYear() == year).toList());
                List<SchoolValue> others = values.stream().filter(v -> v.schoolYear() != year).toList();
                List<SchoolValue> replaced = new ArrayList<>(others);
                replaced.addAll(pooled);
                ScoringOutcome rescored = FrameworkScorer.score(framework, replaced, schools, directions,
                        Set.of(year));
                List<SchoolScore> expected = years.schools().stream().filter(s -> s.schoolYear() == year).toList();
                assertThat(rescored.schools()).as("seed %d year %d", 4000 + trial, year).isEqualTo(expected);
            }
        }
    }

    @Test
    void poolingThreeYearsOfTheSameRatesGivesTheSingleYearScores() {
        // sum(w x rate x d) / sum(w x d) = rate for any denominators d: the pooled scores are the year's own
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(6000 + trial);
            FrameworkSettings framework = Fixtures.framework(floorsFramework(randomMethod(random)));
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int i = 0; i < n; i++) {
                BigDecimal all = rate(random);
                BigDecimal swd = rate(random);
                for (int year : new int[] {2022, 2023, 2024}) {
                    schools.add(school(year, "S" + i, "elementary", 0, 5, true, null));
                    // every year meets min n, so the pooled sum decides nothing new
                    values.add(value(year, "S" + i, METRIC, "all", all, 10 + random.nextInt(60)));
                    values.add(value(year, "S" + i, METRIC, "swd", swd, 10 + random.nextInt(20)));
                }
            }
            Map<String, Direction> directions = Map.of(METRIC, random.nextBoolean() ? Direction.HIGHER
                    : Direction.LOWER);
            List<SchoolValue> pooled = PooledValues.pool(values, 2024, YearPooling.DEFAULT);
            List<SchoolValue> year2024 = values.stream().filter(v -> v.schoolYear() == 2024).toList();
            ScoringOutcome single = FrameworkScorer.score(framework, values, schools, directions, Set.of(2024));
            List<SchoolValue> replaced = new ArrayList<>(values);
            replaced.removeAll(year2024);
            replaced.addAll(pooled);
            ScoringOutcome rescored = FrameworkScorer.score(framework, replaced, schools, directions, Set.of(2024));
            assertThat(rescored.schools()).hasSameSizeAs(single.schools());
            for (int k = 0; k < single.schools().size(); k++) {
                SchoolScore expected = single.schools().get(k);
                SchoolScore actual = rescored.schools().get(k);
                assertThat(actual.schoolId()).isEqualTo(expected.schoolId());
                assertThat(actual.score()).as("seed %d %s", 6000 + trial, expected.schoolId())
                        .isEqualByComparingTo(expected.score());
                assertThat(actual.groupScores().keySet()).isEqualTo(expected.groupScores().keySet());
            }
        }
    }

    @Test
    void pooledDesignationsOnASingleYearBundleAreTheYearsDesignations() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Random random = new Random(5000 + trial);
            List<SchoolValue> values = new ArrayList<>();
            List<SchoolProfile> schools = new ArrayList<>();
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                schools.add(school(2024, "S" + i, "elementary", 0, 5, random.nextBoolean(), null));
                values.add(value(2024, "S" + i, METRIC, "all", rate(random), 5 + random.nextInt(60)));
                values.add(value(2024, "S" + i, METRIC, "swd", rate(random), 5 + random.nextInt(20)));
            }
            Map<String, Direction> directions = Map.of(METRIC, Direction.HIGHER);
            ScoringOutcome pooled = FrameworkScorer.score(Fixtures.framework(designating(true)), values, schools,
                    directions, Set.of());
            ScoringOutcome single = FrameworkScorer.score(Fixtures.framework(designating(false)), values, schools,
                    directions, Set.of());
            // the same scores and designations; only the printed rule says "pooled"
            assertThat(withoutDetails(pooled.schools())).as("seed %d", 5000 + trial)
                    .isEqualTo(withoutDetails(single.schools()));
            assertThat(pooled.schools().stream().flatMap(s -> s.designations().stream()))
                    .allSatisfy(designation -> assertThat(designation.detail()).contains("pooled"));
        }
    }

    private static List<SchoolScore> withoutDetails(List<SchoolScore> scores) {
        return scores.stream().map(s -> s.withDesignations(s.designations().stream()
                .map(designation -> new Designation(designation.id(), "")).toList())).toList();
    }

    private static Map<String, Object> designating(boolean pooled) {
        Map<String, Object> tree = floorsFramework(map("method", "p10_p90"));
        @SuppressWarnings("unchecked")
        Map<String, Object> scoring = (Map<String, Object>) tree.get("scoring");
        scoring.put("pooling_weights", List.of(d("0.5"), d("0.3"), d("0.2")));
        scoring.put("designations", List.of(
                map("designation", "csi", "rule", "lowest_share", "share", d("0.05"), "among", "title_i", "pooled",
                        pooled),
                map("designation", "tsi", "rule", "group_at_or_below", "of", "csi", "pooled", pooled)));
        return tree;
    }
}
