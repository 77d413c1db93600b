package org.flashlight.core.metric;

import static org.flashlight.core.metric.MetricDefinition.rate;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of shared/spec/metrics.md that the engine computes, each defined once. (The catalog
 * grows issue by issue; growth metrics plug in through the growth module.)
 */
public final class MetricCatalog {
    /** at exactly 90.0% a student is in both; compared in integers, never floating point. */
    private static final String AT_MOST_90_PERCENT = "10 * days_present <= 9 * days_enrolled";
    private static final String AT_LEAST_90_PERCENT = "10 * days_present >= 9 * days_enrolled";

    public static final List<MetricDefinition> METRICS = java.util.stream.Stream.of(List.of(
            rate("chronic_absence", "Chronic absence", Population.ATTENDANCE, AT_MOST_90_PERCENT, Direction.LOWER),
            rate("attendance_90plus", "Attending 90% or more", Population.ATTENDANCE, AT_LEAST_90_PERCENT,
                    Direction.HIGHER),
            new MetricDefinition("in_seat_attendance", "In-seat attendance", Population.ATTENDANCE, "days_present",
                    "days_enrolled", ValueKind.RATE, Direction.HIGHER),
            new MetricDefinition("prek_in_seat_attendance", "Pre-K in-seat attendance", Population.PREK_ATTENDANCE,
                    "days_present", "days_enrolled", ValueKind.RATE, Direction.HIGHER),
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
            List.of(rate("ela_proficiency_3plus", "ELA: level 3 or above (PARCC 3+)", Population.FAY_TESTED,
                    "performance_level >= 3", Direction.HIGHER).forSubject("ela")),
            courseMarkMetrics(), englishLearnerAndReadinessMetrics(), surveyClassAndAdvancedExamMetrics())
            .flatMap(List::stream).toList();

    /** Course marks (R-8 .. R-10). */
    private static List<MetricDefinition> courseMarkMetrics() {
        return List.of();
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

    /** Surveys, CLASS observations and AP/IB exams. */
    private static List<MetricDefinition> surveyClassAndAdvancedExamMetrics() {
        return List.of();
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

    private MetricCatalog() {
    }

    public static Optional<MetricDefinition> find(String id) {
        return METRICS.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
