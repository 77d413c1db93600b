package org.flashlight.core.accountability;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quartiles of schools by their share of economically disadvantaged students (FW-4 summaries, CORE-6
 * "similar demographics"): schools with a known share sorted by share, then school_id; the school at
 * 0-based position i of n is in quartile 1 + floor(4i / n) (1 = lowest poverty). Worked example: shares
 * 0.1, 0.2, ..., 0.8 (n = 8) give quartiles 1, 1, 2, 2, 3, 3, 4, 4.
 */
public final class PovertyQuartiles {
    private PovertyQuartiles() {
    }

    /** school_id -> quartile 1..4, for the schools of one year with a known share. */
    public static Map<String, Integer> of(List<SchoolProfile> schools) {
        List<SchoolProfile> known = schools.stream().filter(s -> s.econShare() != null)
                .sorted(Comparator.comparing(SchoolProfile::econShare).thenComparing(SchoolProfile::schoolId)).toList();
        Map<String, Integer> quartiles = new HashMap<>();
        for (int i = 0; i < known.size(); i++) {
            quartiles.put(known.get(i).schoolId(), 1 + 4 * i / known.size());
        }
        return quartiles;
    }
}
