package org.flashlight.core.colors;

/**
 * Graduates and cohort students of a school's two most recent graduation cohorts (CA-3 CSI graduation).
 * The two-year average rate pools them: (graduates1 + graduates2) / (cohort1 + cohort2).
 */
public record GraduationCohorts(long graduatesPrior, long cohortPrior, long graduatesCurrent, long cohortCurrent) {

    public GraduationCohorts {
        if (graduatesPrior < 0 || graduatesCurrent < 0 || graduatesPrior > cohortPrior
                || graduatesCurrent > cohortCurrent) {
            throw new IllegalArgumentException("graduates must be between 0 and the cohort size");
        }
    }

    public long graduates() {
        return graduatesPrior + graduatesCurrent;
    }

    public long cohort() {
        return cohortPrior + cohortCurrent;
    }

    /** Exactly: graduates / cohort < percent / 100, compared as 100 x graduates < percent x cohort. */
    public boolean belowPercent(int percent) {
        return cohort() > 0 && 100 * graduates() < (long) percent * cohort();
    }
}
