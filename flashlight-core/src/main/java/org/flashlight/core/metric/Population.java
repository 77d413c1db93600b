package org.flashlight.core.metric;

/**
 * Who a metric counts, as the attribution rules of metrics.md define it. Each population is one
 * SQL building block of the engine producing, per school year, entity and student, the columns a
 * metric's numerator and denominator may use (listed here, so a framework file can define a new
 * metric over a population without Java code).
 */
public enum Population {
    /** Students with at least one day enrolled at the entity. Columns: days_enrolled, days_present, swd. */
    ENROLLED("days_enrolled, days_present, swd, suspended"),
    /** Students enrolled at least 31 days at the entity, days summed over their stays there. */
    ATTENDANCE("days_enrolled, days_present"),
    /** Pre-K stays of students enrolled at least 31 days in pre-K at the entity. */
    PREK_ATTENDANCE("days_enrolled, days_present"),
    /** Distinct students with a grade 9-12 stay at the entity. Columns: dropped_out. */
    HIGH_SCHOOL_ENROLLED("dropped_out"),
    /**
     * One result per student at the entity for the metric's subject: the first row in file
     * order of an accountability test in a tested grade, participation tested, with a performance
     * level, whose student is enrolled for the full academic year at the entity. lowest_25pct:
     * the student's scale score is at or below the cut of the lowest quarter of the entity's rows of
     * that test and grade (the scale score of the ceil(n / 4)-th lowest row; ties at the cut included).
     */
    FAY_TESTED("test, grade_tested, scale_score, performance_level, proficient_level, cut_3, lowest_25pct"),
    /** Students expected to test in the metric's subject at the entity. Columns: tested. */
    EXPECTED_TO_TEST("tested"),
    /**
     * Not a population of students: the metric is computed from other metrics' results (for example
     * {@code attendance_growth}, the change of {@code attendance_90plus} from the prior year).
     */
    DERIVED(""),
    /**
     * The four-, five- and six-year adjusted cohorts: cohort C reported in school year C+3, C+4 or C+5,
     * without students who transferred out, emigrated or died. Columns: graduated (regular
     * diploma by the reporting year), completed (regular or alternative diploma by then).
     */
    COHORT_4YR("graduated, completed"),
    COHORT_5YR("graduated, completed"),
    COHORT_6YR("graduated, completed"),

    // ---- course marks (R-8 .. R-10)
    /**
     * Students with a grade-8 stay at the entity that is open at year end, once per
     * entity, with the course-mark record of their school year; columns as {@link #GRADE9_AT_YEAR_END}.
     */
    GRADE8_AT_YEAR_END("gpa_points, gpa_credits, df_marks, final_df_ela_math, final_marks, final_not_passed, "
            + "year_days_enrolled, year_days_present, suspended_anywhere"),
    /**
     * Students with a grade-9 stay at the entity that is open at year end, once per entity,
     * with their record of the school year from every school, never NULL: gpa_points = sum of
     * grade_points x credits and gpa_credits = sum of credits (credits_attempted, 1 when empty) over the
     * {@code final} letter marks with grade_points (0 and 0 without such marks: no GPA); df_marks = marks
     * of any term beginning with D or F; final_df_ela_math = such {@code final} marks in ela or math;
     * final_marks = {@code final} marks; final_not_passed = {@code final} marks beginning with F, or NP or I;
     * year_days_enrolled and year_days_present = sums over all the student's stays that year;
     * suspended_anywhere = a suspension_in_school, suspension_out_of_school or expulsion row that year.
     */
    GRADE9_AT_YEAR_END("gpa_points, gpa_credits, df_marks, final_df_ela_math, final_marks, final_not_passed, "
            + "year_days_enrolled, year_days_present, suspended_anywhere"),
    /**
     * Distinct students with a grade 11 or 12 stay at the entity that year (any stay, open or closed),
     * in school years whose course_grades rows carry the optional {@code advanced} column (at least one
     * non-empty value; none in a year = no rows, not computable). Columns: completed_advanced (a mark
     * of that year at any school with advanced true and credits_earned > 0).
     */
    GRADE11_12_ENROLLED("completed_advanced"),

    // ---- English learners, re-enrollment, college readiness

    // ---- surveys, CLASS observations, AP/IB

    ;

    private final String columns;

    Population(String columns) {
        this.columns = columns;
    }

    /** Columns a numerator or denominator expression may name, comma separated. */
    public String columns() {
        return columns;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
