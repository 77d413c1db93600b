package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.scoring.SharedWeights.Slot;

/**
 * Points from levels (CORE-5): a metric's points = its weight x level / 10, so a school with every
 * level at 10 earns the framework's total (CORE: 100). A domain's weight is split equally among the
 * metrics the school has in it; a missing metric's share goes to the rest of its domain. A domain in
 * which the school has no metric drops out and the other domains' weights are renormalized, so the
 * index stays on the same scale (seed 001: in 2015-16 the social-emotional and culture-climate
 * measures "were not yet ... included in the final score", and schools still had one). This is the
 * rule of {@link SharedWeights} with domains as slots and metrics as members.
 *
 * <p>A metric's level may be a combined level (CORE-3: the weighted mean of its groups' levels), so
 * levels are decimals. The index is computed as total x (weighted mean level) / 10, with the two
 * divisions of {@link SharedWeights#mean}; the per-metric points of {@link #points} are for
 * explanation and add up to the index up to the 34th digit.
 *
 * @param domains the domains, each with its weight and metrics; every metric in one domain only
 */
public record DecilePoints(List<Domain> domains) {

    private static final BigDecimal TEN = BigDecimal.TEN;

    /**
     * One domain of the index.
     *
     * @param id      domain id ({@code academic})
     * @param weight  its weight (CORE: 60), at least 0
     * @param metrics its scored metrics
     */
    public record Domain(String id, BigDecimal weight, List<String> metrics) {
        public Domain {
            Objects.requireNonNull(id, "id is null");
            Objects.requireNonNull(weight, "weight is null");
            metrics = List.copyOf(metrics);
        }
    }

    public DecilePoints {
        domains = List.copyOf(domains);
        if (domains.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one domain");
        }
        weights(domains); // checks weights and that no metric is in two domains
    }

    /** The sum of the domains' weights: the index of a school with every level at 10. */
    public BigDecimal total() {
        return domains.stream().map(Domain::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The index from each metric's level (the metrics the school has; other keys are ignored); empty
     * when the school has none of the domains' metrics.
     */
    public Optional<BigDecimal> index(Map<String, BigDecimal> levelByMetric) {
        return weights(domains).mean(levelByMetric).map(meanLevel -> total().multiply(meanLevel).divide(TEN));
    }

    /** Each metric's weight for a school that has {@code metricsPresent}: its share of the total. */
    public Map<String, BigDecimal> metricWeights(Collection<String> metricsPresent) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        BigDecimal total = total();
        weights(domains).shares(metricsPresent).forEach((metric, share) -> weights.put(metric, share.multiply(total)));
        return Collections.unmodifiableMap(weights);
    }

    /** A metric's points: weight x level / 10 (exact). */
    public static BigDecimal points(BigDecimal weight, BigDecimal level) {
        return weight.multiply(level).divide(TEN);
    }

    private static SharedWeights<String> weights(List<Domain> domains) {
        List<Slot<String>> slots = new ArrayList<>();
        for (Domain domain : domains) {
            if (!domain.metrics().isEmpty()) {
                slots.add(new Slot<>(domain.id(), domain.weight(), domain.metrics()));
            }
        }
        return new SharedWeights<>(slots);
    }
}
