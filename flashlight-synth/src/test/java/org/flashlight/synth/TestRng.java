package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestRng {
    @Test
    void streamsDependOnlyOnSeedPurposeAndIndex() {
        Rng a = Rng.stream(7, Rng.LIFE, 12);
        Rng b = Rng.stream(7, Rng.LIFE, 12);
        Rng other = Rng.stream(7, Rng.LIFE, 13);
        double first = a.uniform();
        assertThat(b.uniform()).isEqualTo(first);
        assertThat(other.uniform()).isNotEqualTo(first);
        assertThat(Rng.stream(8, Rng.LIFE, 12).uniform()).isNotEqualTo(first);
    }

    @Test
    void drawsHaveTheirDistributionsMoments() {
        Rng rng = Rng.stream(1, Rng.LIFE, 1);
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        long binomial = 0;
        long binomialSquares = 0;
        long poisson = 0;
        double beta = 0;
        for (int i = 0; i < n; i++) {
            double z = rng.normal();
            sum += z;
            squares += z * z;
            int k = rng.binomial(180, 0.06);
            binomial += k;
            binomialSquares += (long) k * k;
            poisson += rng.poisson(1.6);
            if (i < 20_000) {
                beta += rng.beta(0.3, 6);
            }
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(squares / n).isCloseTo(1, within(0.02));
        double mean = (double) binomial / n;
        assertThat(mean).isCloseTo(180 * 0.06, within(0.05));
        assertThat((double) binomialSquares / n - mean * mean).isCloseTo(180 * 0.06 * 0.94, within(0.2));
        assertThat((double) poisson / n).isCloseTo(1.6, within(0.02));
        assertThat(beta / 20_000).isCloseTo(0.3, within(0.01));
        assertThat(rng.binomial(150, 0.7)).isBetween(80, 130);
        assertThat(rng.binomial(0, 0.5)).isZero();
    }

    @Test
    void normalQuantileInvertsTheNormalDistribution() {
        assertThat(Rng.normalQuantile(0.5)).isCloseTo(0, within(1e-9));
        assertThat(Rng.normalQuantile(0.975)).isCloseTo(1.959964, within(1e-5));
        assertThat(Rng.normalQuantile(0.01)).isCloseTo(-2.326348, within(1e-5));
    }

    @Test
    void pickFollowsCumulativeWeights() {
        Rng rng = Rng.stream(3, Rng.LAYOUT, 0);
        double[] cumulative = Rng.cumulative(new double[] {1, 0, 3});
        int[] counts = new int[3];
        for (int i = 0; i < 40_000; i++) {
            counts[rng.pick(cumulative)]++;
        }
        assertThat(counts[1]).isZero();
        assertThat(counts[2] / 40_000.0).isCloseTo(0.75, within(0.01));
        assertThat(rng.between(5, 3)).isEqualTo(5);
    }
}
