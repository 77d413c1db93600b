package org.flashlight.core.growth;

import java.util.Objects;

/**
 * One student of a value-added regression: the school credited with the student's growth, the
 * outcome (the current score) and the covariates (prior scores and demographics), in a fixed order
 * that every student of the regression shares.
 *
 * @param schoolId   school credited (the school of the current score)
 * @param outcome    the current score
 * @param covariates prior scores and 0/1 demographic indicators
 */
public record ValueAddedStudent(String schoolId, double outcome, double[] covariates) {
    public ValueAddedStudent {
        Objects.requireNonNull(schoolId, "schoolId is null");
        covariates = covariates.clone();
    }

    @Override
    public double[] covariates() {
        return covariates.clone();
    }

    double covariate(int index) {
        return covariates[index];
    }

    int covariateCount() {
        return covariates.length;
    }
}
