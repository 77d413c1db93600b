package org.flashlight.synth;

import java.util.SplittableRandom;

/**
 * A random stream with the draws the model needs. Every stream is seeded from (seed, purpose, index)
 * only, never from shared state, the clock or iteration order, so a student's or a school's draws are
 * the same whichever thread makes them and whatever else is generated. All transcendental functions
 * are {@link StrictMath}, so the numbers do not depend on the CPU or on JIT intrinsics.
 *
 * <p>Not thread-safe: one instance per student life or per school, used by one thread.
 */
final class Rng {
    /** Purposes of streams: a different purpose gives an independent stream for the same index. */
    static final long LIFE = 0x1L;
    static final long LAYOUT = 0x2L;
    static final long SCHOOL_YEAR = 0x3L;
    static final long SCHOOL = 0x4L;

    private final SplittableRandom random;
    /** The polar method makes normals in pairs; the second waits here. */
    private double spareNormal;
    private boolean hasSpare;

    private Rng(long streamSeed) {
        this.random = new SplittableRandom(streamSeed);
    }

    static Rng stream(long seed, long purpose, long index) {
        return new Rng(mix(mix(seed ^ 0x5DEECE66DL) + purpose * 0x9E3779B97F4A7C15L + index));
    }

    static Rng stream(long seed, long purpose, long index, long subIndex) {
        return stream(seed, purpose, mix(index * 0xD1B54A32D192ED03L + subIndex));
    }

    /** SplitMix64's finalizer: a bijection that spreads nearby inputs over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Uniform integer in [0, bound). */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform integer in [low, high] (inclusive). */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal (Marsaglia's polar method, both values of each pair used). */
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spareNormal;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareNormal = v * factor;
        hasSpare = true;
        return u * factor;
    }

    double normal(double mean, double sd) {
        return mean + sd * normal();
    }

    /** Binomial(n, p): exact by inversion when n p is small, a rounded normal otherwise. */
    int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        double mean = n * p;
        if (mean < 25 && n <= 1_000) {
            // inversion: walk the probability mass function from 0 until it passes a uniform draw
            double u = random.nextDouble();
            double ratio = p / (1 - p);
            double mass = StrictMath.pow(1 - p, n);
            double cumulative = mass;
            int k = 0;
            while (u > cumulative && k < n) {
                mass *= ratio * (n - k) / (k + 1);
                k++;
                cumulative += mass;
            }
            return k;
        }
        long value = StrictMath.round(mean + StrictMath.sqrt(mean * (1 - p)) * normal());
        return (int) Math.max(0, Math.min(n, value));
    }

    /** Poisson(lambda) by multiplication of uniforms (lambda is small wherever the model uses it). */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return (int) Math.max(0, StrictMath.round(lambda + StrictMath.sqrt(lambda) * normal()));
        }
        double limit = StrictMath.exp(-lambda);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang's method. */
    double gamma(double shape) {
        if (shape < 1) {
            return gamma(shape + 1) * StrictMath.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) {
                return d * v;
            }
        }
    }

    /** Beta with the given mean and concentration (a + b). */
    double beta(double mean, double concentration) {
        double a = gamma(mean * concentration);
        double b = gamma((1 - mean) * concentration);
        return a / (a + b);
    }

    /** Index drawn from cumulative weights (ascending, last = total). */
    int pick(double[] cumulative) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    static double logistic(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    static double logit(double p) {
        return StrictMath.log(p / (1 - p));
    }

    static double[] cumulative(double[] weights) {
        double[] result = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }

    /** Inverse of the standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9). */
    static double normalQuantile(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("p must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
