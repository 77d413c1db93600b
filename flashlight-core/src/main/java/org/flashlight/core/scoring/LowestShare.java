package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "Lowest x%" and "top x%" of n schools (NC-4): exactly ceil(x·n) schools, x·n computed exactly. The
 * lowest are those with the lowest scores; ties go to the lower score on the framework's first
 * academic indicator, then to the smaller school_id. The top share is the mirror (highest scores,
 * ties to the higher first-indicator score, then the smaller school_id). A school without a
 * first-indicator score loses a tie to one with it, either way. Each selection carries the rule as
 * printed with the designation.
 */
public final class LowestShare {

    private LowestShare() {
    }

    /**
     * A school that can be chosen.
     *
     * @param schoolId       school_id
     * @param score          the score the share is taken by
     * @param firstIndicator the school's score on the framework's first academic indicator, if any
     */
    public record Candidate(String schoolId, BigDecimal score, Optional<BigDecimal> firstIndicator) {
        public Candidate {
            Objects.requireNonNull(schoolId, "schoolId is null");
            Objects.requireNonNull(score, "score is null");
            Objects.requireNonNull(firstIndicator, "firstIndicator is null");
        }
    }

    /**
     * The chosen schools, in order (the lowest or highest first), and the rule that chose them.
     *
     * @param schoolIds the chosen schools
     * @param rule      the rule with its numbers, e.g. {@code lowest 5% of 41 schools by score:
     *                  ceil(0.05 x 41) = ceil(2.05) = 3; ties: lower ela_proficiency, then school_id}
     */
    public record Selection(List<String> schoolIds, String rule) {
        public Selection {
            schoolIds = List.copyOf(schoolIds);
            Objects.requireNonNull(rule, "rule is null");
        }
    }

    /**
     * The ceil(share x n) schools with the lowest scores.
     *
     * @param share          x, a proportion 0..1 (0.05 for 5%)
     * @param scoreName      what the score is, for the rule text ({@code index})
     * @param indicatorName  the first academic indicator, for the rule text
     */
    public static Selection lowest(BigDecimal share, List<Candidate> candidates, String scoreName, String indicatorName) {
        return choose(share, candidates, false, scoreName, indicatorName);
    }

    /** The ceil(share x n) schools with the highest scores (the mirror of {@link #lowest}). */
    public static Selection highest(BigDecimal share, List<Candidate> candidates, String scoreName,
            String indicatorName) {
        return choose(share, candidates, true, scoreName, indicatorName);
    }

    /** ceil(share x n), exactly. */
    public static int count(BigDecimal share, int n) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a share of schools must be 0..1, not " + share);
        }
        return share.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * The candidates in NC-4's order: the lowest score first (the highest with {@code top}), ties to the
     * lower (higher) first-indicator score, then the smaller school_id. For rules that take a count of
     * schools from a ranking (a share of all schools, taken among those not yet designated).
     */
    public static List<String> ranked(List<Candidate> candidates, boolean top) {
        Comparator<BigDecimal> worstFirst = top ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<Candidate> order = Comparator.comparing(Candidate::score, worstFirst)
                .thenComparing(candidate -> candidate.firstIndicator().orElse(null),
                        Comparator.nullsLast(worstFirst))
                .thenComparing(Candidate::schoolId);
        return candidates.stream().sorted(order).map(Candidate::schoolId).toList();
    }

    private static Selection choose(BigDecimal share, List<Candidate> candidates, boolean top, String scoreName,
            String indicatorName) {
        Set<String> ids = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!ids.add(candidate.schoolId())) {
                throw new IllegalArgumentException("school " + candidate.schoolId() + " is a candidate twice");
            }
        }
        int n = candidates.size();
        int count = count(share, n);
        List<String> chosen = ranked(candidates, top).stream().limit(count).toList();
        BigDecimal product = share.multiply(BigDecimal.valueOf(n));
        String rule = (top ? "top " : "lowest ") + share.movePointRight(2).stripTrailingZeros().toPlainString()
                + "% of " + n + " schools by " + scoreName + ": ceil(" + share.toPlainString() + " x " + n + ") = ceil("
                + product.stripTrailingZeros().toPlainString() + ") = " + count + "; ties: "
                + (top ? "higher " : "lower ") + indicatorName + ", then school_id";
        return new Selection(chosen, rule);
    }
}
