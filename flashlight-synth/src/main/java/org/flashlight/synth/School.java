package org.flashlight.synth;

/**
 * One school of the synthetic state: what schools.csv says about it, its planned size and poverty,
 * and its true effects (the hidden quantities later features should recover). Immutable once the
 * layout is built; fields are package-private for speed in the inner loops.
 */
final class School {
    /** Opening year of a school that has always been open. */
    static final int ALWAYS_OPEN = 0;

    final int index;
    final String id;
    final String name;
    final District district;
    final SchoolType type;
    final boolean charter;
    /** Lowest grade served. */
    final int gradeLow;
    /** Highest grade served in the opening year; grows by one a year up to {@link #finalHigh}. */
    final int openingHigh;
    final int finalHigh;
    /** First school year the school is open. */
    final int openYear;

    double plannedStudents;
    double plannedPoverty;
    boolean titleI;
    boolean cep;
    boolean ib;
    boolean passFailPe;

    /** Yearly growth effect on theta for ela, math, science (value added). */
    final double[] growthEffect = new double[3];
    /** Log-odds shift of absence. */
    double absenceEffect;
    /** Log-rate shift of disciplinary incidents. */
    double disciplineEffect;
    /** Latent shift of survey answers (culture and climate). */
    double climateEffect;
    /** Latent shift of course marks (grading leniency). */
    double leniency;
    /** Share of grade 4-12 students who answer the survey. */
    double surveyParticipation;
    /** Shift of pre-K CLASS scores. */
    double classEffect;

    School(int index, String id, String name, District district, SchoolType type, boolean charter, int gradeLow,
            int openingHigh, int finalHigh, int openYear) {
        this.index = index;
        this.id = id;
        this.name = name;
        this.district = district;
        this.type = type;
        this.charter = charter;
        this.gradeLow = gradeLow;
        this.openingHigh = openingHigh;
        this.finalHigh = finalHigh;
        this.openYear = openYear;
    }

    boolean isOpen(int schoolYear) {
        return schoolYear >= openYear;
    }

    int gradeHigh(int schoolYear) {
        return Math.min(finalHigh, openingHigh + Math.max(0, schoolYear - openYear));
    }

    boolean serves(int grade, int schoolYear) {
        return schoolYear >= openYear && grade >= gradeLow && grade <= gradeHigh(schoolYear);
    }

    boolean servesPrek(int schoolYear) {
        return serves(-1, schoolYear);
    }

    boolean isAlternative() {
        return type == SchoolType.ALTERNATIVE;
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
