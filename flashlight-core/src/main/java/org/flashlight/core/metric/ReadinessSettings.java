package org.flashlight.core.metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of the English-learner and college-readiness metrics (metrics.md {@code elp_progress},
 * {@code sat_act_college_ready}, {@code college_career}; docs/metrics/english-learners-and-readiness.md).
 * {@link #DEFAULT} is the written rule; a state whose rule differs changes a value here, not the SQL.
 *
 * @param yearsToEnglishProficiency  years an English learner has to reach the proficient cut ({@code elp_progress}, 5)
 * @param englishProficiencyTests    the English-proficiency tests {@code elp_progress} reads (access, elpac)
 * @param satErwBenchmark            SAT Evidence-Based Reading and Writing benchmark (480)
 * @param satMathBenchmark           SAT math benchmark (530), met on the same test date as ERW
 * @param actCompositeBenchmark      ACT composite benchmark (21)
 * @param preparedByAgCompletion     {@code college_career}: postsecondary {@code a_g_complete} counts
 * @param preparedByApExams          {@code college_career}: two or more AP exams scored 3 or more count
 * @param preparedByGrade11Tests     {@code college_career}: grade-11 ELA and math level 3+ with one of them 4 counts
 * @param grade11Tests               the tests whose grade-11 levels {@code college_career} reads (sbac)
 */
public record ReadinessSettings(int yearsToEnglishProficiency, List<String> englishProficiencyTests,
        BigDecimal satErwBenchmark, BigDecimal satMathBenchmark, BigDecimal actCompositeBenchmark,
        boolean preparedByAgCompletion, boolean preparedByApExams, boolean preparedByGrade11Tests,
        List<String> grade11Tests) {

    public static final ReadinessSettings DEFAULT = new ReadinessSettings(5, List.of("access", "elpac"),
            new BigDecimal("480"), new BigDecimal("530"), new BigDecimal("21"), true, true, true, List.of("sbac"));

    public ReadinessSettings {
        if (yearsToEnglishProficiency < 1) {
            throw new IllegalArgumentException("yearsToEnglishProficiency must be at least 1");
        }
        englishProficiencyTests = List.copyOf(englishProficiencyTests);
        Objects.requireNonNull(satErwBenchmark, "satErwBenchmark is null");
        Objects.requireNonNull(satMathBenchmark, "satMathBenchmark is null");
        Objects.requireNonNull(actCompositeBenchmark, "actCompositeBenchmark is null");
        grade11Tests = List.copyOf(grade11Tests);
        if (!preparedByAgCompletion && !preparedByApExams && !preparedByGrade11Tests) {
            throw new IllegalArgumentException("college_career needs at least one measure");
        }
    }

    public ReadinessSettings withActCompositeBenchmark(BigDecimal benchmark) {
        return new ReadinessSettings(yearsToEnglishProficiency, englishProficiencyTests, satErwBenchmark,
                satMathBenchmark, benchmark, preparedByAgCompletion, preparedByApExams, preparedByGrade11Tests,
                grade11Tests);
    }

    /** The {@code college_career} measures switched on or off. */
    public ReadinessSettings withPreparedMeasures(boolean agCompletion, boolean apExams, boolean grade11) {
        return new ReadinessSettings(yearsToEnglishProficiency, englishProficiencyTests, satErwBenchmark,
                satMathBenchmark, actCompositeBenchmark, agCompletion, apExams, grade11, grade11Tests);
    }
}
