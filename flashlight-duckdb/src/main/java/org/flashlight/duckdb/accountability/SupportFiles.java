package org.flashlight.duckdb.accountability;

import static org.flashlight.duckdb.accountability.AccountabilityFiles.columns;
import static org.flashlight.duckdb.accountability.AccountabilityFiles.writeCsv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.Numbers;
import org.flashlight.core.improvement.SupportOutcome;
import org.flashlight.core.support.SchoolPair;
import org.flashlight.core.targets.Fraction;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.CsvTables;

/**
 * Writes the identification-and-support outputs of a run (docs/improvement-outputs.md) beside
 * school_results.csv: school_pairings.csv (CORE-7), communities_of_practice.csv (CORE-8), exit_status.csv
 * (MA-5) and interim_benchmarks.csv (MA-6), each also loaded as a table of the same name. A file the
 * framework does not make meaningful is written with its header only, so scripts can rely on it.
 */
public final class SupportFiles {
    public static final List<String> FILES = List.of("school_pairings.csv", "communities_of_practice.csv",
            "exit_status.csv", "interim_benchmarks.csv");
    static final Map<String, String> PAIRINGS = columns("framework", "school_year:INTEGER", "priority_school",
            "priority_level", "reward_school", "reward_level", "distance:DECIMAL(38,6)", "strengths", "note");
    static final Map<String, String> COMMUNITIES = columns("framework", "school_year:INTEGER", "community:INTEGER",
            "problem", "school_id", "framework_level", "weakest", "weakest_level:INTEGER", "same_level:BOOLEAN",
            "note");
    static final Map<String, String> EXITS = columns("framework", "school_year:INTEGER", "school_id",
            "framework_level", "designation", "condition", "met:BOOLEAN", "distance:DECIMAL(38,6)", "exits:BOOLEAN");
    static final Map<String, String> BENCHMARKS = columns("framework", "district_id", "metric", "student_group",
            "baseline_year:INTEGER", "school_year:INTEGER", "goal:DECIMAL(38,20)", "target:DECIMAL(38,20)",
            "actual:DECIMAL(38,20)", "on_track:BOOLEAN");

    private SupportFiles() {
    }

    public static void write(BundleDatabase db, Path out, String framework, SupportOutcome support) {
        Path pairings = out.resolve("school_pairings.csv");
        writeCsv(pairings, PAIRINGS, support.pairings(), p -> List.of(framework, Integer.toString(p.schoolYear()),
                p.prioritySchool(), p.priorityLevel(), p.rewardSchool(), p.rewardLevel(), distance(p.distance()),
                p.strengths().stream().map(SupportFiles::strength).collect(Collectors.joining("|")), p.note()));
        Path communities = out.resolve("communities_of_practice.csv");
        writeCsv(communities, COMMUNITIES, support.communities(), c -> List.of(framework,
                Integer.toString(c.schoolYear()), number(c.community()), c.problem(), c.schoolId(),
                c.frameworkLevel(), c.weakest(), number(c.weakestLevel()),
                c.community().isPresent() ? Boolean.toString(c.sameLevel()) : "", c.note()));
        Path exits = out.resolve("exit_status.csv");
        writeCsv(exits, EXITS, support.exits(), e -> List.of(framework, Integer.toString(e.schoolYear()),
                e.schoolId(), e.frameworkLevel(), e.designation(), e.condition(), Boolean.toString(e.met()),
                e.distance().map(Numbers::show).orElse(""), Boolean.toString(e.exits())));
        Path benchmarks = out.resolve("interim_benchmarks.csv");
        writeCsv(benchmarks, BENCHMARKS, support.benchmarks(), b -> List.of(framework, b.districtId(), b.metric(),
                b.group(), Integer.toString(b.baselineYear()), Integer.toString(b.schoolYear()), exact(b.goal()),
                exact(b.target()), b.actual().map(SupportFiles::exact).orElse(""),
                b.onTrack().map(String::valueOf).orElse("")));
        CsvTables.load(db, "school_pairings", pairings, PAIRINGS);
        CsvTables.load(db, "communities_of_practice", communities, COMMUNITIES);
        CsvTables.load(db, "exit_status", exits, EXITS);
        CsvTables.load(db, "interim_benchmarks", benchmarks, BENCHMARKS);
    }

    /** {@code ela_proficiency 9 vs 2}: the reward school's level, then the priority school's. */
    private static String strength(SchoolPair.Strength s) {
        return s.metric() + " " + s.rewardLevel() + " vs " + s.priorityLevel();
    }

    private static String distance(OptionalDouble distance) {
        return distance.isPresent() ? Numbers.show(BigDecimal.valueOf(distance.getAsDouble())
                .setScale(6, RoundingMode.HALF_UP)) : "";
    }

    private static String number(OptionalInt number) {
        return number.isPresent() ? Integer.toString(number.getAsInt()) : "";
    }

    /** A target or value to 20 decimals, as scoring_rules.csv writes its cuts. */
    private static String exact(Fraction value) {
        return AccountabilityFiles.exact(value.toDecimal(20));
    }
}
