package org.flashlight.synth;

import java.util.List;

/**
 * An attendance zone (or a charter's enrollment pool): the schools a student living there attends,
 * in order of preference. The school for a grade and year is the first school in the list that
 * serves that grade that year, so a school that is still growing into a grade leaves that grade to
 * the next school in the list.
 */
final class Zone {
    final int index;
    final District district;
    final List<School> pathway;
    final double weight;
    final double povertyShare;
    /** Cumulative race/ethnicity weights in contract order. */
    final double[] raceCumulative;

    Zone(int index, District district, List<School> pathway, double weight, double povertyShare, double[] raceCumulative) {
        this.index = index;
        this.district = district;
        this.pathway = List.copyOf(pathway);
        this.weight = weight;
        this.povertyShare = povertyShare;
        this.raceCumulative = raceCumulative;
    }

    /** The zone's school for a grade and year, or null when none of its schools serves it. */
    School schoolFor(int grade, int schoolYear) {
        for (School s : pathway) {
            if (s.serves(grade, schoolYear)) {
                return s;
            }
        }
        return null;
    }
}
