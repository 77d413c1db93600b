package org.flashlight.synth;

/**
 * Postsecondary outcomes of a high-school leaver: fall enrollment (none, two-year, four-year) and
 * persistence to a second year, from logistic models in GPA, attendance, achievement and poverty
 * (race is not an input). Because the model knows each leaver's true probability of persisting,
 * the generator can report the Bayes AUC: the best discrimination any predictor could reach.
 * Immutable.
 */
final class PostsecondaryModel {
    static final int NONE = 0;
    static final int TWO_YEAR = 1;
    static final int FOUR_YEAR = 2;

    private final Parameters.Postsecondary p;

    PostsecondaryModel(Parameters.Postsecondary p) {
        this.p = p;
    }

    /** Probabilities for a leaver: index 0 enroll, 1 four-year given enrolled, 2 persist at two-year, 3 persist at four-year. */
    void probabilities(boolean graduate, boolean ged, double gpa, double attendancePercent, double thetaMean,
            boolean poor, boolean agComplete, double[] out) {
        if (!graduate) {
            out[0] = ged ? p.gedEnroll() : p.nonGraduateEnroll();
            out[1] = 0;
        } else {
            out[0] = Rng.logistic(p.enrollIntercept() + p.enrollGpa() * (gpa - 2.8)
                    + p.enrollAttendance() * (attendancePercent - 93) + p.enrollAchievement() * thetaMean
                    + (poor ? p.enrollPoverty() : 0));
            out[1] = Rng.logistic(p.fourYearIntercept() + p.fourYearGpa() * (gpa - 3.0)
                    + p.fourYearAchievement() * thetaMean + (agComplete ? p.fourYearAg() : 0)
                    + (poor ? p.fourYearPoverty() : 0));
        }
        double persist = p.persistIntercept() + p.persistGpa() * (gpa - 2.8)
                + p.persistAttendance() * (attendancePercent - 93) + p.persistAchievement() * thetaMean
                + (poor ? p.persistPoverty() : 0);
        out[2] = Rng.logistic(persist);
        out[3] = Rng.logistic(persist + p.persistFourYear());
    }

    /** The true probability of enrolling and persisting to a second year. */
    static double persistence(double[] probabilities) {
        return probabilities[0] * ((1 - probabilities[1]) * probabilities[2] + probabilities[1] * probabilities[3]);
    }

    int agCourses() {
        return p.agCourses();
    }
}
