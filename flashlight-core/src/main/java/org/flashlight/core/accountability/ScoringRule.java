package org.flashlight.core.accountability;

import java.math.BigDecimal;
import java.util.List;

/**
 * The cut points or floor and target actually used for a metric, group and framework level in a school
 * year (one row of scoring_rules.csv).
 *
 * @param frameworkLevel the level whose schools' values made the distribution; empty where every school is
 *                       pooled (CORE-4 deciles)
 * @param floor          floors-and-targets methods, else null
 * @param target         floors-and-targets methods, else null
 * @param cuts           the nine decile cuts ascending (decile method), else empty
 * @param baseYear       the school year whose values made the distribution (CORE-4, STAR-6)
 * @param schools        how many school values made it (those meeting min n, NC-1)
 */
public record ScoringRule(int schoolYear, String frameworkLevel, String metric, String group, String method,
        BigDecimal floor, BigDecimal target, List<BigDecimal> cuts, int baseYear, int schools) {
    public ScoringRule {
        cuts = List.copyOf(cuts);
    }
}
