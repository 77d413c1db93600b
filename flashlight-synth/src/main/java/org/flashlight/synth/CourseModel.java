package org.flashlight.synth;

/**
 * Course marks: which track a student takes, the latent mark of each term (quarters average into
 * semesters, semesters into the final) and its cut into a letter, grade points and credits.
 * Immutable.
 */
final class CourseModel {
    /** Marks of C or better (index 5) carry the AP/IB weight; C or better also counts for A-G. */
    static final int MARK_C = 5;

    private final Parameters.Courses p;
    private final double[] cuts;

    CourseModel(Parameters.Courses p) {
        this.p = p;
        this.cuts = p.markCuts().stream().mapToDouble(Double::doubleValue).toArray();
    }

    Parameters.Courses parameters() {
        return p;
    }

    /** Chooses honors/AP tracks for ELA, math, science and social studies from the year's theta. */
    void chooseTracks(Rng rng, int grade, double[] theta, boolean[] advanced) {
        for (int i = 0; i < 4; i++) {
            double level = theta[i < 3 ? i : 0] + rng.normal(0, p.trackNoiseSd());
            advanced[i] = grade >= 8 && level > (grade <= 10 ? p.honorsTheta() : p.apTheta());
        }
        if (grade <= 8) {
            advanced[0] = false; // grade 8 offers an advanced course in math only (Algebra I)
            advanced[2] = false;
            advanced[3] = false;
        }
    }

    /** The latent level of a course for a student-year, before term noise and the school's leniency. */
    double courseLatent(Rng rng, Course course, double driverTheta, double effort, double attendancePercent,
            double yearShock) {
        return p.achievementWeight() * driverTheta + effort + p.attendanceWeight() * (attendancePercent - 95)
                + yearShock + rng.normal(0, p.courseSd()) + (course.kind() == Course.Kind.REGULAR ? 0 : p.advancedPenalty());
    }

    /** Fills the latent mark of every term (indexed by {@link Codes#TERM}) around a course's level. */
    void termLatents(Rng rng, int grade, double base, double[] out) {
        double termSd = p.termSd();
        if (grade <= 8) {
            out[Codes.FINAL] = base + rng.normal(0, termSd / 2);
            return;
        }
        if (grade == 9) {
            out[Codes.Q1] = base + rng.normal(0, termSd);
            out[Codes.Q2] = base + rng.normal(0, termSd);
            out[Codes.Q3] = base + rng.normal(0, termSd);
            out[Codes.Q4] = base + rng.normal(0, termSd);
            out[Codes.S1] = (out[Codes.Q1] + out[Codes.Q2]) / 2 + rng.normal(0, termSd / 2);
            out[Codes.S2] = (out[Codes.Q3] + out[Codes.Q4]) / 2 + rng.normal(0, termSd / 2);
        } else {
            out[Codes.S1] = base + rng.normal(0, termSd);
            out[Codes.S2] = base + rng.normal(0, termSd);
        }
        out[Codes.FINAL] = (out[Codes.S1] + out[Codes.S2]) / 2 + rng.normal(0, termSd / 4);
    }

    /** The mark (index of {@link Codes#MARK}: 0 = F .. 12 = A+) of a latent. */
    int mark(double latent) {
        int mark = 0;
        for (double cut : cuts) {
            if (latent >= cut) {
                mark++;
            }
        }
        return mark;
    }

    /** Grade points of a mark: the 4-point scale, one more for AP/IB marks of C or better. */
    static double points(int mark, Course course) {
        return Codes.POINTS[mark] + (course.weighted() && mark >= MARK_C ? 1 : 0);
    }

    /** Credits attempted: 1 for a final, 0.5 for a semester, none (NaN, written empty) for a quarter. */
    static double creditsAttempted(int term) {
        return term == Codes.FINAL ? 1 : term == Codes.S1 || term == Codes.S2 ? 0.5 : Double.NaN;
    }

    boolean passFailPe(Course course, School school) {
        return course.physicalEducation() && school.passFailPe;
    }

    boolean incomplete(Rng rng, int term) {
        return term == Codes.S1 && rng.chance(p.incompleteRate());
    }
}
