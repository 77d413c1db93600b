package org.flashlight.core.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * CORE-7's demographic distance between two schools: the Euclidean distance between their standardized
 * features. Features: poverty share, English learner share, students-with-disabilities share, the race
 * mix (one feature per race group, each weighted 1/k for k groups, so the mix as a whole weighs as much
 * as poverty does), level (its position in {@code levelOrder}, e.g. elementary 0, middle 1, high 2)
 * and size (natural log of enrollment, so 300 vs 600 is as far as 600 vs 1,200). Each feature is
 * standardized over the schools being paired: z = (x - mean) / standard deviation (population); a
 * feature that does not vary adds nothing.
 *
 * <p>Distances are doubles: they rank candidate pairs, they are not compared with a published threshold.
 */
public final class DemographicDistance {

    private final List<String> raceGroups;
    private final List<String> levelOrder;
    private final double[] mean;
    private final double[] deviation;
    private final double[] weight;

    /** Standardizes over {@code schools} (in pairing: the priority and reward schools together). */
    public DemographicDistance(List<PairingProfile> schools, List<String> levelOrder) {
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("need at least one school to standardize over");
        }
        this.levelOrder = List.copyOf(levelOrder);
        SortedSet<String> races = new TreeSet<>();
        schools.forEach(school -> races.addAll(school.raceShares().keySet()));
        this.raceGroups = List.copyOf(races);
        int features = 5 + raceGroups.size();
        weight = new double[features];
        java.util.Arrays.fill(weight, 1.0);
        for (int r = 0; r < raceGroups.size(); r++) {
            weight[5 + r] = 1.0 / raceGroups.size();
        }
        mean = new double[features];
        deviation = new double[features];
        List<double[]> rows = new ArrayList<>();
        schools.forEach(school -> rows.add(raw(school)));
        for (int f = 0; f < features; f++) {
            double sum = 0;
            for (double[] row : rows) {
                sum += row[f];
            }
            mean[f] = sum / rows.size();
            double squares = 0;
            for (double[] row : rows) {
                squares += (row[f] - mean[f]) * (row[f] - mean[f]);
            }
            deviation[f] = Math.sqrt(squares / rows.size());
        }
    }

    public double between(PairingProfile a, PairingProfile b) {
        double[] x = raw(a);
        double[] y = raw(b);
        double sum = 0;
        for (int f = 0; f < x.length; f++) {
            if (deviation[f] > 0) {
                double difference = (x[f] - y[f]) / deviation[f];
                sum += weight[f] * difference * difference;
            }
        }
        return Math.sqrt(sum);
    }

    private double[] raw(PairingProfile school) {
        double[] row = new double[5 + raceGroups.size()];
        row[0] = school.poverty().doubleValue();
        row[1] = school.englishLearners().doubleValue();
        row[2] = school.disabilities().doubleValue();
        int level = levelOrder.indexOf(school.level());
        if (level < 0) {
            throw new IllegalArgumentException(school.schoolId() + ": level '" + school.level()
                    + "' is not one of " + levelOrder);
        }
        row[3] = level;
        row[4] = Math.log(school.enrollment());
        for (int r = 0; r < raceGroups.size(); r++) {
            row[5 + r] = school.raceShares().getOrDefault(raceGroups.get(r), java.math.BigDecimal.ZERO).doubleValue();
        }
        return row;
    }
}
