package org.flashlight.cli;

import java.util.BitSet;
import java.util.List;
import org.flashlight.duckdb.metric.MetricResult;

/**
 * Which metric results the public view hides. Interim rule until the disclosure-avoidance component
 * is wired in: a cell whose students are fewer than min_n_public.
 */
record PublicSuppression(BitSet suppressed) {
    static PublicSuppression of(List<MetricResult> results, int minNPublic) {
        BitSet hidden = new BitSet(results.size());
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).students() < minNPublic) {
                hidden.set(i);
            }
        }
        return new PublicSuppression(hidden);
    }
}
