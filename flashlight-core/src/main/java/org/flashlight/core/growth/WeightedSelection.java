package org.flashlight.core.growth;

/** A weighted order statistic in expected linear time (quickselect), for the simplex line search. */
final class WeightedSelection {
    private static final int SMALL = 16;
    private static final int SAMPLE = 64;

    private WeightedSelection() {
    }

    /**
     * The smallest value v among values[0..count) such that the weights of the values <= v sum to at least
     * need; the largest value if the whole weight falls short (rounding). Reorders both arrays in step.
     */
    static double smallestReaching(double[] values, double[] weights, int[] tags, int count, double need) {
        int lo = 0;
        int hi = count;
        double remaining = need;
        boolean first = true;
        while (hi - lo > SMALL) {
            double pivot = first && hi - lo > SAMPLE ? pivotNear(values, weights, lo, hi, remaining)
                    : medianOfThree(values[lo], values[(lo + hi) >>> 1], values[hi - 1]);
            first = false;
            // three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot
            int lt = lo;
            int gt = hi;
            int k = lo;
            double lessWeight = 0;
            double equalWeight = 0;
            while (k < gt) {
                double value = values[k];
                if (value < pivot) {
                    lessWeight += weights[k];
                    swap(values, weights, tags, k++, lt++);
                } else if (value > pivot) {
                    swap(values, weights, tags, k, --gt);
                } else {
                    equalWeight += weights[k];
                    k++;
                }
            }
            if (lessWeight >= remaining) {
                hi = lt;
            } else if (lessWeight + equalWeight >= remaining) {
                return pivot;
            } else {
                remaining -= lessWeight + equalWeight;
                lo = gt;
            }
        }
        sortRange(values, weights, tags, lo, hi);
        double cumulative = 0;
        for (int k = lo; k < hi; k++) {
            cumulative += weights[k];
            if (cumulative >= remaining) {
                return values[k];
            }
        }
        return hi > lo ? values[hi - 1] : largest(values, count);
    }

    /**
     * A first pivot just above the answer, guessed from an evenly spaced sample (Floyd and Rivest): the needed share
     * of the total weight, taken on the sample's values, plus a margin. The partition that follows then leaves a
     * small part to search; a bad guess costs one more partition, never a wrong answer.
     */
    private static double pivotNear(double[] values, double[] weights, int lo, int hi, double need) {
        double total = 0;
        for (int k = lo; k < hi; k++) {
            total += weights[k];
        }
        double[] sample = new double[SAMPLE];
        for (int k = 0; k < SAMPLE; k++) {
            sample[k] = values[lo + (int) ((long) k * (hi - lo) / SAMPLE)];
        }
        java.util.Arrays.sort(sample);
        double share = Math.min(1, need / total);
        int index = (int) Math.min(SAMPLE - 1, Math.ceil(share * SAMPLE * 1.5) + 4);
        return sample[index];
    }

    private static double largest(double[] values, int count) {
        double max = values[0];
        for (int k = 1; k < count; k++) {
            max = Math.max(max, values[k]);
        }
        return max;
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void sortRange(double[] values, double[] weights, int[] tags, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            for (int k = i; k > lo && values[k - 1] > values[k]; k--) {
                swap(values, weights, tags, k, k - 1);
            }
        }
    }

    private static void swap(double[] values, double[] weights, int[] tags, int i, int k) {
        int tag = tags[i];
        tags[i] = tags[k];
        tags[k] = tag;
        double value = values[i];
        values[i] = values[k];
        values[k] = value;
        double weight = weights[i];
        weights[i] = weights[k];
        weights[k] = weight;
    }
}
