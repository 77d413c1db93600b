package org.flashlight.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ReadinessSettings;
import org.flashlight.core.metric.ValueKind;
import org.junit.jupiter.api.Test;

/**
 * Reading a framework file (FW-1, FW-2): the values of {@code measurement:} and {@code metrics:} as
 * the engine will use them, and one exact message per problem, naming the file and the path inside it.
 * The trees are what the CLI's YAML reader gives: maps, lists, strings, integers and decimals.
 */
class TestFrameworkReader {
    private static final String FILE = "mine.yaml";

    /** A YAML mapping, keys in order; values may be null (a key written without a value). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> framework(Object... extraKeysAndValues) {
        Map<String, Object> root = map("id", "mine", "min_n", 20);
        root.putAll(map(extraKeysAndValues));
        return root;
    }

    private static Map<String, Object> chronicAbsence91() {
        return map("id", "chronic_absence_91", "label", "Chronic absence (91%)", "population", "attendance",
                "numerator", "100 * days_present <= 91 * days_enrolled", "direction", "lower");
    }

    private static FrameworkSettings valid(Map<String, Object> root) {
        FrameworkReader.Result result = FrameworkReader.read(FILE, root);
        assertThat(result).isInstanceOf(FrameworkReader.Valid.class);
        return ((FrameworkReader.Valid) result).settings();
    }

    private static List<String> problems(Map<String, Object> root) {
        FrameworkReader.Result result = FrameworkReader.read(FILE, root);
        assertThat(result).isInstanceOf(FrameworkReader.Invalid.class);
        return ((FrameworkReader.Invalid) result).problems();
    }

    private static List<String> metricProblems(Map<String, Object> metric) {
        return problems(framework("metrics", List.of(metric)));
    }

    private static Map<String, Object> with(Map<String, Object> metric, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(metric);
        copy.putAll(map(keysAndValues));
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> metric, String key) {
        Map<String, Object> copy = new LinkedHashMap<>(metric);
        copy.remove(key);
        return copy;
    }

    // ---- values

    @Test
    void aFileWithoutMeasurementOrMetricsComputesTheCatalogUnderTheWrittenRules() {
        FrameworkSettings settings = valid(framework());

        assertThat(settings.measurement()).isEqualTo(MeasurementSettings.DEFAULT);
        assertThat(settings.metrics()).isEmpty();
        assertThat(settings.metricsToCompute()).isEqualTo(MetricCatalog.METRICS);
    }

    @Test
    void measurementParametersReplaceTheirDefaultsOnly() {
        FrameworkSettings settings = valid(framework("measurement", map(
                "attendance_min_days", 20,
                "census_date", "09-15",
                "tested_grades", List.of(3, 4, 5, 6, 7, 8, 10),
                "accountability_tests", List.of("mcas", "msaa"),
                "chronic_absence_threshold", new BigDecimal("0.91"),
                "act_composite_benchmark", 22,
                "sat_math_benchmark", new BigDecimal("530.5"),
                "prepared_by_ap_exams", false,
                "english_proficiency_tests", List.of("access"))));

        MeasurementSettings m = settings.measurement();
        assertThat(m.attendanceMinDays()).isEqualTo(20);
        assertThat(m.assessment().censusDate()).isEqualTo(MonthDay.of(9, 15));
        assertThat(m.assessment().testedGrades()).containsExactly(3, 4, 5, 6, 7, 8, 10);
        assertThat(m.assessment().tests()).containsExactly("mcas", "msaa");
        assertThat(m.chronicAbsenceThreshold()).isEqualByComparingTo("0.91");
        ReadinessSettings r = m.readiness();
        assertThat(r.actCompositeBenchmark()).isEqualByComparingTo("22");
        assertThat(r.satMathBenchmark()).isEqualByComparingTo("530.5");
        assertThat(r.preparedByApExams()).isFalse();
        assertThat(r.englishProficiencyTests()).containsExactly("access");
        // not written: the written rule
        assertThat(r.satErwBenchmark()).isEqualByComparingTo("480");
        assertThat(r.yearsToEnglishProficiency()).isEqualTo(5);
        assertThat(r.preparedByAgCompletion()).isTrue();
    }

    @Test
    void theThresholdChangesTheCatalogsAttendanceConditions() {
        FrameworkSettings settings = valid(framework("measurement",
                map("chronic_absence_threshold", new BigDecimal("0.91"))));

        MetricDefinition chronic = byId(settings.metricsToCompute(), "chronic_absence");
        assertThat(chronic.numerator()).isEqualTo("CASE WHEN 100 * days_present <= 91 * days_enrolled THEN 1 ELSE 0 END");
        assertThat(byId(settings.metricsToCompute(), "attendance_90plus").numerator())
                .isEqualTo("CASE WHEN 100 * days_present >= 91 * days_enrolled THEN 1 ELSE 0 END");
    }

    @Test
    void aNewRateMetricCountsTheStudentsWhoseConditionHoldsAndComesAfterTheCatalog() {
        FrameworkSettings settings = valid(framework("metrics", List.of(chronicAbsence91())));

        MetricDefinition metric = settings.metrics().get(0);
        assertThat(metric).isEqualTo(new MetricDefinition("chronic_absence_91", "Chronic absence (91%)",
                Population.ATTENDANCE, "CASE WHEN 100 * days_present <= 91 * days_enrolled THEN 1 ELSE 0 END", "1",
                ValueKind.RATE, Direction.LOWER));
        List<MetricDefinition> computed = settings.metricsToCompute();
        assertThat(computed).hasSize(MetricCatalog.METRICS.size() + 1);
        assertThat(computed.subList(0, MetricCatalog.METRICS.size())).isEqualTo(MetricCatalog.METRICS);
        assertThat(computed.get(computed.size() - 1)).isEqualTo(metric);
    }

    @Test
    void aMeanOrARateWithADenominatorKeepsItsNumeratorAsWritten() {
        FrameworkSettings settings = valid(framework("metrics", List.of(
                map("id", "days_absent_mean", "population", "attendance", "kind", "mean",
                        "numerator", "days_enrolled - days_present", "direction", "lower"),
                map("id", "absence_rate", "population", "attendance", "numerator", "days_enrolled - days_present",
                        "denominator", "days_enrolled", "direction", "lower"),
                map("id", "ela_level_4", "population", "fay_tested", "subject", "ela",
                        "numerator", "performance_level >= 4", "direction", "higher"))));

        MetricDefinition mean = settings.metrics().get(0);
        assertThat(List.<Object>of(mean.numerator(), mean.denominator(), mean.kind(), mean.label()))
                .containsExactly("days_enrolled - days_present", "1", ValueKind.MEAN, "days_absent_mean");
        MetricDefinition rate = settings.metrics().get(1);
        assertThat(List.<Object>of(rate.numerator(), rate.denominator(), rate.kind()))
                .containsExactly("days_enrolled - days_present", "days_enrolled", ValueKind.RATE);
        MetricDefinition assessment = settings.metrics().get(2);
        assertThat(assessment.subject()).isEqualTo("ela");
        assertThat(assessment.numerator()).isEqualTo("CASE WHEN performance_level >= 4 THEN 1 ELSE 0 END");
    }

    @Test
    void anOverrideReplacesTheCatalogDefinitionInPlaceKeepingWhatItDoesNotWrite() {
        FrameworkSettings settings = valid(framework("metrics", List.of(map("id", "chronic_absence", "override", true,
                "numerator", "100 * days_present <= 91 * days_enrolled"))));

        List<MetricDefinition> computed = settings.metricsToCompute();
        assertThat(computed).hasSize(MetricCatalog.METRICS.size());
        MetricDefinition chronic = byId(computed, "chronic_absence");
        assertThat(computed.indexOf(chronic)).isEqualTo(MetricCatalog.METRICS.indexOf(byId(MetricCatalog.METRICS,
                "chronic_absence")));
        assertThat(chronic.numerator()).isEqualTo("CASE WHEN 100 * days_present <= 91 * days_enrolled THEN 1 ELSE 0 END");
        assertThat(List.<Object>of(chronic.label(), chronic.population(), chronic.direction(), chronic.kind()))
                .containsExactly("Chronic absence", Population.ATTENDANCE, Direction.LOWER, ValueKind.RATE);
        // in_seat_attendance keeps its denominator (days enrolled), so the numerator stays an expression
        MetricDefinition inSeat = valid(framework("metrics", List.of(map("id", "in_seat_attendance", "override", true,
                "numerator", "least(days_present, days_enrolled)")))).metrics().get(0);
        assertThat(List.of(inSeat.numerator(), inSeat.denominator()))
                .containsExactly("least(days_present, days_enrolled)", "days_enrolled");
        // el_redesignation keeps its exclusion of the el group when a state restates it
        MetricDefinition redesignation = valid(framework("metrics", List.of(map("id", "el_redesignation",
                "override", true, "numerator", "reclassified")))).metrics().get(0);
        assertThat(redesignation.excludedGroups()).containsExactly("el");
    }

    // ---- problems: one exact message each, file and path first

    @Test
    void unknownKeysAtEveryLevel() {
        assertThat(problems(framework("weights", 1))).containsExactly("mine.yaml: weights: unknown key (known: "
                + "econ_disadv_rule, id, measurement, metrics, min_n, min_n_public, name, scoring, version)");
        assertThat(problems(framework("measurement", map("chronic_threshold", new BigDecimal("0.9")))))
                .containsExactly("mine.yaml: measurement.chronic_threshold: unknown key (known: "
                        + "accountability_tests, act_composite_benchmark, attendance_min_days, census_date, "
                        + "chronic_absence_threshold, english_proficiency_tests, grade11_tests, "
                        + "prepared_by_ag_completion, prepared_by_ap_exams, prepared_by_grade11_tests, "
                        + "sat_erw_benchmark, sat_math_benchmark, tested_grades, years_to_english_proficiency)");
        assertThat(metricProblems(with(chronicAbsence91(), "weight", 5))).containsExactly(
                "mine.yaml: metrics[0].weight: unknown key (known: denominator, direction, id, kind, label, "
                        + "numerator, override, population, subject)");
    }

    @Test
    void anUnknownOrDerivedPopulation() {
        String known = Arrays.stream(Population.values()).filter(p -> p != Population.DERIVED).map(Population::id)
                .collect(Collectors.joining(", "));
        assertThat(metricProblems(with(chronicAbsence91(), "population", "attendence"))).containsExactly(
                "mine.yaml: metrics[0].population: unknown population 'attendence' (known: " + known + ")");
        assertThat(metricProblems(with(chronicAbsence91(), "population", "derived"))).containsExactly(
                "mine.yaml: metrics[0].population: unknown population 'derived' (known: " + known + ")");
        assertThat(metricProblems(without(chronicAbsence91(), "population"))).containsExactly(
                "mine.yaml: metrics[0].population: required (one of " + known + ")");
    }

    @Test
    void anIdOfTheCatalogWithoutOverrideAndDuplicateIds() {
        assertThat(metricProblems(with(chronicAbsence91(), "id", "chronic_absence"))).containsExactly(
                "mine.yaml: metrics[0].id: 'chronic_absence' is a catalog metric: give your variant a new id (e.g. "
                        + "chronic_absence_local), or add override: true to replace the catalog's definition");
        assertThat(problems(framework("metrics", List.of(chronicAbsence91(), chronicAbsence91())))).containsExactly(
                "mine.yaml: metrics[1].id: 'chronic_absence_91' is defined twice (also metrics[0])");
        assertThat(metricProblems(with(chronicAbsence91(), "override", true))).containsExactly(
                "mine.yaml: metrics[0].override: 'chronic_absence_91' is not a catalog metric: leave out override "
                        + "for a new metric");
        assertThat(metricProblems(map("id", "attendance_growth", "override", true, "numerator", "1"))).containsExactly(
                "mine.yaml: metrics[0].id: 'attendance_growth' is computed from other metrics and cannot be "
                        + "redefined in a framework file");
        assertThat(metricProblems(with(chronicAbsence91(), "id", "Chronic-91"))).containsExactly(
                "mine.yaml: metrics[0].id: 'Chronic-91' is not a metric id (lower-case letters, digits and _, "
                        + "starting with a letter)");
        assertThat(metricProblems(without(chronicAbsence91(), "id"))).containsExactly("mine.yaml: metrics[0].id: "
                + "required");
    }

    @Test
    void aBadKindDirectionOrSubject() {
        assertThat(metricProblems(with(chronicAbsence91(), "kind", "median")))
                .containsExactly("mine.yaml: metrics[0].kind: 'median' is not rate or mean");
        assertThat(metricProblems(with(chronicAbsence91(), "direction", "down")))
                .containsExactly("mine.yaml: metrics[0].direction: 'down' is not higher, lower or none");
        assertThat(metricProblems(without(chronicAbsence91(), "direction")))
                .containsExactly("mine.yaml: metrics[0].direction: required (higher, lower, none)");
        assertThat(metricProblems(with(chronicAbsence91(), "subject", "ela"))).containsExactly(
                "mine.yaml: metrics[0].subject: only for the assessment populations fay_tested and expected_to_test");
        Map<String, Object> tested = map("id", "ela_4", "population", "fay_tested", "numerator",
                "performance_level >= 4", "direction", "higher");
        assertThat(metricProblems(tested)).containsExactly(
                "mine.yaml: metrics[0].subject: required for population fay_tested (ela, math or science)");
        assertThat(metricProblems(with(tested, "subject", "reading")))
                .containsExactly("mine.yaml: metrics[0].subject: 'reading' is not ela, math or science");
    }

    @Test
    void numeratorsAndDenominatorsOutsideTheAllowedSqlAreRejected() {
        assertThat(metricProblems(with(chronicAbsence91(), "numerator", "days_absent >= 18"))).containsExactly(
                "mine.yaml: metrics[0].numerator: unknown column 'days_absent' (population attendance has "
                        + "days_enrolled, days_present)");
        assertThat(metricProblems(with(chronicAbsence91(), "numerator", "days_present > 0; DELETE FROM students")))
                .containsExactly("mine.yaml: metrics[0].numerator: character ';' is not allowed");
        assertThat(metricProblems(with(chronicAbsence91(), "denominator", "(SELECT count(*) FROM students)")))
                .containsExactly("mine.yaml: metrics[0].denominator: subqueries are not allowed ('SELECT'): use the "
                        + "population's columns");
        assertThat(metricProblems(with(chronicAbsence91(), "denominator", "days_enrolled -- all")))
                .containsExactly("mine.yaml: metrics[0].denominator: comments are not allowed");
        assertThat(metricProblems(without(chronicAbsence91(), "numerator"))).containsExactly(
                "mine.yaml: metrics[0].numerator: required: an SQL condition or expression over the population's "
                        + "columns");
    }

    @Test
    void thresholdsAndParametersOutOfRange() {
        String threshold = "mine.yaml: measurement.chronic_absence_threshold: expected a proportion between 0 and 1, "
                + "e.g. 0.90 for 90%, found ";
        assertThat(problems(framework("measurement", map("chronic_absence_threshold", 91))))
                .containsExactly(threshold + "'91'");
        assertThat(problems(framework("measurement", map("chronic_absence_threshold", BigDecimal.ZERO))))
                .containsExactly(threshold + "'0'");
        assertThat(problems(framework("measurement", map("chronic_absence_threshold", new BigDecimal("1.00")))))
                .containsExactly(threshold + "'1.00'");
        assertThat(problems(framework("measurement", map("chronic_absence_threshold", "90%"))))
                .containsExactly(threshold + "'90%'");
        assertThat(problems(framework("measurement", map("attendance_min_days", 0)))).containsExactly(
                "mine.yaml: measurement.attendance_min_days: expected a whole number of days from 1 to 366, found '0'");
        assertThat(problems(framework("measurement", map("sat_erw_benchmark", 1050)))).containsExactly(
                "mine.yaml: measurement.sat_erw_benchmark: expected a score from 200 to 800, found '1050'");
        assertThat(problems(framework("measurement", map("act_composite_benchmark", BigInteger.valueOf(40)))))
                .containsExactly("mine.yaml: measurement.act_composite_benchmark: expected a score from 1 to 36, "
                        + "found '40'");
        assertThat(problems(framework("measurement", map("census_date", "02-30")))).containsExactly(
                "mine.yaml: measurement.census_date: expected a month and day as \"MM-DD\", e.g. \"10-01\" for "
                        + "October 1, found '02-30'");
        assertThat(problems(framework("measurement", map("tested_grades", List.of(3, 13))))).containsExactly(
                "mine.yaml: measurement.tested_grades[1]: '13' is not a grade (PK, KG, 1 .. 12)");
        assertThat(problems(framework("measurement", map("accountability_tests", List.of("sbac", "x'); --")))))
                .containsExactly("mine.yaml: measurement.accountability_tests[1]: 'x'); --' is not a test code "
                        + "(lower-case letters, digits and _)");
        assertThat(problems(framework("measurement", map("prepared_by_ag_completion", false, "prepared_by_ap_exams",
                false, "prepared_by_grade11_tests", false)))).containsExactly("mine.yaml: measurement: "
                        + "prepared_by_ag_completion, prepared_by_ap_exams and prepared_by_grade11_tests are all "
                        + "false: college_career needs at least one measure");
        assertThat(problems(framework("min_n", 0)))
                .containsExactly("mine.yaml: min_n: expected a whole number of at least 1, found '0'");
    }

    @Test
    void sectionsOfTheWrongShape() {
        assertThat(problems(framework("measurement", List.of(1)))).containsExactly("mine.yaml: measurement: expected "
                + "a mapping of parameters, e.g. {chronic_absence_threshold: 0.91}");
        assertThat(problems(framework("metrics", map("id", "x")))).containsExactly("mine.yaml: metrics: expected a "
                + "list of metrics, each with id, population, numerator and direction");
        assertThat(problems(framework("metrics", List.of("chronic_absence_91")))).containsExactly("mine.yaml: "
                + "metrics[0]: expected a mapping with id, population, numerator and direction");
        assertThat(FrameworkReader.read(FILE, List.of()))
                .isEqualTo(new FrameworkReader.Invalid(List.of("mine.yaml: expected a YAML mapping with at least 'id'")));
    }

    @Test
    void aFrameworkLevelIdMustBeACode() {
        // the id names the rows of a split school's level (framework_level) and the engine's school:<id> entity
        Map<String, Object> scoring = map("system", "floors_and_targets", "split_multi_level_schools", true,
                "levels", map("k:8", map("grades", List.of("KG", 8))));
        assertThat(problems(framework("scoring", scoring))).contains("mine.yaml: scoring.levels.k:8: 'k:8' is not a "
                + "level id (lower-case letters, digits and _, starting with a letter)");
    }

    @Test
    void everyProblemOfTheFileIsReportedInFileOrder() {
        Map<String, Object> root = map("name", "Mine", "measurement", map("chronic_absence_threshold", 91),
                "metrics", List.of(chronicAbsence91(), with(chronicAbsence91(), "id", "late", "numerator",
                        "days_absent > 1"), with(chronicAbsence91(), "id", "x2", "kind", "sum")));

        assertThat(problems(root)).containsExactly(
                "mine.yaml: id: required",
                "mine.yaml: measurement.chronic_absence_threshold: expected a proportion between 0 and 1, e.g. 0.90 "
                        + "for 90%, found '91'",
                "mine.yaml: metrics[1].numerator: unknown column 'days_absent' (population attendance has "
                        + "days_enrolled, days_present)",
                "mine.yaml: metrics[2].kind: 'sum' is not rate or mean");
    }

    private static MetricDefinition byId(List<MetricDefinition> metrics, String id) {
        return new ArrayList<>(metrics).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
