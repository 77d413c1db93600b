package org.flashlight.duckdb.growth;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One student's growth in one subject and year: a row of {@code student_growth} and student_growth.csv.
 *
 * @param schoolYear the year of the current score
 * @param studentId  the student
 * @param subject    the subject
 * @param grade      the grade of the current score
 * @param schoolId   the school of the current score
 * @param test       the test of every score of the progression
 * @param priorsUsed how many prior years the SGP conditions on (1 .. max priors)
 * @param sgp        the Student Growth Percentile, 1..99
 * @param projection where the student's growth leads if sustained (docs/metrics/growth.md), when it can be projected
 */
public record StudentGrowthRow(int schoolYear, String studentId, String subject, int grade, String schoolId,
        String test, int priorsUsed, int sgp, Optional<Projection> projection) {
    /** A row without a projection. */
    public StudentGrowthRow(int schoolYear, String studentId, String subject, int grade, String schoolId,
            String test, int priorsUsed, int sgp) {
        this(schoolYear, studentId, subject, grade, schoolId, test, priorsUsed, sgp, Optional.empty());
    }

    /**
     * Growth to proficiency: the student's score projected to the horizon grade at their own SGP every year.
     *
     * @param horizonGrade       the grade the projection reaches (the current grade + min(3, 8 - grade))
     * @param projectedScore     the score projected there
     * @param reachesProficiency the projected score is at or above that grade's proficient cut
     * @param sgpTarget          the lowest SGP that, sustained, reaches the cut by then (empty when 99 does not)
     */
    public record Projection(int horizonGrade, double projectedScore, boolean reachesProficiency,
            OptionalInt sgpTarget) {
        public Projection {
            Objects.requireNonNull(sgpTarget, "sgpTarget is null");
        }
    }

    public StudentGrowthRow {
        Objects.requireNonNull(projection, "projection is null");
        Objects.requireNonNull(studentId, "studentId is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(schoolId, "schoolId is null");
        Objects.requireNonNull(test, "test is null");
        if (sgp < 1 || sgp > 99) {
            throw new IllegalArgumentException("an SGP is 1..99, not " + sgp);
        }
    }
}
