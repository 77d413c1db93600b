package org.flashlight.core.bundle;

import static org.flashlight.core.bundle.Column.code;
import static org.flashlight.core.bundle.Column.needed;
import static org.flashlight.core.bundle.Column.of;
import static org.flashlight.core.bundle.Column.optional;
import static org.flashlight.core.bundle.ColumnType.BOOL;
import static org.flashlight.core.bundle.ColumnType.DATE;
import static org.flashlight.core.bundle.ColumnType.GRADE;
import static org.flashlight.core.bundle.ColumnType.INT;
import static org.flashlight.core.bundle.ColumnType.MARK;
import static org.flashlight.core.bundle.ColumnType.NUMBER;
import static org.flashlight.core.bundle.ColumnType.OPEN_CODE;
import static org.flashlight.core.bundle.ColumnType.STRING;

import java.util.List;
import java.util.Optional;

/**
 * The input data contract (shared/spec/input-data.md) as data: every file, column, type, code list,
 * key and cross-file reference. Ingest, the generator and the database schema all read it from here,
 * so a change to the contract is made once.
 *
 * <p>Tables are listed in load order: a table comes after the tables its references point at, and
 * {@code tests} comes first because assessment scores are checked against the test definitions.
 */
public final class BundleContract {
    /** Version of the contract this build reads and writes; recorded in every manifest. */
    public static final String VERSION = "1.0";

    public static final Table TESTS = new Table("tests", false, List.of(
            needed("test", OPEN_CODE), needed("subject", OPEN_CODE), needed("grade", GRADE),
            needed("min_scale_score", NUMBER), needed("max_scale_score", NUMBER),
            of("levels", INT), of("proficient_level", INT),
            of("cut_2", NUMBER), of("cut_3", NUMBER), of("cut_4", NUMBER), of("cut_5", NUMBER)),
            List.of("test", "subject", "grade"), List.of());

    public static final Table SCHOOLS = new Table("schools", true, List.of(
            needed("school_year", INT), needed("school_id", STRING), needed("school_name", STRING),
            needed("district_id", STRING), of("district_name", STRING),
            needed("grade_low", GRADE), needed("grade_high", GRADE),
            code("school_type", true, "elementary", "middle", "high", "k8", "k12", "alternative"),
            needed("title_i", BOOL), needed("charter", BOOL), needed("cep", BOOL)),
            List.of("school_year", "school_id"), List.of());

    public static final Table STUDENTS = new Table("students", true, List.of(
            needed("school_year", INT), needed("student_id", STRING), of("birth_date", DATE),
            code("sex", false, "f", "m", "x"),
            code("race_ethnicity", false, "hispanic", "american_indian", "asian", "black", "pacific_islander",
                    "white", "two_or_more"),
            code("el_status", false, "eo", "ifep", "el", "rfep", "tbd"),
            of("el_entry_date", DATE), of("reclassified_date", DATE),
            of("swd", BOOL), of("frl", BOOL), of("direct_certified", BOOL), of("tanf", BOOL), of("snap", BOOL),
            of("foster_care", BOOL), of("homeless", BOOL), of("migrant", BOOL)),
            List.of("school_year", "student_id"), List.of());

    public static final Table ENROLLMENTS = new Table("enrollments", true, List.of(
            needed("school_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            needed("grade_level", GRADE), needed("entry_date", DATE), of("exit_date", DATE),
            code("exit_code", false, "transfer_in_state", "transfer_out_of_state", "dropout", "graduated",
                    "completed_other", "deceased", "year_end"),
            needed("days_enrolled", INT), needed("days_present", INT)),
            List.of("school_year", "student_id", "school_id", "entry_date"),
            List.of(Reference.to("students", "school_year", "student_id"),
                    Reference.to("schools", "school_year", "school_id")));

    public static final Table ASSESSMENTS = new Table("assessments", true, List.of(
            needed("school_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            needed("test", OPEN_CODE), needed("subject", OPEN_CODE), needed("grade_tested", GRADE),
            needed("test_date", DATE), of("scale_score", NUMBER), of("performance_level", INT),
            code("participation", true, "tested", "absent", "refused", "medical", "not_tested_other"),
            of("alternate", BOOL)),
            List.of("school_year", "student_id", "test", "subject", "test_date"),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table DISCIPLINE = new Table("discipline", true, List.of(
            needed("school_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            needed("incident_date", DATE),
            code("action", true, "suspension_in_school", "suspension_out_of_school", "expulsion", "other"),
            of("days", NUMBER)),
            List.of(),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table COURSE_GRADES = new Table("course_grades", true, List.of(
            needed("school_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            code("term", true, "q1", "q2", "q3", "q4", "s1", "s2", "t1", "t2", "t3", "final"),
            needed("course_id", STRING), of("course_name", STRING),
            code("subject_area", false, "ela", "math", "science", "social_studies", "world_language", "arts", "pe",
                    "cte", "other"),
            needed("mark", MARK), of("grade_points", NUMBER),
            of("credits_attempted", NUMBER), of("credits_earned", NUMBER),
            optional("a_g_approved", BOOL), optional("advanced", BOOL)),
            List.of("school_year", "student_id", "school_id", "course_id", "term"),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table GRADUATION_COHORTS = new Table("graduation_cohorts", true, List.of(
            needed("cohort_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            code("outcome", true, "graduated", "graduated_alternative", "dropout", "still_enrolled", "transferred_out",
                    "emigrated", "deceased", "ged"),
            needed("outcome_year", INT)),
            List.of("student_id"), List.of());

    public static final Table ATTENDANCE_MONTHLY = new Table("attendance_monthly", false, List.of(
            needed("school_year", INT), needed("student_id", STRING), needed("school_id", STRING),
            needed("month", INT), needed("days_enrolled", INT), needed("days_present", INT)),
            List.of("school_year", "student_id", "school_id", "month"),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table SURVEYS = new Table("surveys", false, List.of(
            needed("school_year", INT), needed("school_id", STRING), needed("respondent_id", STRING),
            code("respondent_type", true, "student", "staff", "parent"), of("grade_level", GRADE),
            code("construct", true, "growth_mindset", "self_efficacy", "self_management", "social_awareness",
                    "support_for_learning", "rules_and_fairness", "safety", "belonging"),
            needed("item_id", STRING), needed("response", INT), needed("favorable", BOOL)),
            List.of("school_year", "school_id", "respondent_id", "construct", "item_id"),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table CLASS_OBSERVATIONS = new Table("class_observations", false, List.of(
            needed("school_year", INT), needed("school_id", STRING), needed("classroom_id", STRING),
            code("domain", true, "emotional_support", "classroom_organization", "instructional_support"),
            needed("score", NUMBER)),
            List.of(),
            List.of(Reference.to("schools", "school_year", "school_id")));

    public static final Table POSTSECONDARY = new Table("postsecondary", false, List.of(
            needed("student_id", STRING), needed("hs_exit_year", INT),
            code("enrolled_fall", true, "none", "two_year", "four_year"),
            of("persisted_second_year", BOOL), of("a_g_complete", BOOL)),
            List.of("student_id"), List.of());

    /** Every table, in load order. */
    public static final List<Table> TABLES = List.of(TESTS, SCHOOLS, STUDENTS, ENROLLMENTS, ASSESSMENTS, DISCIPLINE,
            COURSE_GRADES, GRADUATION_COHORTS, ATTENDANCE_MONTHLY, SURVEYS, CLASS_OBSERVATIONS, POSTSECONDARY);

    private BundleContract() {
    }

    public static Optional<Table> table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
