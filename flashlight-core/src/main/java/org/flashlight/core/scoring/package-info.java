/**
 * Scoring methods as small pure pieces (shared/spec/frameworks.md NC-1..NC-4, CORE-3..CORE-6,
 * STAR-3..STAR-7): percentiles, decile cuts and levels, floors and targets, points, group weights,
 * year pooling, "lowest x%", rating bands and base years. Every piece computes exactly on the
 * {@link java.math.BigDecimal} values the engine prints, so that a reader can recompute a result by
 * hand from the result files; the few divisions use {@link java.math.MathContext#DECIMAL128}
 * (34 significant digits, half-even) and say so. Worked examples: docs/scoring.md. All classes here
 * are immutable and thread-safe.
 */
package org.flashlight.core.scoring;
