package org.flashlight.synth;

import java.util.List;

/**
 * Disciplinary incidents: a Poisson count per stay whose yearly rate rises with poverty, low
 * achievement, disability, being a boy, absence, middle and high grades, the student's own
 * propensity and the school. Each incident becomes one action. Immutable.
 */
final class DisciplineModel {
    static final int IN_SCHOOL = 0;
    static final int OUT_OF_SCHOOL = 1;
    static final int EXPULSION = 2;
    static final int OTHER = 3;

    private final Parameters.Discipline p;
    private final double logBase;
    private final double[] actionCumulative;

    DisciplineModel(Parameters.Discipline p) {
        this.p = p;
        this.logBase = StrictMath.log(p.baseRate());
        List<Double> shares = p.actionShares();
        this.actionCumulative = Rng.cumulative(new double[] {shares.get(0), shares.get(1), shares.get(2), shares.get(3)});
    }

    double person(Rng rng) {
        return rng.normal(0, p.personSd());
    }

    /** Log of the yearly incident rate before the school's effect. */
    double logRate(double person, boolean poor, double thetaMean, boolean hasIep, boolean male,
            double absenceAboveTypical, int grade) {
        double band = grade <= 5 ? p.elementaryEffect() : grade >= 9 ? p.highEffect() : 0;
        return logBase + person + (poor ? p.povertyEffect() : 0) + p.achievementEffect() * thetaMean
                + (hasIep ? p.swdEffect() : 0) + (male ? p.maleEffect() : 0)
                + p.absenceEffect() * absenceAboveTypical + band;
    }

    int incidents(Rng rng, double logRate, double schoolEffect, double yearFraction) {
        return rng.poisson(StrictMath.exp(logRate + schoolEffect) * yearFraction);
    }

    int action(Rng rng, int grade) {
        int action = rng.pick(actionCumulative);
        return action == EXPULSION && grade < 6 ? OUT_OF_SCHOOL : action;
    }

    /** Days removed: a day or two in school, one to ten out of school (a few half days), weeks for an expulsion. */
    double days(Rng rng, int action) {
        return switch (action) {
            case IN_SCHOOL -> 1 + rng.poisson(p.inSchoolExtraDays());
            case OUT_OF_SCHOOL -> rng.chance(p.halfDayShare()) ? 0.5
                    : Math.min(p.outOfSchoolMaxDays(), 1 + rng.poisson(p.outOfSchoolExtraDays()));
            case EXPULSION -> rng.between(p.expulsionDaysLow(), p.expulsionDaysHigh());
            default -> 0;
        };
    }
}
