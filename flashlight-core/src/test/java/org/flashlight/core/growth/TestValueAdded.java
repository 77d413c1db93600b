package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Value-added recovers school effects planted in generated students; shrinkage and percentiles by hand. */
class TestValueAdded {
    @Test
    void withoutNoiseTheFixedEffectsAreExactlyThePlantedEffects() {
        // outcome = 0.8 prior + 0.3 other prior - 0.2 econ + effect of the school, no error; the three race
        // indicators add up to 1 for every student (collinear with the school effects): they must drop out.
        Random random = new Random(7);
        double[] planted = {0.25, -0.10, 0.0, 0.40, -0.35};
        List<ValueAddedStudent> students = new ArrayList<>();
        for (int school = 0; school < planted.length; school++) {
            for (int i = 0; i < 40; i++) {
                double prior = random.nextGaussian() + school * 0.3;
                double other = 0.5 * prior + random.nextGaussian();
                double econ = random.nextInt(2);
                int race = random.nextInt(3);
                double outcome = 0.8 * prior + 0.3 * other - 0.2 * econ + planted[school];
                students.add(new ValueAddedStudent("s" + school, outcome,
                        new double[] {prior, other, econ, race == 0 ? 1 : 0, race == 1 ? 1 : 0, race == 2 ? 1 : 0}));
            }
        }
        List<SchoolEffect> effects = ValueAdded.fixedEffects(students);
        assertThat(effects).extracting(SchoolEffect::schoolId).containsExactly("s0", "s1", "s2", "s3", "s4");
        for (int school = 0; school < planted.length; school++) {
            assertThat(effects.get(school).effect()).isCloseTo(planted[school], within(1e-9));
            assertThat(effects.get(school).students()).isEqualTo(40);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void shrunkEffectsRankSchoolsLikeThePlantedEffectsWhereRawGainsDoNot(long seed) {
        // 150 schools of 120 students; better schools also enrol higher-scoring students (prior mean rises with
        // the school's hidden intake), so the mean outcome mixes intake with effect. Effects sd 0.10, noise sd
        // 0.45: se ~ 0.45 / sqrt(120) = 0.041, reliability 0.01 / (0.01 + 0.0017) = 0.85, so the expected rank
        // correlation is about sqrt(0.85) = 0.92.
        Random random = new Random(seed);
        int schools = 150;
        double[] planted = new double[schools];
        List<ValueAddedStudent> students = new ArrayList<>();
        for (int school = 0; school < schools; school++) {
            planted[school] = 0.10 * random.nextGaussian();
            double intake = random.nextGaussian();
            for (int i = 0; i < 120; i++) {
                double econ = random.nextDouble() < 0.3 + 0.2 * Math.max(-1, Math.min(1, -intake)) ? 1 : 0;
                double prior = intake * 0.6 + random.nextGaussian() - 0.3 * econ;
                double other = 0.6 * prior + 0.8 * random.nextGaussian();
                double outcome = 0.7 * prior + 0.2 * other - 0.1 * econ + planted[school] + 0.45 * random.nextGaussian();
                students.add(new ValueAddedStudent(String.format("s%03d", school), outcome,
                        new double[] {prior, other, econ}));
            }
        }
        List<SchoolEffect> shrunk = ValueAdded.shrink(ValueAdded.fixedEffects(students));
        double[] estimated = shrunk.stream().mapToDouble(SchoolEffect::effect).toArray();
        assertThat(spearman(estimated, planted)).isGreaterThan(0.85);

        double[] rawMeans = new double[schools];
        for (ValueAddedStudent s : students) {
            rawMeans[Integer.parseInt(s.schoolId().substring(1))] += s.outcome() / 120;
        }
        assertThat(spearman(rawMeans, planted)).as("mean outcomes confound intake with effect").isLessThan(0.7);
    }

    @Test
    void shrinkageKeepsTheShareOfTrueVariance() {
        // Effects 0.3, -0.3, 0 with se 0.1, 0.1, 0.2, 50 students each: weighted mean m = 0;
        // sum (e - m)^2 / (J - 1) = 0.18 / 2 = 0.09; mean se^2 = (0.01 + 0.01 + 0.04) / 3 = 0.02;
        // tau^2 = 0.07. lambda = 0.07 / 0.08 = 0.875 for the first two, 0.07 / 0.11 for the third.
        List<SchoolEffect> shrunk = ValueAdded.shrink(List.of(new SchoolEffect("a", 50, 0.3, 0.1),
                new SchoolEffect("b", 50, -0.3, 0.1), new SchoolEffect("c", 50, 0.0, 0.2)));
        assertThat(shrunk.get(0).effect()).isCloseTo(0.2625, within(1e-12));         // 0.875 x 0.3
        assertThat(shrunk.get(1).effect()).isCloseTo(-0.2625, within(1e-12));
        assertThat(shrunk.get(2).effect()).isCloseTo(0.0, within(1e-12));
        assertThat(shrunk.get(0).standardError()).isCloseTo(0.1 * Math.sqrt(0.875), within(1e-12));
        assertThat(shrunk.get(2).standardError()).isCloseTo(0.2 * Math.sqrt(0.07 / 0.11), within(1e-12));
    }

    @Test
    void shrinkageCentresOnTheStudentWeightedMean() {
        // 0.5 over 30 students and -0.1 over 90: m = (15 - 9) / 120 = 0.05; spread (0.45^2 + 0.15^2) / 1 = 0.225,
        // noise (0.0001 + 0.0001) / 2 = 0.0001, tau^2 = 0.2249, lambda = 0.2249 / 0.225.
        List<SchoolEffect> shrunk = ValueAdded.shrink(List.of(new SchoolEffect("a", 30, 0.5, 0.01),
                new SchoolEffect("b", 90, -0.1, 0.01)));
        double lambda = 0.2249 / 0.225;
        assertThat(shrunk.get(0).effect()).isCloseTo(lambda * 0.45, within(1e-12));
        assertThat(shrunk.get(1).effect()).isCloseTo(lambda * -0.15, within(1e-12));
    }

    @Test
    void noisierThanTheirSpreadEffectsAllShrinkToTheMean() {
        // spread 0.02^2 x 2 / 1 = 0.0008 < mean se^2 0.01: tau^2 = 0, nothing is told apart
        List<SchoolEffect> shrunk = ValueAdded.shrink(List.of(new SchoolEffect("a", 10, 0.02, 0.1),
                new SchoolEffect("b", 10, -0.02, 0.1)));
        assertThat(shrunk).allSatisfy(e -> {
            assertThat(e.effect()).isZero();
            assertThat(e.standardError()).isZero();
        });
    }

    @Test
    void percentileIsTheMidRankAmongTheBaseYear() {
        double[] base = {-0.2, -0.1, 0.0, 0.1, 0.3};
        assertThat(ValueAdded.percentile(0.0, base)).isEqualTo(50.0);   // 2 below + half of 1 equal = 2.5 / 5
        assertThat(ValueAdded.percentile(0.05, base)).isEqualTo(60.0);  // 3 below / 5
        assertThat(ValueAdded.percentile(-0.5, base)).isEqualTo(0.0);
        assertThat(ValueAdded.percentile(0.4, base)).isEqualTo(100.0);
    }

    @Test
    void poolingWeightsGradesByStudents() {
        // 0.2 over 30 students (se 0.1) and -0.1 over 10 (se 0.2): (6 - 1) / 40 = 0.125;
        // se = sqrt(30^2 x 0.01 + 10^2 x 0.04) / 40 = sqrt(9 + 4) / 40
        SchoolEffect pooled = SchoolEffect.pool(List.of(new SchoolEffect("a", 30, 0.2, 0.1),
                new SchoolEffect("a", 10, -0.1, 0.2)));
        assertThat(pooled.students()).isEqualTo(40);
        assertThat(pooled.effect()).isCloseTo(0.125, within(1e-12));
        assertThat(pooled.standardError()).isCloseTo(Math.sqrt(13) / 40, within(1e-12));
    }

    /** Spearman's rank correlation (no ties in continuous draws). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double n = a.length;
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (ra[i] - rb[i]) * (ra[i] - rb[i]);
        }
        return 1 - 6 * sum / (n * (n * n - 1));
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
        double[] ranks = new double[values.length];
        for (int r = 0; r < order.length; r++) {
            ranks[order[r]] = r + 1;
        }
        return ranks;
    }
}
