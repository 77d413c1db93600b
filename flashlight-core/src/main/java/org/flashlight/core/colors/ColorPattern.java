package org.flashlight.core.colors;

import java.util.Collection;

/** CA-3: the patterns of indicator colors that identify a school, or a group, as low performing. */
public enum ColorPattern {
    ALL_RED("all indicators red"),
    ALL_RED_BUT_ONE("all indicators red but one"),
    FIVE_OR_MORE_MAJORITY_RED("five or more indicators, a majority of them red"),
    ALL_RED_OR_ORANGE("all indicators red or orange");

    private final String rule;

    ColorPattern(String rule) {
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /**
     * Whether the colors match. {@code minIndicators} keeps a pattern from firing on too few colors (with
     * one indicator, "all red but one" would hold for any color); five-or-more needs five regardless.
     */
    public boolean matches(Collection<Color> colors, int minIndicators) {
        int n = colors.size();
        long red = colors.stream().filter(c -> c == Color.RED).count();
        long redOrOrange = colors.stream().filter(c -> c == Color.RED || c == Color.ORANGE).count();
        return switch (this) {
            case ALL_RED -> n >= minIndicators && red == n;
            case ALL_RED_BUT_ONE -> n >= minIndicators && red == n - 1;
            case FIVE_OR_MORE_MAJORITY_RED -> n >= 5 && 2 * red > n;
            case ALL_RED_OR_ORANGE -> n >= minIndicators && redOrOrange == n;
        };
    }

    /** How the colors stand, for the printed rule: "3 red, 1 orange of 5 indicators". */
    public static String tally(Collection<Color> colors) {
        long red = colors.stream().filter(c -> c == Color.RED).count();
        long orange = colors.stream().filter(c -> c == Color.ORANGE).count();
        return red + " red, " + orange + " orange of " + colors.size() + " indicators";
    }
}
