package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.framework.FrameworkReader;
import org.flashlight.core.framework.FrameworkSettings;

/**
 * Test shorthand for the golden scoring tests: framework files written as the maps a YAML reader gives
 * (flashlight-core has no YAML parser, by design: it does no I/O), school values and profiles, and lookups
 * in a {@link ScoringOutcome}.
 */
final class Fixtures {
    private Fixtures() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** A YAML mapping, keys in file order. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Reads a framework tree through {@link FrameworkReader}, failing the test with its problems if any. */
    static FrameworkSettings framework(Map<String, Object> root) {
        FrameworkReader.Result result = FrameworkReader.read("golden.yaml", root);
        if (result instanceof FrameworkReader.Invalid invalid) {
            throw new AssertionError("the test's framework is invalid: " + invalid.problems());
        }
        return ((FrameworkReader.Valid) result).settings();
    }

    /** A rate: numerator = value x students, the students being its denominator. */
    static SchoolValue rate(int year, String school, String metric, String group, String value, long students) {
        return rate(year, school, "", metric, group, value, students);
    }

    /** A rate of one framework level's students (a split school's row, STAR-1). */
    static SchoolValue rate(int year, String school, String level, String metric, String group, String value,
            long students) {
        BigDecimal v = d(value);
        BigDecimal denominator = BigDecimal.valueOf(students);
        return new SchoolValue(year, school, level, metric, group, v.multiply(denominator), denominator, students, v,
                true);
    }

    /** A median or mean with no numerator (an MGP, a scale score), over {@code students} students. */
    static SchoolValue median(int year, String school, String level, String metric, String group, String value,
            long students) {
        return new SchoolValue(year, school, level, metric, group, null, BigDecimal.valueOf(students), students,
                d(value), true);
    }

    static SchoolProfile school(int year, String id, String type, int gradeLow, int gradeHigh, boolean titleI,
            String econShare) {
        return new SchoolProfile(year, id, id, "D1", type, gradeLow, gradeHigh, titleI,
                econShare == null ? null : d(econShare));
    }

    static SchoolScore result(ScoringOutcome outcome, int year, String school, String level) {
        return outcome.schools().stream()
                .filter(s -> s.schoolYear() == year && s.schoolId().equals(school) && s.frameworkLevel().equals(level))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + school + " " + level + " " + year));
    }

    static Optional<MetricScore> metricScore(ScoringOutcome outcome, int year, String school, String level,
            String metric, String group) {
        return outcome.metricScores().stream()
                .filter(m -> m.schoolYear() == year && m.schoolId().equals(school) && m.frameworkLevel().equals(level)
                        && m.metric().equals(metric) && m.group().equals(group))
                .findFirst();
    }

    static ScoringRule rule(ScoringOutcome outcome, int year, String level, String metric, String group) {
        return outcome.rules().stream()
                .filter(r -> r.schoolYear() == year && r.frameworkLevel().equals(level) && r.metric().equals(metric)
                        && r.group().equals(group))
                .findFirst().orElseThrow(() -> new AssertionError("no rule for " + metric + " " + group + " " + level));
    }

    /** The designation ids of a school's result, in order. */
    static List<String> designations(SchoolScore score) {
        return score.designations().stream().map(Designation::id).toList();
    }

    /** Asserts two decimals are equal as numbers (0.50 = 0.5). */
    static void assertNumber(BigDecimal actual, String expected) {
        assertThat(actual).as("expected %s", expected).isNotNull();
        assertThat(actual).isEqualByComparingTo(d(expected));
    }

    /** Asserts a quotient the scorer rounds to 34 digits equals the exact rational within 1e-30. */
    static void assertClose(BigDecimal actual, BigDecimal exact) {
        assertThat(actual).as("expected %s", exact).isNotNull();
        assertThat(actual.subtract(exact).abs()).as("%s vs %s", actual, exact).isLessThan(d("1e-30"));
    }
}
