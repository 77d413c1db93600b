package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One identification rule of a framework (CORE-6, STAR-7, CA-3, MA-4), e.g. "priority = lowest 5% of
 * schools by index". A school matching any rule of a designation id gets the designation; {@code detail}
 * names the rule that fired.
 *
 * @param designation the designation id written in school_results.csv, e.g. {@code priority}, {@code csi}
 * @param rule        {@code lowest_share}, {@code top_share}, {@code all_below}, {@code group_at_or_below}
 * @param share       the share of schools (lowest_share, top_share), e.g. 0.05
 * @param by          what schools are ranked by: {@code score}, {@code lowest_group_score}, {@code domain:ID}
 * @param among       which schools are ranked: {@code all} or {@code title_i}
 * @param metrics     the metrics that must all be below {@code threshold} (all_below)
 * @param threshold   a proportion (all_below)
 * @param of          the designation whose cut a group is compared with (group_at_or_below, e.g. {@code csi})
 * @param excluding   designations a school must not already have (e.g. focus excludes priority)
 * @param within      {@code poverty_quartile} to rank within quartiles of schools by econ_disadv share, or empty
 * @param pooled      whether the rule looks at multi-year pooled scores (STAR-7)
 */
public record DesignationRule(String designation, String rule, BigDecimal share, String by, String among,
        List<String> metrics, BigDecimal threshold, String of, List<String> excluding, String within,
        boolean pooled) {
    public static final List<String> RULES = List.of("lowest_share", "top_share", "all_below", "group_at_or_below");

    public DesignationRule {
        Objects.requireNonNull(designation, "designation");
        Objects.requireNonNull(rule, "rule");
        by = Objects.requireNonNullElse(by, "score");
        among = Objects.requireNonNullElse(among, "all");
        metrics = List.copyOf(metrics);
        of = Objects.requireNonNullElse(of, "");
        excluding = List.copyOf(excluding);
        within = Objects.requireNonNullElse(within, "");
    }
}
