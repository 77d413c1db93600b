package org.flashlight.core.metric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Every measurement parameter a framework file may set ({@code measurement:}, docs/frameworks.md):
 * the assessment rules, the English-learner and readiness rules, and the attendance rules.
 * {@link #DEFAULT} is the written rule of shared/spec/metrics.md; a state whose rule differs writes
 * its value in its framework file, never in the SQL.
 *
 * @param assessment              accountability tests, tested grades and census date
 * @param readiness               English-learner and college-readiness parameters
 * @param attendanceMinDays       days a student must be enrolled at an entity in a year to count in the
 *                                attendance metrics (R-4, California rule: 31)
 * @param chronicAbsenceThreshold attendance rate at or below which a student is chronically absent, and at
 *                                or above which they count in {@code attendance_90plus} (0.90; some CORE
 *                                districts used 0.91, seed 001); compared exactly in integers
 */
public record MeasurementSettings(AssessmentSettings assessment, ReadinessSettings readiness, int attendanceMinDays,
        BigDecimal chronicAbsenceThreshold) {
    public static final MeasurementSettings DEFAULT = new MeasurementSettings(AssessmentSettings.DEFAULT,
            ReadinessSettings.DEFAULT, 31, new BigDecimal("0.90"));

    public MeasurementSettings {
        Objects.requireNonNull(assessment, "assessment is null");
        Objects.requireNonNull(readiness, "readiness is null");
        Objects.requireNonNull(chronicAbsenceThreshold, "chronicAbsenceThreshold is null");
        if (attendanceMinDays < 1) {
            throw new IllegalArgumentException("attendanceMinDays must be at least 1");
        }
        if (chronicAbsenceThreshold.signum() <= 0 || chronicAbsenceThreshold.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("chronicAbsenceThreshold must be between 0 and 1 (exclusive)");
        }
    }

    /** The written rules with these assessment parameters (what the {@code AssessmentSettings} overloads mean). */
    public static MeasurementSettings of(AssessmentSettings assessment) {
        return DEFAULT.withAssessment(assessment);
    }

    public MeasurementSettings withAssessment(AssessmentSettings newAssessment) {
        return new MeasurementSettings(newAssessment, readiness, attendanceMinDays, chronicAbsenceThreshold);
    }

    public MeasurementSettings withReadiness(ReadinessSettings newReadiness) {
        return new MeasurementSettings(assessment, newReadiness, attendanceMinDays, chronicAbsenceThreshold);
    }

    public MeasurementSettings withAttendanceMinDays(int days) {
        return new MeasurementSettings(assessment, readiness, days, chronicAbsenceThreshold);
    }

    public MeasurementSettings withChronicAbsenceThreshold(BigDecimal threshold) {
        return new MeasurementSettings(assessment, readiness, attendanceMinDays, threshold);
    }
}
