package org.flashlight.ontrack;

import java.util.List;
import org.flashlight.core.ontrack.OnTrackFeature;

/**
 * Centers and scales each feature by its training mean and standard deviation (so the logistic
 * model's coefficients are comparable, per standard deviation); a missing value becomes 0, the mean,
 * and its {@code *_missing} companion feature tells the model it was missing.
 *
 * @param features the model's features, in order
 * @param means    training mean of each (over non-missing values; 0 when none)
 * @param sds      training standard deviation of each (1 when 0 or undefined)
 */
public record Standardizer(List<OnTrackFeature> features, double[] means, double[] sds) {
    public Standardizer {
        features = List.copyOf(features);
        means = means.clone();
        sds = sds.clone();
    }

    public static Standardizer fit(List<OnTrackFeature> features, List<Snapshot> training) {
        int k = features.size();
        double[] means = new double[k];
        double[] sds = new double[k];
        for (int j = 0; j < k; j++) {
            OnTrackFeature f = features.get(j);
            double sum = 0;
            long n = 0;
            for (Snapshot s : training) {
                double v = s.feature(f);
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            double mean = n == 0 ? 0 : sum / n;
            double squares = 0;
            for (Snapshot s : training) {
                double v = s.feature(f);
                if (!Double.isNaN(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            double sd = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
            means[j] = mean;
            sds[j] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(features, means, sds);
    }

    /** The standardized values of a snapshot's features, in {@link #features} order. */
    public double[] standardize(Snapshot snapshot) {
        double[] z = new double[features.size()];
        for (int j = 0; j < z.length; j++) {
            double v = snapshot.feature(features.get(j));
            z[j] = Double.isNaN(v) ? 0 : (v - means[j]) / sds[j];
        }
        return z;
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] sds() {
        return sds.clone();
    }
}
