/**
 * Identification and support outputs built on a framework's scores (DESIGN.md "Identify and support"):
 * school pairings (CORE-7), communities of practice (CORE-8), exit status and distance (MA-5, and the
 * same reading for CSI/TSI and priority/focus), and interim benchmarks (MA-6). Pure: everything comes
 * from a {@link org.flashlight.core.accountability.ScoringOutcome} and the run's values.
 */
package org.flashlight.core.improvement;
