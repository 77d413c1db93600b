package org.flashlight.core.targets;

import java.util.List;

/**
 * Points from fixed bands rather than a target: points = the number of cuts the value reaches. DESE
 * awards growth points on the mean SGP this way (2019 criteria, Table A-1): 60.0 or higher 4 ("exceeded
 * typical growth"), 50.0-59.9 3, 40.0-49.9 2; the 1-point band's lower end (30.0) is to verify.
 *
 * @param cuts ascending; a value at a cut reaches it (NC-2)
 */
public record BandPoints(List<Fraction> cuts) {

    public BandPoints {
        cuts = List.copyOf(cuts);
        for (int i = 1; i < cuts.size(); i++) {
            if (cuts.get(i).compareTo(cuts.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("cuts must rise");
            }
        }
    }

    /** Massachusetts' growth bands on the mean SGP: 30, 40, 50, 60. */
    public static BandPoints massachusettsGrowth() {
        return new BandPoints(List.of(Fraction.of(30), Fraction.of(40), Fraction.of(50), Fraction.of(60)));
    }

    public int points(Fraction value) {
        return (int) cuts.stream().filter(value::isAtLeast).count();
    }
}
