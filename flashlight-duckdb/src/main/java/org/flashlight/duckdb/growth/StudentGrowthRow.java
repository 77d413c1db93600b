package org.flashlight.duckdb.growth;

import java.util.Objects;

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
 */
public record StudentGrowthRow(int schoolYear, String studentId, String subject, int grade, String schoolId,
        String test, int priorsUsed, int sgp) {
    public StudentGrowthRow {
        Objects.requireNonNull(studentId, "studentId is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(schoolId, "schoolId is null");
        Objects.requireNonNull(test, "test is null");
        if (sgp < 1 || sgp > 99) {
            throw new IllegalArgumentException("an SGP is 1..99, not " + sgp);
        }
    }
}
