package org.flashlight.core.metric;

import static org.flashlight.core.metric.MetricDefinition.rate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.ontrack.OnTrackCuts;
import org.flashlight.core.group.StudentGroup;

/**
 * The metrics of shared/spec/metrics.md that the engine computes, each defined once. (The catalog
 * grows issue by issue; growth metrics plug in through the growth module.)
 */
public final class MetricCatalog {
    /** The catalog under the written rules (metrics.md), {@code metrics(MeasurementSettings.DEFAULT)}. */
    public static final List<MetricDefinition> METRICS = metrics(MeasurementSettings.DEFAULT);

    /**
     * The catalog under a framework's measurement parameters: the attendance conditions follow its
     * chronic-absence threshold (the other parameters change populations, not definitions).
     */
    public static List<MetricDefinition> metrics(MeasurementSettings settings) {
        BigDecimal threshold = settings.chronicAbsenceThreshold();
        return java.util.stream.Stream.of(List.of(
            rate("chronic_absence", "Chronic absence", Population.ATTENDANCE, attendanceRate("<=", threshold),
                    Direction.LOWER),
            rate("attendance_90plus", "Attending " + threshold.movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% or more", Population.ATTENDANCE, attendanceRate(">=", threshold), Direction.HIGHER),
            new MetricDefinition("in_seat_attendance", "In-seat attendance", Population.ATTENDANCE, "days_present",
                    "days_enrolled", ValueKind.RATE, Direction.HIGHER),
            new MetricDefinition("prek_in_seat_attendance", "Pre-K in-seat attendance", Population.PREK_ATTENDANCE,
                    "days_present", "days_enrolled", ValueKind.RATE, Direction.HIGHER),
            new MetricDefinition("attendance_growth", "Change in attending 90% or more from the prior year",
                    Population.DERIVED, "attendance_90plus", "1", ValueKind.CHANGE, Direction.HIGHER),
            rate("suspension", "Suspended at least once", Population.ENROLLED, "suspended", Direction.LOWER),
            rate("swd_identification", "Students with disabilities (share)", Population.ENROLLED, "swd",
                    Direction.NONE),
            rate("dropout", "Annual dropout rate (grades 9-12)", Population.HIGH_SCHOOL_ENROLLED, "dropped_out",
                    Direction.LOWER),
            rate("grad_4yr", "Four-year graduation rate", Population.COHORT_4YR, "graduated", Direction.HIGHER),
            rate("grad_5yr", "Five-year graduation rate", Population.COHORT_5YR, "graduated", Direction.HIGHER),
            rate("grad_6yr", "Six-year graduation rate", Population.COHORT_6YR, "graduated", Direction.HIGHER),
            rate("grad_alternative", "Alternative graduation (regular or alternate diploma in six years)",
                    Population.COHORT_6YR, "completed", Direction.HIGHER)), assessment("ela"), assessment("math"), assessment("science"),
            // STAR-2: DC scores PARCC 3+ in both subjects (metrics.md names the ELA one; math is the same rule)
            List.of(rate("ela_proficiency_3plus", "ELA: level 3 or above (PARCC 3+)", Population.FAY_TESTED,
                    "performance_level >= 3", Direction.HIGHER).forSubject("ela"),
                    rate("math_proficiency_3plus", "Math: level 3 or above (PARCC 3+)", Population.FAY_TESTED,
                    "performance_level >= 3", Direction.HIGHER).forSubject("math")),
            courseMarkMetrics(), englishLearnerAndReadinessMetrics(), surveyClassAndAdvancedExamMetrics(),
            growth("ela"), growth("math"))
            .flatMap(List::stream).toList();
    }

    /**
     * days_present / days_enrolled compared with the threshold exactly, in integers, never in
     * floating point: the threshold as the fraction p / q in lowest terms gives q x present op p x enrolled
     * (0.90: {@code 10 * days_present <= 9 * days_enrolled}; 0.91: {@code 100 * days_present <= 91 *
     * days_enrolled}). At exactly the threshold a student is in both attendance metrics.
     */
    static String attendanceRate(String comparison, BigDecimal threshold) {
        BigDecimal exact = threshold.stripTrailingZeros();
        BigInteger p = exact.unscaledValue();
        BigInteger q = BigInteger.TEN.pow(Math.max(0, exact.scale()));
        p = p.multiply(BigInteger.TEN.pow(Math.max(0, -exact.scale())));
        BigInteger common = p.gcd(q);
        return q.divide(common) + " * days_present " + comparison + " " + p.divide(common) + " * days_enrolled";
    }

    /**
     * Course marks (R-8 .. R-10, docs/metrics/course-marks.md). The cuts are CORE's, defined once in
     * {@link OnTrackCuts} (the on-track rules read the same ones); every comparison stays exact (decimals
     * and integers).
     */
    private static List<MetricDefinition> courseMarkMetrics() {
        String minimumGpa = OnTrackCuts.CORE.minimumGpa().toPlainString();
        int hsReadinessAttendancePercent = OnTrackCuts.CORE.minimumAttendancePercent();
        // no credits of final letter marks = no GPA, which fails (0 >= 2.5 x 0 must not pass)
        String gpaAtLeastMinimum = "gpa_credits > 0 AND gpa_points >= " + minimumGpa + " * gpa_credits";
        String noDOrFMark = "df_marks = 0";
        // R-9 whole-year rate over all stays; 0 days enrolled is no rate and fails
        String attendsEnough = "year_days_enrolled > 0 AND 100 * year_days_present >= " + hsReadinessAttendancePercent
                + " * year_days_enrolled";
        // no final marks at all is no evidence of passing: not a success (the student stays in the denominator)
        String passedAllCourses = "final_marks > 0 AND final_not_passed = 0";
        return List.of(
                rate("hs_readiness", "High-school readiness (grade 8)", Population.GRADE8_AT_YEAR_END,
                        gpaAtLeastMinimum + " AND " + attendsEnough
                                + " AND final_df_ela_math = 0 AND NOT suspended_anywhere", Direction.HIGHER),
                rate("ninth_grade_on_track", "Ninth grade on track", Population.GRADE9_AT_YEAR_END,
                        noDOrFMark + " AND " + gpaAtLeastMinimum, Direction.HIGHER),
                rate("ninth_grade_no_df", "Ninth grade: no D or F mark", Population.GRADE9_AT_YEAR_END, noDOrFMark,
                        Direction.HIGHER),
                rate("ninth_grade_gpa_2_5", "Ninth grade: GPA 2.5 or above", Population.GRADE9_AT_YEAR_END,
                        gpaAtLeastMinimum, Direction.HIGHER),
                rate("grade9_course_success", "Ninth grade: passed all courses", Population.GRADE9_AT_YEAR_END,
                        passedAllCourses, Direction.HIGHER),
                rate("advanced_coursework", "Advanced coursework completion (grades 11-12)",
                        Population.GRADE11_12_ENROLLED, "completed_advanced", Direction.HIGHER));
    }

    /**
     * English learners, re-enrollment and college readiness; the rules and the choices left open
     * are in docs/metrics/english-learners-and-readiness.md, the parameters in {@link ReadinessSettings}.
     */
    private static List<MetricDefinition> englishLearnerAndReadinessMetrics() {
        return List.of(
                rate("el_redesignation", "English learners reclassified", Population.EL_REDESIGNATION,
                        "reclassified", Direction.HIGHER).withoutGroups("el"),
                rate("elp_progress", "English learners on track to English proficiency", Population.ELP_PROGRESS,
                        "met_target", Direction.HIGHER),
                rate("reenrollment", "Re-enrollment at the school", Population.REENROLLMENT, "returned",
                        Direction.HIGHER),
                rate("reenrollment_lea", "Re-enrollment in the LEA", Population.REENROLLMENT, "returned_to_lea",
                        Direction.HIGHER),
                rate("sat_act_college_ready", "SAT/ACT college-ready benchmark met (grade 12 takers)",
                        Population.SAT_ACT_TAKERS, "met_benchmark", Direction.HIGHER),
                rate("college_career", "Graduates prepared for college and career", Population.COHORT_4YR_GRADUATES,
                        "prepared", Direction.HIGHER));
    }

    /** Favorable responses among the survey responses that meet {@code responses}. */
    private static MetricDefinition survey(String id, String label, String responses) {
        return new MetricDefinition(id, label, Population.SURVEY_RESPONSES,
                "CASE WHEN " + responses + " AND favorable THEN 1 ELSE 0 END",
                "CASE WHEN " + responses + " THEN 1 ELSE 0 END", ValueKind.RATE, Direction.HIGHER);
    }

    /**
     * Surveys, CLASS observations and AP/IB exams (R-14; docs/metrics/surveys-class-and-exams.md). Survey
     * units are item responses (one population row each, so min n counts responses); a response is
     * favorable by the survey's own {@code favorable} flag. CLASS means count whatever the number of
     * observations. An AP exam passes at 3 or more, an IB exam at 4 or more (parameters here).
     */
    private static List<MetricDefinition> surveyClassAndAdvancedExamMetrics() {
        int apPassingScore = 3;
        int ibPassingScore = 4;
        String examPassed = "(test = 'ap' AND scale_score >= " + apPassingScore + ")"
                + " OR (test = 'ib' AND scale_score >= " + ibPassingScore + ")";
        return List.of(
                survey("sel_positive", "Social-emotional learning: favorable responses", "sel"),
                survey("climate_positive", "Culture and climate: favorable responses", "climate"),
                survey("climate_positive_student", "Culture and climate: favorable student responses",
                        "climate AND respondent_type = 'student'"),
                survey("climate_positive_staff", "Culture and climate: favorable staff responses",
                        "climate AND respondent_type = 'staff'"),
                survey("climate_positive_parent", "Culture and climate: favorable parent responses",
                        "climate AND respondent_type = 'parent'"),
                new MetricDefinition("class_emotional_support", "Pre-K CLASS: emotional support",
                        Population.CLASS_EMOTIONAL_SUPPORT, "score", "1", ValueKind.MEAN, Direction.HIGHER)
                        .withoutMinN(),
                new MetricDefinition("class_classroom_organization", "Pre-K CLASS: classroom organization",
                        Population.CLASS_CLASSROOM_ORGANIZATION, "score", "1", ValueKind.MEAN, Direction.HIGHER)
                        .withoutMinN(),
                new MetricDefinition("class_instructional_support", "Pre-K CLASS: instructional support",
                        Population.CLASS_INSTRUCTIONAL_SUPPORT, "score", "1", ValueKind.MEAN, Direction.HIGHER)
                        .withoutMinN(),
                rate("ap_ib_participation", "Grade 9-12 students taking an AP or IB exam", Population.HIGH_SCHOOL_AP_IB,
                        "exams >= 1", Direction.HIGHER),
                rate("ap_ib_performance", "AP exams scoring 3+ and IB exams scoring 4+", Population.AP_IB_EXAMS,
                        examPassed, Direction.HIGHER));
    }

    /**
     * The assessment metrics of one subject. {@code *_avg_scale_score} is the plain mean of the scale
     * scores of FAY tested students, as Massachusetts reports it: meaningful where a test uses one
     * scale in every grade (MCAS 440-560); for vertically scaled tests (SBAC) compare it within a
     * grade span, or use {@code *_dfs}, which subtracts each grade's level-3 cut (docs/metrics.md).
     */
    private static List<MetricDefinition> assessment(String subject) {
        String name = subject.equals("ela") ? "ELA" : subject.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + subject.substring(1);
        List<MetricDefinition> metrics = new java.util.ArrayList<>(List.of(
                rate(subject + "_proficiency", name + ": proficient", Population.FAY_TESTED,
                        "performance_level >= proficient_level", Direction.HIGHER).forSubject(subject),
                rate(subject + "_participation", name + ": participation", Population.EXPECTED_TO_TEST, "tested",
                        Direction.HIGHER).forSubject(subject),
                new MetricDefinition(subject + "_avg_scale_score", name + ": average scale score", Population.FAY_TESTED,
                        "scale_score", "1", ValueKind.MEAN, Direction.HIGHER, subject)));
        if (!subject.equals("science")) {
            metrics.add(new MetricDefinition(subject + "_dfs", name + ": distance from standard", Population.FAY_TESTED,
                    "scale_score - cut_3", "CASE WHEN cut_3 IS NULL THEN 0 ELSE 1 END", ValueKind.MEAN,
                    Direction.HIGHER, subject));
        }
        return List.copyOf(metrics);
    }

    /**
     * The growth metrics of one subject (growth.md, docs/metrics/growth.md): the median (R's median, exact)
     * and the mean SGP of FAY students with an SGP, the share of those with a projection whose growth,
     * sustained, reaches proficiency within 3 years or by grade 8, and the school's value-added percentile,
     * which is a school's own estimate: it has a row for the school and group {@code all} only.
     */
    private static List<MetricDefinition> growth(String subject) {
        String name = subject.equals("ela") ? "ELA" : "Math";
        String[] notAll = StudentGroup.CATALOG.stream().map(StudentGroup::id)
                .filter(id -> !id.equals(StudentGroup.ALL.id())).toArray(String[]::new);
        return List.of(
                new MetricDefinition(subject + "_mgp", name + ": median growth percentile", Population.FAY_GROWTH,
                        "sgp", "1", ValueKind.MEDIAN, Direction.HIGHER, subject),
                new MetricDefinition(subject + "_sgp_mean", name + ": mean growth percentile", Population.FAY_GROWTH,
                        "sgp", "1", ValueKind.MEAN, Direction.HIGHER, subject),
                new MetricDefinition(subject + "_growth_to_proficiency", name + ": growth on track to proficiency",
                        Population.FAY_GROWTH, "CASE WHEN growth_to_proficient THEN 1 ELSE 0 END",
                        "CASE WHEN growth_to_proficient IS NULL THEN 0 ELSE 1 END", ValueKind.RATE, Direction.HIGHER,
                        subject),
                new MetricDefinition(subject + "_growth_value_added", name + ": school value-added growth percentile",
                        Population.VALUE_ADDED_STUDENTS, "percentile", "1", ValueKind.MEDIAN, Direction.HIGHER,
                        subject).withoutGroups(notAll));
    }

    private MetricCatalog() {
    }

    public static Optional<MetricDefinition> find(String id) {
        return METRICS.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
