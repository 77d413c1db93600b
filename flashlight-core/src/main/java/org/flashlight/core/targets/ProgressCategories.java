package org.flashlight.core.targets;

import java.util.List;

/**
 * MA-3: the label of a cumulative criterion-referenced target percentage. Bands are checked from the
 * first; a percentage at a band's lower bound is in it.
 */
public record ProgressCategories(List<Band> bands, String below) {

    /** A lower bound (a share 0..1) and the label from it up. */
    public record Band(Fraction atLeast, String label) {
    }

    public ProgressCategories {
        bands = List.copyOf(bands);
    }

    /** 2018: meeting targets at 75% or more, partially meeting below (spec MA-3; DESE profiles help). */
    public static ProgressCategories massachusetts2018() {
        return new ProgressCategories(List.of(new Band(Fraction.of(3, 4), "Meeting targets")),
                "Partially meeting targets");
    }

    /**
     * 2019 on, as DESE's reports print them: 75%+ "Meeting or exceeding targets" (Lexington 2019, 92%),
     * 50-74% "Substantial progress toward targets" (Attleboro 2019, 51%), 25-49% "Moderate progress toward
     * targets" (Norwood 2024, 47%), below 25% "Limited or no progress toward targets".
     */
    public static ProgressCategories massachusetts2019() {
        return new ProgressCategories(List.of(new Band(Fraction.of(3, 4), "Meeting or exceeding targets"),
                new Band(Fraction.of(1, 2), "Substantial progress toward targets"),
                new Band(Fraction.of(1, 4), "Moderate progress toward targets")),
                "Limited or no progress toward targets");
    }

    public String label(Fraction percentage) {
        for (Band band : bands) {
            if (percentage.isAtLeast(band.atLeast())) {
                return band.label();
            }
        }
        return below;
    }
}
