package org.flashlight.core.growth;

import java.util.List;
import java.util.Objects;

/**
 * A school's estimated contribution to its students' growth, in the units of the regression's
 * outcome, with its standard error.
 *
 * @param schoolId      the school
 * @param students      students behind the estimate
 * @param effect        the estimate
 * @param standardError its standard error
 */
public record SchoolEffect(String schoolId, int students, double effect, double standardError) {
    public SchoolEffect {
        Objects.requireNonNull(schoolId, "schoolId is null");
        if (students < 1) {
            throw new IllegalArgumentException(schoolId + ": an effect needs at least one student");
        }
    }

    /**
     * One school's estimates of several regressions (its grades) as one: the mean weighted by students,
     * with the standard error of that mean (the grades' estimates are independent): sqrt(sum n_g^2 se_g^2) /
     * sum n_g.
     */
    public static SchoolEffect pool(List<SchoolEffect> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to pool");
        }
        String school = parts.get(0).schoolId();
        int students = 0;
        double weighted = 0;
        double variance = 0;
        for (SchoolEffect part : parts) {
            if (!part.schoolId().equals(school)) {
                throw new IllegalArgumentException("pooling the effects of two schools: " + school + ", "
                        + part.schoolId());
            }
            students += part.students();
            weighted += part.students() * part.effect();
            variance += (double) part.students() * part.students() * part.standardError() * part.standardError();
        }
        return new SchoolEffect(school, students, weighted / students, Math.sqrt(variance) / students);
    }
}
