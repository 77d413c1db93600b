package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * The cuts of the readiness and on-track rules (metrics.md; CORE's values by default). They
 * are compared exactly: a GPA as points >= cut x credits, attendance as 100 x present >= percent x
 * enrolled, never as doubles.
 *
 * @param minimumGpa               GPA at or above this passes (2.5)
 * @param minimumAttendancePercent whole-year attendance at or above this percentage passes hs_readiness (96)
 */
public record OnTrackCuts(BigDecimal minimumGpa, int minimumAttendancePercent) {
    public static final OnTrackCuts CORE = new OnTrackCuts(new BigDecimal("2.5"), 96);

    public OnTrackCuts {
        requireNonNull(minimumGpa, "minimumGpa is null");
        if (minimumAttendancePercent < 0 || minimumAttendancePercent > 100) {
            throw new IllegalArgumentException("minimumAttendancePercent is 0..100, got " + minimumAttendancePercent);
        }
    }
}
