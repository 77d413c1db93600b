package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.ReadinessSettings;

/**
 * The {@code measurement:} section of a framework file: each key overrides one parameter of
 * {@link MeasurementSettings#DEFAULT}; a key not written keeps the written rule.
 */
final class MeasurementReader {
    static final Set<String> KEYS = Set.of("attendance_min_days", "census_date", "tested_grades",
            "accountability_tests", "chronic_absence_threshold", "years_to_english_proficiency",
            "english_proficiency_tests", "sat_erw_benchmark", "sat_math_benchmark", "act_composite_benchmark",
            "prepared_by_ag_completion", "prepared_by_ap_exams", "prepared_by_grade11_tests", "grade11_tests");

    private static final String PATH = "measurement";

    private MeasurementReader() {
    }

    /** The settings the section describes; where a value has a problem, it is recorded and the default kept. */
    static MeasurementSettings read(Object section, FileProblems problems) {
        MeasurementSettings defaults = MeasurementSettings.DEFAULT;
        if (section == null) {
            return defaults;
        }
        if (!(section instanceof Map<?, ?> values)) {
            problems.add(PATH, "expected a mapping of parameters, e.g. {chronic_absence_threshold: 0.91}");
            return defaults;
        }
        problems.unknownKeys(values, PATH + ".", KEYS);
        AssessmentSettings assessment = assessment(values, defaults.assessment(), problems);
        ReadinessSettings readiness = readiness(values, defaults.readiness(), problems);
        int minDays = values.containsKey("attendance_min_days")
                ? problems.integer(values.get("attendance_min_days"), path("attendance_min_days"), 1, 366,
                        "a whole number of days from 1 to 366").orElse(defaults.attendanceMinDays())
                : defaults.attendanceMinDays();
        BigDecimal threshold = defaults.chronicAbsenceThreshold();
        if (values.containsKey("chronic_absence_threshold")) {
            String where = path("chronic_absence_threshold");
            String what = "a proportion between 0 and 1, e.g. 0.90 for 90%";
            BigDecimal written = problems.decimal(values.get("chronic_absence_threshold"), where, what).orElse(null);
            if (written != null && (written.signum() <= 0 || written.compareTo(BigDecimal.ONE) >= 0)) {
                problems.add(where, "expected " + what + ", found '" + written.toPlainString() + "'");
            } else if (written != null) {
                threshold = written;
            }
        }
        return new MeasurementSettings(assessment, readiness, minDays, threshold);
    }

    private static AssessmentSettings assessment(Map<?, ?> values, AssessmentSettings defaults, FileProblems problems) {
        List<String> tests = values.containsKey("accountability_tests")
                ? problems.codes(values.get("accountability_tests"), path("accountability_tests"), "test codes")
                        .orElse(defaults.tests())
                : defaults.tests();
        List<Integer> grades = values.containsKey("tested_grades")
                ? grades(values.get("tested_grades"), problems, defaults.testedGrades())
                : defaults.testedGrades();
        MonthDay census = defaults.censusDate();
        if (values.containsKey("census_date")) {
            census = censusDate(values.get("census_date"), problems, census);
        }
        return new AssessmentSettings(tests, grades, census);
    }

    private static List<Integer> grades(Object value, FileProblems problems, List<Integer> defaults) {
        String where = path("tested_grades");
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            problems.add(where, "expected a list of one or more grades, e.g. [3, 4, 5, 6, 7, 8, 11]");
            return defaults;
        }
        List<Integer> grades = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            OptionalInt grade = Grades.parse(String.valueOf(list.get(i)));
            if (grade.isEmpty()) {
                problems.add(where + "[" + i + "]", "'" + list.get(i) + "' is not a grade (PK, KG, 1 .. 12)");
                valid = false;
            } else if (!grades.contains(grade.getAsInt())) {
                grades.add(grade.getAsInt());
            }
        }
        return valid ? grades : defaults;
    }

    private static MonthDay censusDate(Object value, FileProblems problems, MonthDay fallback) {
        String written = String.valueOf(value);
        if (written.matches("\\d\\d-\\d\\d")) {
            try {
                return MonthDay.of(Integer.parseInt(written.substring(0, 2)), Integer.parseInt(written.substring(3)));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        problems.add(path("census_date"), "expected a month and day as \"MM-DD\", e.g. \"10-01\" for October 1, found '"
                + written + "'");
        return fallback;
    }

    private static ReadinessSettings readiness(Map<?, ?> values, ReadinessSettings defaults, FileProblems problems) {
        int years = values.containsKey("years_to_english_proficiency")
                ? problems.integer(values.get("years_to_english_proficiency"), path("years_to_english_proficiency"), 1,
                        12, "a whole number of years from 1 to 12").orElse(defaults.yearsToEnglishProficiency())
                : defaults.yearsToEnglishProficiency();
        List<String> elpTests = values.containsKey("english_proficiency_tests")
                ? problems.codes(values.get("english_proficiency_tests"), path("english_proficiency_tests"),
                        "test codes").orElse(defaults.englishProficiencyTests())
                : defaults.englishProficiencyTests();
        BigDecimal erw = score(values, "sat_erw_benchmark", 200, 800, defaults.satErwBenchmark(), problems);
        BigDecimal math = score(values, "sat_math_benchmark", 200, 800, defaults.satMathBenchmark(), problems);
        BigDecimal act = score(values, "act_composite_benchmark", 1, 36, defaults.actCompositeBenchmark(), problems);
        boolean agCompletion = flag(values, "prepared_by_ag_completion", defaults.preparedByAgCompletion(), problems);
        boolean apExams = flag(values, "prepared_by_ap_exams", defaults.preparedByApExams(), problems);
        boolean grade11 = flag(values, "prepared_by_grade11_tests", defaults.preparedByGrade11Tests(), problems);
        if (!agCompletion && !apExams && !grade11) {
            problems.add(PATH, "prepared_by_ag_completion, prepared_by_ap_exams and prepared_by_grade11_tests are all "
                    + "false: college_career needs at least one measure");
            agCompletion = defaults.preparedByAgCompletion();
            apExams = defaults.preparedByApExams();
            grade11 = defaults.preparedByGrade11Tests();
        }
        List<String> grade11Tests = values.containsKey("grade11_tests")
                ? problems.codes(values.get("grade11_tests"), path("grade11_tests"), "test codes")
                        .orElse(defaults.grade11Tests())
                : defaults.grade11Tests();
        return new ReadinessSettings(years, elpTests, erw, math, act, agCompletion, apExams, grade11, grade11Tests);
    }

    /** A benchmark on a test's scale, from {@code min} to {@code max} inclusive. */
    private static BigDecimal score(Map<?, ?> values, String key, int min, int max, BigDecimal fallback,
            FileProblems problems) {
        if (!values.containsKey(key)) {
            return fallback;
        }
        String what = "a score from " + min + " to " + max;
        BigDecimal written = problems.decimal(values.get(key), path(key), what).orElse(null);
        if (written == null) {
            return fallback;
        }
        if (written.compareTo(BigDecimal.valueOf(min)) < 0 || written.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(path(key), "expected " + what + ", found '" + written.toPlainString() + "'");
            return fallback;
        }
        return written;
    }

    private static boolean flag(Map<?, ?> values, String key, boolean fallback, FileProblems problems) {
        return values.containsKey(key) ? problems.bool(values.get(key), path(key)).orElse(fallback) : fallback;
    }

    private static String path(String key) {
        return PATH + "." + key;
    }
}
