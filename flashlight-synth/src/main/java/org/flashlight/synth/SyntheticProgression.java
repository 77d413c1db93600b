package org.flashlight.synth;

import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.growth.ProgressionScores;
import org.flashlight.core.growth.SplineKnots;

/**
 * A seeded synthetic grade progression for the growth benchmark: integer scale scores in consecutive grades driven by
 * one latent ability plus growth and measurement noise, so the scores are correlated, tied and bounded like a state
 * test's. The same (seed, students, priors) always gives the same scores.
 *
 * @param students the students, priors oldest first
 * @param knots    each prior grade's knots from that grade's scores (growth.md)
 */
public record SyntheticProgression(List<ProgressionScores> students, List<SplineKnots> knots) {
    private static final long PURPOSE = 0x6L;
    private static final double LOWEST = 150;
    private static final double HIGHEST = 950;

    public SyntheticProgression {
        students = List.copyOf(students);
        knots = List.copyOf(knots);
    }

    public static SyntheticProgression generate(long seed, int studentCount, int priors) {
        if (studentCount < 1 || priors < 1) {
            throw new IllegalArgumentException("a progression needs at least one student and one prior");
        }
        List<ProgressionScores> students = new ArrayList<>(studentCount);
        double[][] priorScores = new double[priors][studentCount];
        for (int s = 0; s < studentCount; s++) {
            Rng rng = Rng.stream(seed, PURPOSE, s);
            double ability = rng.normal();
            double growth = 0;
            double[] scores = new double[priors + 1];
            for (int grade = 0; grade <= priors; grade++) {
                growth += 0.3 * rng.normal();
                scores[grade] = score(500 + 35 * grade + 45 * (ability + growth) + 18 * rng.normal());
            }
            double[] prior = new double[priors];
            System.arraycopy(scores, 0, prior, 0, priors);
            for (int k = 0; k < priors; k++) {
                priorScores[k][s] = prior[k];
            }
            students.add(new ProgressionScores("S" + s, prior, scores[priors]));
        }
        List<SplineKnots> knots = new ArrayList<>();
        for (double[] grade : priorScores) {
            knots.add(SplineKnots.fromScores(grade));
        }
        return new SyntheticProgression(students, knots);
    }

    private static double score(double value) {
        return Math.max(LOWEST, Math.min(HIGHEST, Math.rint(value)));
    }
}
