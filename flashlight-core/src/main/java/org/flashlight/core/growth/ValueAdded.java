package org.flashlight.core.growth;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * CORE-style school value-added (growth.md): a regression of the current score on prior scores and
 * demographics with school fixed effects, the school effects shrunk toward their mean by empirical
 * Bayes, and each school placed as a 0-100 percentile among the base year's schools. Pure and
 * deterministic: the sums run in one fixed order (schools sorted by id, students in input order).
 *
 * <p>The fixed-effects fit is the within estimator (Frisch-Waugh-Lovell): each variable minus its
 * school's mean gives the slopes; a school's effect is its mean outcome minus its mean covariates times
 * the slopes. The slopes solve the normal equations by the pseudo-inverse (singular value
 * decomposition), so a covariate that never varies within a school (a race no student has, or a set
 * of indicators that sums to one) drops out instead of failing the fit.
 */
public final class ValueAdded {
    /** Singular values below this share of the largest count as zero (see {@link #pseudoInverseSolve}). */
    static final double RELATIVE_TOLERANCE = 1e-10;

    private ValueAdded() {
    }

    /**
     * School fixed effects of {@code outcome ~ covariates + school}, one per school (sorted by id), with
     * the standard error sqrt(sigma^2 / n_school): sigma^2 = residual sum of squares / (students - schools -
     * rank of the covariates). (The slopes' own uncertainty, negligible with thousands of students, is
     * left out.)
     *
     * @throws IllegalArgumentException when the students do not leave a degree of freedom for the error
     */
    public static List<SchoolEffect> fixedEffects(List<ValueAddedStudent> students) {
        if (students.isEmpty()) {
            return List.of();
        }
        int p = students.get(0).covariateCount();
        Map<String, SchoolMeans> schools = new TreeMap<>();
        for (ValueAddedStudent s : students) {
            if (s.covariateCount() != p) {
                throw new IllegalArgumentException("students with " + p + " and " + s.covariateCount()
                        + " covariates in one regression");
            }
            schools.computeIfAbsent(s.schoolId(), id -> new SchoolMeans(p)).add(s);
        }
        double[][] crossProducts = new double[p][p];
        double[] crossOutcome = new double[p];
        for (ValueAddedStudent s : students) {
            SchoolMeans m = schools.get(s.schoolId());
            double[] deviation = m.deviation(s);
            double outcome = s.outcome() - m.outcome();
            for (int i = 0; i < p; i++) {
                crossOutcome[i] += deviation[i] * outcome;
                for (int j = 0; j <= i; j++) {
                    crossProducts[i][j] += deviation[i] * deviation[j];
                }
            }
        }
        for (int i = 0; i < p; i++) {
            for (int j = i + 1; j < p; j++) {
                crossProducts[i][j] = crossProducts[j][i];
            }
        }
        double[] slopes = new double[p];
        int rank = p == 0 ? 0 : pseudoInverseSolve(crossProducts, crossOutcome, slopes);
        double residualSquares = 0;
        for (ValueAddedStudent s : students) {
            SchoolMeans m = schools.get(s.schoolId());
            double residual = s.outcome() - m.outcome() - dot(m.deviation(s), slopes);
            residualSquares += residual * residual;
        }
        long degreesOfFreedom = (long) students.size() - schools.size() - rank;
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException(students.size() + " students in " + schools.size() + " schools with "
                    + rank + " covariates leave no degree of freedom for the error");
        }
        double errorVariance = residualSquares / degreesOfFreedom;
        List<SchoolEffect> effects = new ArrayList<>(schools.size());
        for (Map.Entry<String, SchoolMeans> e : schools.entrySet()) {
            SchoolMeans m = e.getValue();
            effects.add(new SchoolEffect(e.getKey(), m.count, m.outcome() - dot(m.covariates(), slopes),
                    Math.sqrt(errorVariance / m.count)));
        }
        return List.copyOf(effects);
    }

    /**
     * Empirical Bayes shrinkage toward the student-weighted mean m of the effects: the spread of the true
     * effects tau^2 = max(0, sum (e - m)^2 / (J - 1) - mean se^2) (method of moments over the J schools);
     * each school keeps the share lambda = tau^2 / (tau^2 + se^2) of its distance from m, and its standard
     * error becomes se x sqrt(lambda) (the posterior's). Effects are returned centred: shrunk effect - m.
     * Fewer than two schools: no spread to estimate, every effect is 0.
     */
    public static List<SchoolEffect> shrink(List<SchoolEffect> effects) {
        if (effects.isEmpty()) {
            return List.of();
        }
        double weighted = 0;
        long students = 0;
        for (SchoolEffect e : effects) {
            weighted += e.students() * e.effect();
            students += e.students();
        }
        double mean = weighted / students;
        double spread = 0;
        double noise = 0;
        for (SchoolEffect e : effects) {
            spread += (e.effect() - mean) * (e.effect() - mean);
            noise += e.standardError() * e.standardError();
        }
        int j = effects.size();
        double trueVariance = j < 2 ? 0 : Math.max(0, spread / (j - 1) - noise / j);
        List<SchoolEffect> shrunk = new ArrayList<>(j);
        for (SchoolEffect e : effects) {
            double se2 = e.standardError() * e.standardError();
            double kept = trueVariance == 0 ? 0 : trueVariance / (trueVariance + se2);
            shrunk.add(new SchoolEffect(e.schoolId(), e.students(), kept * (e.effect() - mean),
                    e.standardError() * Math.sqrt(kept)));
        }
        return List.copyOf(shrunk);
    }

    /**
     * The 0-100 percentile of an effect among the base year's effects: 100 x (the base effects below it
     * + half of those equal to it) / their number (the mid-rank percentile, so the middle school of the
     * base year is at 50 whatever the count).
     */
    public static double percentile(double effect, double[] baseEffects) {
        if (baseEffects.length == 0) {
            throw new IllegalArgumentException("no base-year effects to rank against");
        }
        int below = 0;
        int equal = 0;
        for (double base : baseEffects) {
            int c = Double.compare(base, effect);
            if (c < 0) {
                below++;
            } else if (c == 0) {
                equal++;
            }
        }
        return 100.0 * (below + 0.5 * equal) / baseEffects.length;
    }

    /**
     * Solves the symmetric normal equations A x = b by the pseudo-inverse into {@code x}; returns the rank.
     * Directions whose singular value is below {@link #RELATIVE_TOLERANCE} x the largest are dropped: a
     * covariate without variance within schools, or indicators that add up to another, rounding errors
     * included (Commons Math's own solver tolerance, a few ulps, would keep those and blow them up).
     */
    private static int pseudoInverseSolve(double[][] a, double[] b, double[] x) {
        SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(a));
        double[] singular = svd.getSingularValues();
        double threshold = singular[0] * RELATIVE_TOLERANCE;
        RealVector projected = svd.getUT().operate(new ArrayRealVector(b));
        RealVector solution = new ArrayRealVector(b.length);
        int rank = 0;
        for (int k = 0; k < singular.length; k++) {
            if (singular[k] > threshold) {
                rank++;
                solution = solution.add(svd.getV().getColumnVector(k).mapMultiply(projected.getEntry(k) / singular[k]));
            }
        }
        System.arraycopy(solution.toArray(), 0, x, 0, x.length);
        return rank;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** A school's students' mean outcome and covariates, accumulated in input order. */
    private static final class SchoolMeans {
        private final double[] covariateSums;
        private double outcomeSum;
        private int count;

        SchoolMeans(int p) {
            covariateSums = new double[p];
        }

        void add(ValueAddedStudent s) {
            count++;
            outcomeSum += s.outcome();
            for (int i = 0; i < covariateSums.length; i++) {
                covariateSums[i] += s.covariate(i);
            }
        }

        double outcome() {
            return outcomeSum / count;
        }

        double[] covariates() {
            double[] means = new double[covariateSums.length];
            for (int i = 0; i < means.length; i++) {
                means[i] = covariateSums[i] / count;
            }
            return means;
        }

        double[] deviation(ValueAddedStudent s) {
            double[] d = new double[covariateSums.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = s.covariate(i) - covariateSums[i] / count;
            }
            return d;
        }
    }
}
