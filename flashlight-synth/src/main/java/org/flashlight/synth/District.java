package org.flashlight.synth;

import java.util.ArrayList;
import java.util.List;

/** One local education agency. Built by {@link StateLayout}; not changed afterwards. */
final class District {
    enum Kind { URBAN, MID_SIZE, SMALL, CHARTER }

    final int index;
    final String id;
    final String name;
    final String place;
    final Kind kind;
    final double plannedStudents;
    final double povertyMean;
    /** Weeks after the base start date this district's year starts. */
    final int calendarVariant;
    /** Whether the district leaves exit_date and exit_code empty for students enrolled at year end. */
    final boolean emptyYearEndExit;
    final double[] raceShares;
    final List<School> schools = new ArrayList<>();
    final List<Zone> zones = new ArrayList<>();
    final List<School> charterHighs = new ArrayList<>();
    final List<School> alternatives = new ArrayList<>();
    /** Cumulative zone weights, for moves within the district. */
    double[] zoneCumulative;

    District(int index, String id, String name, String place, Kind kind, double plannedStudents, double povertyMean,
            int calendarVariant, boolean emptyYearEndExit, double[] raceShares) {
        this.index = index;
        this.id = id;
        this.name = name;
        this.place = place;
        this.kind = kind;
        this.plannedStudents = plannedStudents;
        this.povertyMean = povertyMean;
        this.calendarVariant = calendarVariant;
        this.emptyYearEndExit = emptyYearEndExit;
        this.raceShares = raceShares;
    }
}
