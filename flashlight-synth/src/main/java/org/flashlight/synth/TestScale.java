package org.flashlight.synth;

import java.math.BigDecimal;
import org.flashlight.core.assessment.TestDefinition;

/**
 * A catalog test definition compiled for fast scoring: maps a latent z (theta plus measurement
 * error) onto the test's published scale and reads the performance level off the published cuts.
 * Immutable.
 *
 * <p>Placement: the score is {@code anchor + (z - anchorZ) * sd}. For a test with levels the anchor
 * is the proficient cut and {@code anchorZ} the z above which the target share of students lies, so
 * proficiency rates are realistic whatever the test family; for a test without levels the anchor is
 * a point of the range. The sd is the published range divided by {@code rangeSds} (state tests'
 * ranges span about six sds of the tested population), or for English-proficiency tests the span of
 * the cuts divided by {@code cutSpanSds}, since their ranges are much wider than an EL population.
 */
final class TestScale {
    final TestDefinition definition;
    final String test;
    final String subject;
    final int grade;
    final byte[] testBytes;
    final byte[] subjectBytes;
    private final double min;
    private final double max;
    private final double[] cuts;
    private final double anchor;
    private final double anchorZ;
    private final double sd;
    private final int roundTo;

    private TestScale(TestDefinition definition, String subject, double anchor, double anchorZ, double sd, int roundTo) {
        this.definition = definition;
        this.test = definition.test();
        this.subject = subject;
        this.grade = definition.grade();
        this.testBytes = Codes.ascii(test);
        this.subjectBytes = Codes.ascii(subject);
        this.min = definition.minScaleScore().doubleValue();
        this.max = definition.maxScaleScore().doubleValue();
        this.cuts = definition.cuts().stream().mapToDouble(BigDecimal::doubleValue).toArray();
        this.anchor = anchor;
        this.anchorZ = anchorZ;
        this.sd = sd;
        this.roundTo = roundTo;
    }

    /** A test with levels whose proficient cut sits at {@code proficientZ}. */
    static TestScale leveled(TestDefinition d, String subject, double proficientZ, double rangeSds) {
        double proficientCut = d.cut(d.proficientLevel()).orElseThrow().doubleValue();
        double sd = (d.maxScaleScore().doubleValue() - d.minScaleScore().doubleValue()) / rangeSds;
        return new TestScale(d, subject, proficientCut, proficientZ, sd, 1);
    }

    /** An English-proficiency test: proficient cut at {@code proficientZ}, sd from the span of the cuts. */
    static TestScale proficiency(TestDefinition d, String subject, double proficientZ, double cutSpanSds) {
        double proficientCut = d.cut(d.proficientLevel()).orElseThrow().doubleValue();
        double span = d.cuts().get(d.cuts().size() - 1).doubleValue() - d.cuts().get(0).doubleValue();
        return new TestScale(d, subject, proficientCut, proficientZ, span / cutSpanSds, 1);
    }

    /** A test without levels: z = 0 scores at {@code center} (0..1) of the range. */
    static TestScale unleveled(TestDefinition d, String subject, double center, double rangeSds, int roundTo) {
        double min = d.minScaleScore().doubleValue();
        double max = d.maxScaleScore().doubleValue();
        return new TestScale(d, subject, min + center * (max - min), 0, (max - min) / rangeSds, roundTo);
    }

    boolean hasLevels() {
        return cuts.length > 0;
    }

    /** The scale score for a latent z, rounded to the test's step and clamped to the published range. */
    int score(double z) {
        double raw = anchor + (z - anchorZ) * sd;
        long rounded = StrictMath.round(raw / roundTo) * roundTo;
        return (int) Math.max(StrictMath.ceil(min), Math.min(StrictMath.floor(max), rounded));
    }

    /** The performance level of a score (a score on a cut belongs to the higher level), 0 without levels. */
    int level(int score) {
        int level = 1;
        for (double cut : cuts) {
            if (score >= cut) {
                level++;
            }
        }
        return cuts.length == 0 ? 0 : level;
    }

    boolean proficient(int score) {
        return hasLevels() && level(score) >= definition.proficientLevel();
    }
}
