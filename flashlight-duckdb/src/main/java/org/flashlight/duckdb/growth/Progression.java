package org.flashlight.duckdb.growth;

/**
 * One grade progression of one year: the students tested in {@code grade} in {@code schoolYear} in a
 * subject on one test, whose priors are the same test one, two, ... grades and years earlier.
 */
record Progression(String test, String subject, int grade, int schoolYear) {
    /** The progression's prior grade {@code years} years back, in that year: what a knot pool is keyed by. */
    ScoreGroup prior(int years, int inYear) {
        return new ScoreGroup(test, subject, grade - years, inYear);
    }

    @Override
    public String toString() {
        return schoolYear + " " + test + " " + subject + " grade " + grade;
    }

    /** The scores of one test, subject, grade and year. */
    record ScoreGroup(String test, String subject, int grade, int schoolYear) {
    }
}
