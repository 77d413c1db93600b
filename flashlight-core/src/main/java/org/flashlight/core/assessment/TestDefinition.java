package org.flashlight.core.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One test, subject and grade as tests.csv defines it: the valid scale-score range and the cut
 * scores of the performance levels.
 *
 * @param test            lower-case test code, e.g. {@code sbac}
 * @param subject         lower-case subject code, or {@code *} for "any subject" (AP and IB exam codes)
 * @param grade           grade as stored (PK = -1, KG = 0, 1..12)
 * @param minScaleScore   lowest valid scale score (inclusive)
 * @param maxScaleScore   highest valid scale score (inclusive)
 * @param levels          number of performance levels, 0 when the test reports none (SAT, ACT, AP, IB)
 * @param proficientLevel lowest level that counts as proficient, 0 when the test reports no levels
 * @param cuts            lowest scale score of levels 2..levels, ascending ({@code levels - 1} values)
 * @param source          citation of the published definition (empty for a bundle's own tests.csv rows)
 */
public record TestDefinition(String test, String subject, int grade, BigDecimal minScaleScore,
        BigDecimal maxScaleScore, int levels, int proficientLevel, List<BigDecimal> cuts, String source) {

    public static final String ANY_SUBJECT = "*";

    public TestDefinition {
        Objects.requireNonNull(test, "test is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(minScaleScore, "minScaleScore is null");
        Objects.requireNonNull(maxScaleScore, "maxScaleScore is null");
        cuts = List.copyOf(cuts);
        source = Objects.requireNonNullElse(source, "");
        if (minScaleScore.compareTo(maxScaleScore) > 0) {
            throw new IllegalArgumentException(test + "/" + subject + "/" + grade + ": min_scale_score above max");
        }
        if (levels > 0 && cuts.size() != levels - 1) {
            throw new IllegalArgumentException(
                    test + "/" + subject + "/" + grade + ": " + levels + " levels need " + (levels - 1) + " cuts");
        }
    }

    public boolean inRange(BigDecimal scaleScore) {
        return scaleScore.compareTo(minScaleScore) >= 0 && scaleScore.compareTo(maxScaleScore) <= 0;
    }

    /** The performance level of a scale score (a score on a cut belongs to the higher level), if the test has levels. */
    public Optional<Integer> levelOf(BigDecimal scaleScore) {
        if (levels == 0) {
            return Optional.empty();
        }
        int level = 1;
        for (BigDecimal cut : cuts) {
            if (scaleScore.compareTo(cut) >= 0) {
                level++;
            }
        }
        return Optional.of(level);
    }

    /** The lowest scale score of a level (2..levels), e.g. the level-3 cut that Distance From Standard uses. */
    public Optional<BigDecimal> cut(int level) {
        return level >= 2 && level <= levels ? Optional.of(cuts.get(level - 2)) : Optional.empty();
    }
}
