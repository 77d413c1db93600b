package org.flashlight.core.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;

/**
 * Which base year's cuts (CORE-4) or floors and targets (STAR-6) score a school year.
 *
 * <p>Named base years come from the framework file, each with the first school year it applies to:
 * CORE names a base year that applies from itself on; DC's timeline (seed 002) applies the 2017-18
 * floors from 2018-19 to 2020-21, so it is written as (from 2019, base 2018). A year takes the named
 * base year with the latest {@code from} at or before it (the first one for years before every
 * {@code from}), as long as that base year is in the bundle. Otherwise (no names, or a named base
 * year the bundle does not hold, STAR-6 "a bundle whose years the file does not name") the earliest
 * year of the bundle is the first base year and every {@code cycleLength} years starts a new one
 * (STAR: 3); with no cycle length (CORE) the earliest year stays the base year.
 */
public final class BaseYears {

    private BaseYears() {
    }

    /**
     * A named base year.
     *
     * @param fromYear the first school year it applies to
     * @param baseYear the school year whose values set the cuts or floors and targets
     */
    public record NamedBaseYear(int fromYear, int baseYear) {
        /** A base year that applies from itself on (CORE's {@code base_year}). */
        public static NamedBaseYear of(int baseYear) {
            return new NamedBaseYear(baseYear, baseYear);
        }
    }

    /**
     * The base year for {@code year}.
     *
     * @param named       the framework's named base years (any order; distinct {@code fromYear}s)
     * @param bundleYears the school years of the bundle, at least one
     * @param cycleLength years per cycle (at least 1), or empty for "frozen until a new base year is named"
     */
    public static int baseYearFor(int year, List<NamedBaseYear> named, SortedSet<Integer> bundleYears,
            OptionalInt cycleLength) {
        if (bundleYears.isEmpty()) {
            throw new IllegalArgumentException("a bundle has at least one school year");
        }
        if (named.stream().map(NamedBaseYear::fromYear).distinct().count() != named.size()) {
            throw new IllegalArgumentException("two named base years apply from the same year: " + named);
        }
        if (cycleLength.isPresent() && cycleLength.getAsInt() < 1) {
            throw new IllegalArgumentException("a cycle is at least 1 year, not " + cycleLength.getAsInt());
        }
        if (!named.isEmpty()) {
            List<NamedBaseYear> sorted = named.stream().sorted(Comparator.comparingInt(NamedBaseYear::fromYear)).toList();
            NamedBaseYear applies = sorted.get(0);
            for (NamedBaseYear candidate : sorted) {
                if (candidate.fromYear() <= year) {
                    applies = candidate;
                }
            }
            if (bundleYears.contains(applies.baseYear())) {
                return applies.baseYear();
            }
        }
        int earliest = bundleYears.first();
        if (cycleLength.isEmpty() || year <= earliest) {
            return earliest;
        }
        int cycle = cycleLength.getAsInt();
        return earliest + cycle * ((year - earliest) / cycle);
    }
}
