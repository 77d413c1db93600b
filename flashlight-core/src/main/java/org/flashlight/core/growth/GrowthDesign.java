package org.flashlight.core.growth;

import java.util.List;

/** The regression of a progression: rows [1, bs(prior oldest), ..., bs(prior immediate)] and the current scores. */
record GrowthDesign(DesignMatrix matrix, double[] response) {

    static GrowthDesign of(List<ProgressionScores> students, List<SplineKnots> knotsOldestFirst) {
        if (students.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a growth model without students");
        }
        List<BSplineBasis> bases = knotsOldestFirst.stream().map(BSplineBasis::new).toList();
        int width = 1 + bases.stream().mapToInt(BSplineBasis::columns).sum();
        DesignMatrix.Builder builder = new DesignMatrix.Builder(students.size(), width);
        double[] response = new double[students.size()];
        double[] row = new double[width];
        for (int i = 0; i < students.size(); i++) {
            ProgressionScores student = students.get(i);
            if (student.priorCount() != bases.size()) {
                throw new IllegalArgumentException("student " + student.studentId() + " has " + student.priorCount()
                        + " priors; this progression has " + bases.size());
            }
            row[0] = 1;
            int offset = 1;
            for (int k = 0; k < bases.size(); k++) {
                bases.get(k).evaluate(student.prior(k), row, offset);
                offset += bases.get(k).columns();
            }
            builder.addRow(row);
            response[i] = student.current();
        }
        return new GrowthDesign(builder.build(), response);
    }
}
