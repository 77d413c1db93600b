package org.flashlight.core.metric;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * The framework's assessment parameters (metrics.md ): which tests count for
 * accountability, in which grades, and the census date that starts the full academic year.
 *
 * @param tests        accountability test codes (default sbac, parcc, mcas, msaa, caa)
 * @param testedGrades tested grades (default 3-8 and 11; Massachusetts 3-8 and 10)
 * @param censusDate   month and day in the fall of the school year (default October 1)
 */
public record AssessmentSettings(List<String> tests, List<Integer> testedGrades, MonthDay censusDate) {
    public static final AssessmentSettings DEFAULT = new AssessmentSettings(
            List.of("sbac", "parcc", "mcas", "msaa", "caa"), List.of(3, 4, 5, 6, 7, 8, 11), MonthDay.of(10, 1));

    public AssessmentSettings {
        tests = List.copyOf(tests);
        testedGrades = List.copyOf(testedGrades);
        Objects.requireNonNull(censusDate, "censusDate is null");
    }

    public AssessmentSettings withTests(List<String> newTests) {
        return new AssessmentSettings(newTests, testedGrades, censusDate);
    }

    public AssessmentSettings withTestedGrades(List<Integer> grades) {
        return new AssessmentSettings(tests, grades, censusDate);
    }
}
