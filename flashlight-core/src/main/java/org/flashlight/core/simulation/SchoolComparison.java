package org.flashlight.core.simulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolScore;

/**
 * One school in one year and framework level under A and under B (one row of simulation_schools.csv).
 *
 * @param profile        the school (district, type, econ_disadv share)
 * @param povertyQuartile 1 (lowest share) .. 4 among the year's schools, or null when the share is unknown
 * @param a              the school's result under A, or null when A does not score it
 * @param b              the school's result under B, or null
 * @param rating         how the rating moved
 * @param gained         designations B gives and A does not (B's detail: the rule that fired)
 * @param lost           designations A gives and B does not (A's detail: the rule that stopped firing)
 * @param shifts         the indicators whose points moved, largest move first
 * @param reasons        the change in words, one sentence each
 */
public record SchoolComparison(int schoolYear, SchoolProfile profile, Integer povertyQuartile, SchoolScore a,
        SchoolScore b, RatingChange rating, List<Designation> gained, List<Designation> lost,
        List<MetricShift> shifts, List<String> reasons) {
    public SchoolComparison {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(rating, "rating");
        if (a == null && b == null) {
            throw new IllegalArgumentException(profile.schoolId() + ": no result under either framework");
        }
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
        shifts = List.copyOf(shifts);
        reasons = List.copyOf(reasons);
    }

    public String schoolId() {
        return profile.schoolId();
    }

    /** Whether the rating or a designation changes (simulation_changes.csv lists these). */
    public boolean changed() {
        return rating.changed() || !gained.isEmpty() || !lost.isEmpty();
    }

    public Optional<BigDecimal> scoreA() {
        return Optional.ofNullable(a).map(SchoolScore::score);
    }

    public Optional<BigDecimal> scoreB() {
        return Optional.ofNullable(b).map(SchoolScore::score);
    }

    public String levelA() {
        return a == null ? "" : a.frameworkLevel();
    }

    public String levelB() {
        return b == null ? "" : b.frameworkLevel();
    }

    public String reason() {
        return String.join("; ", reasons);
    }
}
