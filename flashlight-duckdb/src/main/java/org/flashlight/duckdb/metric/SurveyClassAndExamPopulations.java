package org.flashlight.duckdb.metric;

import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.metric.MetricDefinition;

/**
 * The SQL of the survey, CLASS and AP/IB populations (metrics.md R-14, docs/metrics/surveys-class-and-exams.md).
 * Survey responses, CLASS observations and AP/IB exams are attributed to the school of their own row and
 * pooled for its district and the state through {@code entity_map}. Their units are responses,
 * observations and exams, so several rows may share a student_id; rows that must join no student group
 * get a student_id that matches no student (responses of staff, parents and unknown students) or NULL
 * (observations, which concern no student).
 */
final class SurveyClassAndExamPopulations {
    /** the SEL constructs and the grades whose student responses count in sel_positive. */
    static final List<String> SEL_CONSTRUCTS = List.of("growth_mindset", "self_efficacy", "self_management",
            "social_awareness");
    static final int SEL_LOWEST_GRADE = 4;
    static final int SEL_HIGHEST_GRADE = 12;
    /** The culture-climate constructs (climate_positive and its per-respondent-type metrics). */
    static final List<String> CLIMATE_CONSTRUCTS = List.of("support_for_learning", "rules_and_fairness", "safety",
            "belonging");
    /** The high-school grades of ap_ib_participation's students (as R-11 dropout). */
    static final int HIGH_SCHOOL_LOWEST_GRADE = 9;
    static final int HIGH_SCHOOL_HIGHEST_GRADE = 12;
    /** The assessments.csv test codes of AP and IB exams. */
    static final List<String> AP_IB_TESTS = List.of("ap", "ib");

    private SurveyClassAndExamPopulations() {
    }

    static String sql(MetricDefinition metric) {
        return switch (metric.population()) {
            case SURVEY_RESPONSES -> responses();
            case CLASS_EMOTIONAL_SUPPORT -> classObservations("emotional_support");
            case CLASS_CLASSROOM_ORGANIZATION -> classObservations("classroom_organization");
            case CLASS_INSTRUCTIONAL_SUPPORT -> classObservations("instructional_support");
            case HIGH_SCHOOL_AP_IB -> highSchoolApIb();
            case AP_IB_EXAMS -> apIbExams();
            default -> throw new IllegalArgumentException("not a survey, CLASS or AP/IB population: "
                    + metric.population());
        };
    }

    /**
     * One row per survey item response at its school, district and state. A student respondent's grade is
     * the row's grade_level, else that of their latest stay (by entry_date) at the survey's school that
     * year. student_id is the respondent_id only for a student respondent with a students.csv row that
     * year (R-14: only those join student groups); everyone else gets {@code respondent_type:respondent_id},
     * which is no student's id in practice (documented), so they count in {@code all} only. A split
     * school's part holds the responses of its grades: responses without a grade (staff, parents, a student
     * with no grade on the row nor a stay at the school) count for the whole school only.
     */
    private static String responses() {
        return """
                WITH stay_grades AS (
                    SELECT school_year, school_id, student_id, arg_max(grade_level, entry_date) AS grade_level
                    FROM enrollments GROUP BY school_year, school_id, student_id),
                responses AS (
                    SELECT s.school_year, s.school_id, s.respondent_type, s.construct, s.item_id, s.response,
                           s.favorable,
                           coalesce(s.grade_level, CASE WHEN s.respondent_type = 'student' THEN g.grade_level END)
                               AS grade_level,
                           CASE WHEN s.respondent_type = 'student' AND st.student_id IS NOT NULL THEN s.respondent_id
                                ELSE s.respondent_type || ':' || s.respondent_id END AS student_id
                    FROM surveys s
                    -- plain equi-joins (the respondent type is tested above): a constant condition on the
                    -- left side of a LEFT JOIN makes DuckDB fall back to a nested-loop join
                    LEFT JOIN students st ON st.school_year = s.school_year AND st.student_id = s.respondent_id
                    LEFT JOIN stay_grades g ON g.school_year = s.school_year AND g.school_id = s.school_id
                         AND g.student_id = s.respondent_id)
                SELECT r.school_year, m.level, m.entity_id, r.student_id, r.respondent_type, r.grade_level,
                       r.construct, r.item_id, r.response, r.favorable,
                       coalesce(r.respondent_type = 'student' AND r.construct IN (%1$s)
                                AND r.grade_level BETWEEN %2$d AND %3$d, false) AS sel,
                       r.construct IN (%4$s) AS climate
                FROM responses r
                JOIN entity_map m ON m.school_year = r.school_year AND m.school_id = r.school_id AND %5$s
                WHERE r.construct IN (%1$s) OR r.construct IN (%4$s)""".formatted(list(SEL_CONSTRUCTS), SEL_LOWEST_GRADE,
                SEL_HIGHEST_GRADE, list(CLIMATE_CONSTRUCTS), FrameworkLevelParts.inGrades("m", "r.grade_level"));
    }

    /**
     * One row per observation of the domain; NULL student_id joins no student group (all only). The
     * observations are of pre-K classrooms (input-data.md), so a split school's part holds them when its
     * grades hold PK.
     */
    private static String classObservations(String domain) {
        return """
                SELECT o.school_year, m.level, m.entity_id, CAST(NULL AS VARCHAR) AS student_id, o.classroom_id,
                       o.score
                FROM class_observations o
                JOIN entity_map m ON m.school_year = o.school_year AND m.school_id = o.school_id AND %s
                WHERE o.domain = '%s'""".formatted(FrameworkLevelParts.inGrades("m", Integer.toString(Grades.PK)),
                domain);
    }

    /**
     * AP/IB exams taken (participation tested, with a score) at a school of an entity, and the students with
     * a grade 9-12 stay at an entity; an exam belongs to the entities of its own row's school_id, and to a
     * split school's part where its student has a grade 9-12 stay in the part's grades.
     */
    private static String examsAndHighSchool() {
        return """
                WITH exams AS (
                    SELECT a.school_year, m.level, m.entity_id, a.student_id, a.test, a.subject, a.grade_tested,
                           a.test_date, a.scale_score
                    FROM assessments a
                    JOIN entity_map m ON m.school_year = a.school_year AND m.school_id = a.school_id
                    WHERE a.test IN (%s) AND a.participation = 'tested' AND a.scale_score IS NOT NULL),
                high_school AS (
                    SELECT DISTINCT school_year, level, entity_id, student_id FROM entity_stays
                    WHERE grade_level BETWEEN %d AND %d)
                """.formatted(list(AP_IB_TESTS), HIGH_SCHOOL_LOWEST_GRADE, HIGH_SCHOOL_HIGHEST_GRADE);
    }

    /**
     * A school year without any AP or IB row in the bundle has no result: the exams were not supplied,
     * which is not the same as nobody taking one (input-data.md: not computable, not zero).
     */
    private static String highSchoolApIb() {
        return examsAndHighSchool() + """
                SELECT h.school_year, h.level, h.entity_id, h.student_id, count(x.student_id) AS exams
                FROM high_school h
                LEFT JOIN exams x ON x.school_year = h.school_year AND x.level = h.level
                     AND x.entity_id = h.entity_id AND x.student_id = h.student_id
                WHERE h.school_year IN (SELECT school_year FROM assessments WHERE test IN (%s))
                GROUP BY h.school_year, h.level, h.entity_id, h.student_id""".formatted(list(AP_IB_TESTS));
    }

    private static String apIbExams() {
        return examsAndHighSchool() + """
                SELECT x.school_year, x.level, x.entity_id, x.student_id, x.test, x.subject, x.grade_tested,
                       x.test_date, x.scale_score
                FROM exams x
                WHERE EXISTS (SELECT 1 FROM high_school h WHERE h.school_year = x.school_year AND h.level = x.level
                              AND h.entity_id = x.entity_id AND h.student_id = x.student_id)""";
    }

    private static String list(List<String> codes) {
        return codes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
    }
}
