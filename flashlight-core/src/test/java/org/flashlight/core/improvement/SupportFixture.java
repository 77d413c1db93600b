package org.flashlight.core.improvement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.MetricScore;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolScore;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.framework.DesignationRule;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.framework.Indicator;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MeasurementSettings;

/** Small hand-made frameworks, values and outcomes for the support tests. */
final class SupportFixture {
    static final int YEAR = 2019;

    final List<SchoolValue> values = new ArrayList<>();
    final List<SchoolProfile> schools = new ArrayList<>();
    final List<SchoolScore> scores = new ArrayList<>();
    final List<MetricScore> metricScores = new ArrayList<>();
    final List<DistrictValue> districtValues = new ArrayList<>();

    static FrameworkSettings framework(ScoringSystem system, List<String> levels, List<Indicator> indicators,
            List<DesignationRule> rules) {
        List<FrameworkLevel> frameworkLevels = levels.stream()
                .map(id -> new FrameworkLevel(id, null, null, List.of(), null, List.of())).toList();
        return new FrameworkSettings("test", "Test", "1", 20, 10, "frl_or_direct_cert", MeasurementSettings.DEFAULT,
                List.of(), new ScoringSettings(system, frameworkLevels, false, List.of(), 0, ScoringSettings.ALL_ONLY,
                        List.of(), indicators, null, true, rules, null));
    }

    static DesignationRule rule(String designation, String rule) {
        return new DesignationRule(designation, rule, new BigDecimal("0.05"), "score", "all", List.of(), null, "",
                List.of(), "", false);
    }

    /** A school with {@code enrolled} students of whom {@code el} are EL and {@code swd} SWD, all white. */
    SupportFixture school(String id, String econShare, int enrolled, int el, int swd) {
        schools.add(new SchoolProfile(YEAR, id, id, "d1", "elementary", 0, 5, true, new BigDecimal(econShare)));
        enrollment(id, "all", enrolled, swd);
        enrollment(id, "el", el, 0);
        enrollment(id, "swd", swd, swd);
        enrollment(id, "white", enrolled, swd);
        return this;
    }

    private void enrollment(String id, String group, int denominator, int numerator) {
        if (denominator > 0) {
            values.add(value(YEAR, id, SupportProfiles.ENROLLMENT_METRIC, group, numerator + "/" + denominator,
                    denominator));
        }
    }

    /** A school value; {@code value} is "n/d" for a rate or a decimal. */
    static SchoolValue value(int year, String school, String metric, String group, String value, long students) {
        if (value.contains("/")) {
            String[] parts = value.split("/");
            BigDecimal n = new BigDecimal(parts[0]);
            BigDecimal d = new BigDecimal(parts[1]);
            return new SchoolValue(year, school, "", metric, group, n, d, students,
                    n.divide(d, java.math.MathContext.DECIMAL64), true);
        }
        return new SchoolValue(year, school, "", metric, group, null, null, students, new BigDecimal(value), true);
    }

    SupportFixture scored(String id, String level, String score, Map<String, BigDecimal> groups,
            Designation... designations) {
        scores.add(new SchoolScore(YEAR, id, level, new BigDecimal(score), "", groups, List.of(designations)));
        return this;
    }

    SupportFixture level(String id, String level, String metric, String group, int metricLevel) {
        metricScores.add(new MetricScore(YEAR, id, level, metric, group, null, metricLevel));
        return this;
    }

    ImprovementInputs inputs(FrameworkSettings framework, Map<String, Direction> directions) {
        ScoringOutcome outcome = new ScoringOutcome(List.of(), metricScores, scores, List.of(), Map.of());
        return new ImprovementInputs(framework, outcome, values, schools, districtValues, directions);
    }

    static Designation designation(String id) {
        return new Designation(id, id + " because of a test");
    }
}
