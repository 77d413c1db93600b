package org.flashlight.core.growth;

/** growth.md's counting rule: fitted quantiles strictly below the score, then 0 -> 1 and 100 -> 99. */
final class Percentiles {
    static final int LOWEST = 1;
    static final int HIGHEST = 99;

    private Percentiles() {
    }

    /** How many of the ascending values are strictly below the score ("equal does not count"). */
    static int countBelow(double[] ascending, double score) {
        int count = 0;
        while (count < ascending.length && ascending[count] < score) {
            count++;
        }
        return count;
    }

    static int clamp(int count) {
        return Math.max(LOWEST, Math.min(HIGHEST, count));
    }
}
