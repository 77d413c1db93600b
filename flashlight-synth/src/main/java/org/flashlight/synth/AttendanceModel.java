package org.flashlight.synth;

/**
 * Attendance: each student-year has an absence rate on the log-odds scale built from the student's
 * stable propensity, poverty, achievement, disability, homelessness, grade and the school; absences
 * in a stay are binomial over its instructional days. Monthly rows (progress monitoring) add a
 * month effect (more absence in December, February and June). Immutable.
 */
final class AttendanceModel {
    private final double intercept;
    private final double poverty;
    private final double achievement;
    private final double swd;
    private final double homeless;
    private final double personSd;
    private final double yearSd;
    private final double[] gradeEffect = new double[14];
    private final double[] monthEffect = new double[13];
    private final int monthlyLow;
    private final int monthlyHigh;

    AttendanceModel(Parameters.Attendance p) {
        this.intercept = Rng.logit(p.baseRate());
        this.poverty = p.povertyEffect();
        this.achievement = p.achievementEffect();
        this.swd = p.swdEffect();
        this.homeless = p.homelessEffect();
        this.personSd = p.personSd();
        this.yearSd = p.yearSd();
        for (int g = 0; g < 14; g++) {
            gradeEffect[g] = p.gradeEffects().get(g);
        }
        for (int m = 1; m <= 12; m++) {
            monthEffect[m] = p.monthEffects().get(m - 1);
        }
        this.monthlyLow = p.monthlyGrades().get(0);
        this.monthlyHigh = p.monthlyGrades().get(1);
    }

    double person(Rng rng) {
        return rng.normal(0, personSd);
    }

    /** The log-odds of absence of a typical student (the level the other models compare against). */
    double typical() {
        return intercept;
    }

    /** A student-year's log-odds of absence before the school's effect. */
    double yearLogit(Rng rng, double person, boolean poor, double thetaMean, boolean hasIep, boolean isHomeless,
            int grade) {
        return intercept + person + (poor ? poverty : 0) + achievement * thetaMean + (hasIep ? swd : 0)
                + (isHomeless ? homeless : 0) + gradeEffect[grade + 1] + rng.normal(0, yearSd);
    }

    int absences(Rng rng, int days, double logit) {
        return rng.binomial(days, Rng.logistic(logit));
    }

    int absencesInMonth(Rng rng, int days, double logit, int month) {
        return rng.binomial(days, Rng.logistic(logit + monthEffect[month]));
    }

    boolean writesMonthly(int grade) {
        return grade >= monthlyLow && grade <= monthlyHigh;
    }
}
