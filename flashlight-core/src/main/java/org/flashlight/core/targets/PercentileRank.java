package org.flashlight.core.targets;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * MA-4: a school's accountability percentile, 1-99, among the schools that serve similar grades. DESE
 * describes the number ("an indication of the school's overall performance relative to other schools
 * that serve similar grades", profiles help) but the stored documents searched did not give its formula;
 * Flashlight uses the mid-rank percentile rank, which treats tied schools alike and needs no
 * interpolation:
 *
 * <pre>  rank = 100 x (B + E / 2) / N, rounded half up, then held to 1..99</pre>
 *
 * where N is the number of schools compared, B those with a strictly lower value and E those with an
 * equal value (the school itself included). Exact: computed as floor((100 x (2B + E) + N) / (2N)).
 */
public final class PercentileRank {

    private PercentileRank() {
    }

    /** Each school's percentile rank of its value, higher values ranking higher. */
    public static SortedMap<String, Integer> ranks(Map<String, Fraction> valueBySchool) {
        SortedMap<String, Integer> ranks = new TreeMap<>();
        long n = valueBySchool.size();
        for (Map.Entry<String, Fraction> school : valueBySchool.entrySet()) {
            long below = 0;
            long equal = 0;
            for (Fraction other : valueBySchool.values()) {
                int c = other.compareTo(school.getValue());
                if (c < 0) {
                    below++;
                } else if (c == 0) {
                    equal++;
                }
            }
            long rank = Math.floorDiv(100 * (2 * below + equal) + n, 2 * n);
            ranks.put(school.getKey(), (int) Math.max(1, Math.min(99, rank)));
        }
        return ranks;
    }
}
