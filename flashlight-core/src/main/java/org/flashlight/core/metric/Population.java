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
     * level, whose student is enrolled for the full academic year at the entity.
     */
    FAY_TESTED("test, grade_tested, scale_score, performance_level, proficient_level, cut_3"),
    /** Students expected to test in the metric's subject at the entity. Columns: tested. */
    EXPECTED_TO_TEST("tested"),
    /**
     * The four-, five- and six-year adjusted cohorts: cohort C reported in school year C+3, C+4 or C+5,
     * without students who transferred out, emigrated or died. Columns: graduated (regular
     * diploma by the reporting year), completed (regular or alternative diploma by then).
     */
    COHORT_4YR("graduated, completed"),
    COHORT_5YR("graduated, completed"),
    COHORT_6YR("graduated, completed"),

    // ---- course marks (R-8 .. R-10)

    // ---- English learners, re-enrollment, college readiness
    /**
     * students enrolled at the entity at year end who were reclassified to rfep this school
     * year (reclassified_date July 1 .. June 30) or are el with el_entry_date on or before June 30 five
     * years before the year ends. Columns: reclassified.
     */
    EL_REDESIGNATION("reclassified"),
    /**
     * English learners (el in the first year's students row) with an English-proficiency scale score in
     * two consecutive years, at the school that tested them in the second year (the reported year): the
     * first tested row in file order per student and year, the same test both years. Columns: test,
     * first_score, second_score, proficient_cut (first year's grade), years_left, met_target.
     */
    ELP_PROGRESS("test, first_score, second_score, proficient_cut, years_left, met_target"),
    /**
     * Reported in year Y: students enrolled at the entity at the end of Y-1 (R-2, graduates not expected
     * back) in a grade whose next grade the entity serves in Y. Columns: returned (enrolled at the entity
     * on Y's census date), returned_to_lea (at the school's district on that date; the entity itself at
     * district and state level).
     */
    REENROLLMENT("returned, returned_to_lea"),
    /**
     * Grade-12 students (a grade-12 stay at the entity open at year end, R-2) with a tested SAT or ACT
     * row in this or an earlier school year at any school. Columns: met_benchmark.
     */
    SAT_ACT_TAKERS("met_benchmark"),
    /**
     * Graduates (regular diploma by C+3) of four-year cohort C, reported in C+3 as {@code COHORT_4YR}
     * does (R-13 groups: group_year). Columns: a_g_complete, ap_exams_3plus, grade11_ela_level,
     * grade11_math_level, prepared.
     */
    COHORT_4YR_GRADUATES("a_g_complete, ap_exams_3plus, grade11_ela_level, grade11_math_level, prepared"),

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
