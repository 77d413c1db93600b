package org.flashlight.core.metric;

import java.util.Arrays;
import java.util.List;

/**
 * Who a metric counts, as the attribution rules of metrics.md define it. Each population is one
 * SQL building block of the engine producing, per school year, entity and student, the columns a
 * metric's numerator and denominator may use (listed here, so a framework file can define a new
 * metric over a population without Java code).
 */
public enum Population {
    /** Students with at least one day enrolled at the entity. Columns: days_enrolled, days_present, swd. */
    ENROLLED("students with at least 1 day enrolled at the entity in the school year (R-11); days summed "
            + "over their stays at the entity's schools (R-1); suspended = a suspension_in_school, "
            + "suspension_out_of_school or expulsion row at a school of the entity that year",
            "days_enrolled, days_present, swd, suspended"),
    /** Students enrolled at least 31 days at the entity, days summed over their stays there. */
    ATTENDANCE("students enrolled at least 31 days at the entity in the school year, days_enrolled and "
            + "days_present summed over their stays at the entity's schools (R-4, R-1); a rate uses the "
            + "days at the entity only",
            "days_enrolled, days_present"),
    /** Pre-K stays of students enrolled at least 31 days in pre-K at the entity. */
    PREK_ATTENDANCE("students enrolled at least 31 days in pre-K at the entity in the school year, counting only "
            + "their pre-K stays, days summed over those stays (R-4, R-1)",
            "days_enrolled, days_present"),
    /** Distinct students with a grade 9-12 stay at the entity. Columns: dropped_out. */
    HIGH_SCHOOL_ENROLLED("distinct students with a grade 9-12 stay at the entity in the school year, even one of 0 "
            + "days (R-11); dropped_out = such a stay ended with exit_code dropout",
            "dropped_out"),
    /**
     * One result per student at the entity for the metric's subject: the first row in file
     * order of an accountability test in a tested grade, participation tested, with a performance
     * level, whose student is enrolled for the full academic year at the entity. lowest_25pct:
     * the student's scale score is at or below the cut of the lowest quarter of the entity's rows of
     * that test and grade (the scale score of the ceil(n / 4)-th lowest row; ties at the cut included).
     */
    FAY_TESTED("one result per student and subject (R-7): the first row in file order of an accountability "
            + "test in a tested grade at the entity, participation tested, with a performance level, whose "
            + "student was enrolled at the entity without a break from the census date (October 1) through "
            + "the test date (full academic year, R-3); lowest_25pct = a scale score in the lowest quarter "
            + "of the entity's such rows of that test and grade (ties at the cut included)",
            "test, grade_tested, scale_score, performance_level, proficient_level, cut_3, lowest_25pct"),
    /**
     * FAY_TESTED's rows of students with a Student Growth Percentile in the subject that year
     * (table student_growth, growth.md; docs/metrics/growth.md): the SGP of the same test's score.
     * Columns: test, grade_tested, sgp (1..99), priors_used, growth_to_proficient (the score projected at the
     * student's own SGP reaches the proficient cut within min(3, 8 - grade) years; NULL without a projection).
     */
    FAY_GROWTH("one result per student and subject as for proficiency (R-7: the first tested row in file order "
            + "with a performance level, the student enrolled at the entity for the full academic year, R-3), "
            + "kept when the student has a Student Growth Percentile for that score (growth.md: a score in the "
            + "grade before in the year before on the same test, in a progression of at least the minimum "
            + "cohort size); growth_to_proficient = their score, projected at their own SGP each year, reaches the "
            + "proficient cut within 3 years or by grade 8, whichever comes first (empty without a projection)",
            "test, grade_tested, sgp, priors_used, growth_to_proficient"),
    /**
     * The students behind a school's value-added estimate (table school_value_added, growth.md): at school
     * level only, every student whose current score, same-subject prior and other-subject prior entered the
     * school's regressions. Columns: percentile (the school's 0-100 value-added percentile among the base
     * year's schools, the same on every row of the school), effect, standard_error.
     */
    VALUE_ADDED_STUDENTS("the students of a school's value-added estimate (growth.md): at school level only, every "
            + "student with a regular-assessment score in the subject this year and scores in both ela and math "
            + "the year before, one grade lower, credited to the school of this year's score; every row carries "
            + "the school's estimate",
            "percentile, effect, standard_error"),
    /** Students expected to test in the metric's subject at the entity. Columns: tested. */
    EXPECTED_TO_TEST("students expected to test in the subject (R-6): a stay at the entity in a tested grade open "
            + "on the school's test date (the earliest test_date of the subject that year), plus every "
            + "student with an accountability test row at the entity; tested = such a row with "
            + "participation tested",
            "tested"),
    /**
     * Not a population of students: the metric is computed from other metrics' results (for example
     * {@code attendance_growth}, the change of {@code attendance_90plus} from the prior year).
     */
    DERIVED("no students of its own: the value is computed from another metric's results of this and the "
            + "prior school year for the same entity and group (attendance_growth = this year's "
            + "attendance_90plus rate minus last year's)",
            ""),
    /**
     * The four-, five- and six-year adjusted cohorts: cohort C reported in school year C+3, C+4 or C+5,
     * without students who transferred out, emigrated or died. Columns: graduated (regular
     * diploma by the reporting year), completed (regular or alternative diploma by then).
     */
    COHORT_4YR("the four-year adjusted cohort: students of graduation cohort C (first entered grade 9 in C) "
            + "reported in school year C+3 at the cohort's school, that school's district and the state, "
            + "without those who transferred out, emigrated or died (R-13); graduated = a regular diploma "
            + "by the reporting year, completed = a regular or alternative diploma by then; groups from the "
            + "reporting year's students.csv row, else the latest earlier, else the earliest later one",
            "graduated, completed"),
    COHORT_5YR("the five-year adjusted cohort: students of graduation cohort C reported in school year C+4 "
            + "at the cohort's school, that school's district and the state, without those who transferred "
            + "out, emigrated or died (R-13); graduated = a regular diploma by the reporting year, "
            + "completed = a regular or alternative diploma by then",
            "graduated, completed"),
    COHORT_6YR("the six-year adjusted cohort: students of graduation cohort C reported in school year C+5 at "
            + "the cohort's school, that school's district and the state, without those who transferred "
            + "out, emigrated or died (R-13); graduated = a regular diploma by the reporting year, "
            + "completed = a regular or alternative diploma by then",
            "graduated, completed"),

    // ---- course marks (R-8 .. R-10)
    /**
     * Students with a grade-8 stay at the entity that is open at year end, once per
     * entity, with the course-mark record of their school year; columns as {@link #GRADE9_AT_YEAR_END}.
     */
    GRADE8_AT_YEAR_END("students with a grade-8 stay at the entity that is open at year end (empty exit_date, or "
            + "exit_code year_end or graduated; R-10, R-2), once per entity, with their course marks, "
            + "attendance and suspensions of the whole school year at any school (R-8, R-9)",
            "gpa_points, gpa_credits, df_marks, final_df_ela_math, final_marks, final_not_passed, "
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
    GRADE9_AT_YEAR_END("students with a grade-9 stay at the entity that is open at year end (empty exit_date, or "
            + "exit_code year_end or graduated; R-10, R-2), once per entity, with their course marks, "
            + "attendance and suspensions of the whole school year at any school (R-8, R-9)",
            "gpa_points, gpa_credits, df_marks, final_df_ela_math, final_marks, final_not_passed, "
            + "year_days_enrolled, year_days_present, suspended_anywhere"),
    /**
     * Distinct students with a grade 11 or 12 stay at the entity that year (any stay, open or closed),
     * in school years whose course_grades rows carry the optional {@code advanced} column (at least one
     * non-empty value; none in a year = no rows, not computable). Columns: completed_advanced (a mark
     * of that year at any school with advanced true and credits_earned > 0).
     */
    GRADE11_12_ENROLLED("distinct students with a grade 11 or 12 stay at the entity in the school year (open or "
            + "closed), in years whose course_grades rows carry the advanced column; completed_advanced = a "
            + "mark that year at any school with advanced true and credits_earned > 0",
            "completed_advanced"),

    // ---- English learners, re-enrollment, college readiness
    /**
     * students enrolled at the entity at year end who were reclassified to rfep this school
     * year (reclassified_date July 1 .. June 30) or are el with el_entry_date on or before June 30 five
     * years before the year ends. Columns: reclassified.
     */
    EL_REDESIGNATION("students enrolled at the entity at year end (R-2) who were reclassified to rfep this school "
            + "year (reclassified_date July 1 .. June 30) or are el with el_entry_date on or before June 30 "
            + "five years before the year ends (R-12)",
            "reclassified"),
    /**
     * English learners (el in the first year's students row) with an English-proficiency scale score in
     * two consecutive years, at the school that tested them in the second year (the reported year): the
     * first tested row in file order per student and year, the same test both years. Columns: test,
     * first_score, second_score, proficient_cut (first year's grade), years_left, met_target.
     */
    ELP_PROGRESS("English learners (el in the first year's students row) with an English-proficiency scale "
            + "score in two consecutive years (the first tested row per student and year, the same test "
            + "both years), at the school that tested them in the second, reported year, its district and "
            + "the state; met_target = the score grew by at least the annual target toward the proficient "
            + "cut",
            "test, first_score, second_score, proficient_cut, years_left, met_target"),
    /**
     * Reported in year Y: students enrolled at the entity at the end of Y-1 (R-2, graduates not expected
     * back) in a grade whose next grade the entity serves in Y. Columns: returned (enrolled at the entity
     * on Y's census date), returned_to_lea (at the school's district on that date; the entity itself at
     * district and state level).
     */
    REENROLLMENT("reported in year Y: students enrolled at the entity at the end of Y-1 (R-2; graduates are "
            + "not expected back) in a grade whose next grade the entity serves in Y; returned = enrolled "
            + "at the entity on the census date of Y, returned_to_lea = enrolled in the school's district "
            + "then",
            "returned, returned_to_lea"),
    /**
     * Grade-12 students (a grade-12 stay at the entity open at year end, R-2) with a tested SAT or ACT
     * row in this or an earlier school year at any school. Columns: met_benchmark.
     */
    SAT_ACT_TAKERS("grade-12 students (a grade-12 stay at the entity open at year end, R-2) with a tested SAT or "
            + "ACT row in this or an earlier school year at any school; met_benchmark = the SAT or ACT "
            + "benchmark met on one administration",
            "met_benchmark"),
    /**
     * Graduates (regular diploma by C+3) of four-year cohort C, reported in C+3 as {@code COHORT_4YR}
     * does (R-13 groups: group_year). Columns: a_g_complete, ap_exams_3plus, grade11_ela_level,
     * grade11_math_level, prepared.
     */
    COHORT_4YR_GRADUATES("graduates (regular diploma by C+3) of four-year cohort C, reported in school year C+3 at the "
            + "cohort's school, its district and the state, without those who left the cohort (R-13)",
            "a_g_complete, ap_exams_3plus, grade11_ela_level, grade11_math_level, prepared"),

    // ---- surveys, CLASS observations, AP/IB
    /**
     * Every survey item response, one row per response, at the response's school, its district and the
     * state. sel: a student's response, grade 4-12, to an SEL construct (the grade is the survey
     * row's grade_level, else that of the student's latest stay at that school that year; a response with
     * neither is not sel); climate: a response to a culture-climate construct, any respondent type and
     * grade. student_id is the respondent_id when a student respondent has a students.csv row that year (so
     * groups apply), else {@code respondent_type || ':' || respondent_id}, which matches no student (all
     * only). One population serves all the survey metrics, so the responses are read once. Columns:
     * respondent_type, grade_level, construct, item_id, response, favorable (the survey's own coding), sel,
     * climate.
     */
    SURVEY_RESPONSES("item responses (one row each, not students) at the response's school, its district and the "
            + "state (R-14); sel = a student's response in grades 4-12 to an SEL construct; climate = a response "
            + "to a culture-climate construct from any respondent; favorable = the survey's own coding; student "
            + "groups apply only to student respondents with a students.csv row that year",
            "respondent_type, grade_level, construct, item_id, response, favorable, sel, climate"),
    /**
     * Pre-K CLASS observations of the emotional_support domain at the observed school, its district and
     * the state (pooled observations), one row per observation; student_id is NULL, so no student group
     * applies (all only). Columns: classroom_id, score (1..7).
     */
    CLASS_EMOTIONAL_SUPPORT("pre-K CLASS observations (not students) of the emotional_support domain at the observed "
            + "school, its district and the state, one row per observation; all group only",
            "classroom_id, score"),
    /** As CLASS_EMOTIONAL_SUPPORT, for the classroom_organization domain. */
    CLASS_CLASSROOM_ORGANIZATION(
            "pre-K CLASS observations (not students) of the classroom_organization domain at the observed school, "
            + "its district and the state, one row per observation; all group only",
            "classroom_id, score"),
    /** As CLASS_EMOTIONAL_SUPPORT, for the instructional_support domain. */
    CLASS_INSTRUCTIONAL_SUPPORT(
            "pre-K CLASS observations (not students) of the instructional_support domain at the observed school, "
            + "its district and the state, one row per observation; all group only",
            "classroom_id, score"),
    /**
     * Distinct students with a grade 9-12 stay at the entity that year (as R-11 dropout). Columns:
     * exams = the AP and IB exams they took (participation tested, with a score) at a school of the
     * entity that year.
     */
    HIGH_SCHOOL_AP_IB("distinct students with a grade 9-12 stay at the entity in the school year (as R-11 dropout); "
            + "exams = the AP and IB exams they took (participation tested, with a score) at a school of "
            + "the entity that year",
            "exams"),
    /**
     * One row per AP or IB exam taken (participation tested, with a score) at a school of the entity
     * (the exam row's school_id) that year by a student of HIGH_SCHOOL_AP_IB there. Columns: test
     * ({@code ap} or {@code ib}), subject (exam code), grade_tested, test_date, scale_score (AP 1-5, IB 1-7).
     */
    AP_IB_EXAMS("AP and IB exams (not students), one row per exam taken (participation tested, with a score) "
            + "at a school of the entity that year by a grade 9-12 student of the entity",
            "test, subject, grade_tested, test_date, scale_score"),

    ;

    private final String rule;
    private final String columns;

    Population(String rule, String columns) {
        this.rule = rule;
        this.columns = columns;
    }

    /**
     * Who is in the population and why, in plain words with the metrics.md rules it applies: what a
     * drill-down shows beside the student rows, so that a reader can check each row against it.
     */
    public String rule() {
        return rule;
    }

    /** The column names, in the order {@link #columns()} lists them. */
    public List<String> columnNames() {
        return Arrays.stream(columns.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    /** Columns a numerator or denominator expression may name, comma separated. */
    public String columns() {
        return columns;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
