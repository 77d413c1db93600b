package org.flashlight.synth;

/**
 * Promotion, retention, dropout, alternative-school placement and graduation rules. Immutable.
 */
final class ProgressionModel {
    private final Parameters.Progression p;
    private final double dropoutIntercept;
    private final double alternativeIntercept;

    ProgressionModel(Parameters.Progression p) {
        this.p = p;
        this.dropoutIntercept = Rng.logit(p.dropoutBase());
        this.alternativeIntercept = Rng.logit(p.alternativePlacement());
    }

    /** Whether a student in grade KG-8 repeats the grade. */
    boolean retainedBelowHighSchool(Rng rng, int grade, double thetaMean) {
        double base = grade == 0 ? p.retentionKg() : p.retentionElementary();
        return rng.chance(Rng.logistic(Rng.logit(base) + p.retentionAchievementEffect() * thetaMean));
    }

    /** Whether a high-school student is promoted, from credits (finals) earned. */
    boolean promotedInHighSchool(int grade, double creditsThisYear, double creditsTotal, int highSchoolYears) {
        if (grade == 9) {
            return creditsThisYear >= p.ninthPromotionCredits();
        }
        return creditsTotal >= CourseCatalog.COURSES_PER_YEAR * highSchoolYears - p.creditsBehindAllowed();
    }

    boolean graduates(double creditsTotal) {
        return creditsTotal >= p.graduationCredits();
    }

    /** Yearly dropout probability of a high-school student. */
    double dropout(boolean poor, double thetaMean, double absenceAboveTypical, double creditsBehind, boolean overAge,
            boolean alternative) {
        return Rng.logistic(dropoutIntercept + (poor ? p.dropoutPovertyEffect() : 0)
                + p.dropoutAchievementEffect() * thetaMean + p.dropoutAbsenceEffect() * Math.max(0, absenceAboveTypical)
                + p.dropoutBehindEffect() * Math.max(0, creditsBehind) + (overAge ? p.dropoutOverAgeEffect() : 0)
                + (alternative ? p.dropoutAlternativeEffect() : 0));
    }

    /** Yearly chance a high-school student is placed in an alternative school, from risk points. */
    double alternativePlacement(double riskPoints) {
        return Rng.logistic(alternativeIntercept + p.alternativeRiskEffect() * riskPoints);
    }

    double gedShare() {
        return p.gedShare();
    }

    double alternateDiplomaRate() {
        return p.alternateDiplomaRate();
    }
}
