package org.flashlight.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The catalog as a function of the measurement parameters: the chronic-absence threshold becomes an
 * exact integer comparison, and the defaults are the written rules.
 */
class TestMeasurementSettings {
    private static MetricDefinition metric(MeasurementSettings settings, String id) {
        return MetricCatalog.metrics(settings).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static MeasurementSettings threshold(String value) {
        return MeasurementSettings.DEFAULT.withChronicAbsenceThreshold(new BigDecimal(value));
    }

    @Test
    void theDefaultsAreTheWrittenRules() {
        assertThat(MeasurementSettings.DEFAULT.attendanceMinDays()).isEqualTo(31);
        assertThat(MeasurementSettings.DEFAULT.chronicAbsenceThreshold()).isEqualByComparingTo("0.90");
        assertThat(MeasurementSettings.DEFAULT.assessment()).isEqualTo(AssessmentSettings.DEFAULT);
        assertThat(MeasurementSettings.DEFAULT.readiness()).isEqualTo(ReadinessSettings.DEFAULT);
        assertThat(MetricCatalog.metrics(MeasurementSettings.DEFAULT)).isEqualTo(MetricCatalog.METRICS);
    }

    @Test
    void ninetyPercentIsTheComparisonOfR4() {
        assertThat(metric(MeasurementSettings.DEFAULT, "chronic_absence").numerator())
                .isEqualTo("CASE WHEN 10 * days_present <= 9 * days_enrolled THEN 1 ELSE 0 END");
        assertThat(metric(MeasurementSettings.DEFAULT, "attendance_90plus").numerator())
                .isEqualTo("CASE WHEN 10 * days_present >= 9 * days_enrolled THEN 1 ELSE 0 END");
        // 0.9 and 0.90 are one threshold
        assertThat(MetricCatalog.metrics(threshold("0.9"))).isEqualTo(MetricCatalog.METRICS);
    }

    @Test
    void otherThresholdsAreFractionsInLowestTerms() {
        assertThat(metric(threshold("0.91"), "chronic_absence").numerator())
                .isEqualTo("CASE WHEN 100 * days_present <= 91 * days_enrolled THEN 1 ELSE 0 END");
        // 0.905 = 181 / 200
        assertThat(metric(threshold("0.905"), "chronic_absence").numerator())
                .isEqualTo("CASE WHEN 200 * days_present <= 181 * days_enrolled THEN 1 ELSE 0 END");
        // 0.95 = 19 / 20
        assertThat(metric(threshold("0.95"), "attendance_90plus").numerator())
                .isEqualTo("CASE WHEN 20 * days_present >= 19 * days_enrolled THEN 1 ELSE 0 END");
        assertThat(metric(threshold("0.91"), "attendance_90plus").label()).isEqualTo("Attending 91% or more");
        assertThat(metric(threshold("0.905"), "attendance_90plus").label()).isEqualTo("Attending 90.5% or more");
        assertThat(metric(MeasurementSettings.DEFAULT, "attendance_90plus").label()).isEqualTo("Attending 90% or more");
    }

    @Test
    void thresholdsAndMinimumDaysOutOfRangeAreRefused() {
        assertThatThrownBy(() -> threshold("1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> threshold("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MeasurementSettings.DEFAULT.withAttendanceMinDays(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
