package org.flashlight.core.group;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a framework decides who is in the {@code econ_disadv} group (shared/spec/metrics.md,
 * "Economic-disadvantage rules"). A framework picks one; whichever it picks, {@code high_needs},
 * {@code target_group} and {@code not_target_group} always use {@link #FRL_OR_DIRECT_CERT}, and
 * the chosen rule is recorded with the results.
 */
public enum EconomicDisadvantageRule {
    /** frl or direct_certified (CORE, most states). */
    FRL_OR_DIRECT_CERT("frl_or_direct_cert",
            "eligible for free or reduced-price meals, or directly certified"),
    /**
     * DC "at-risk": tanf or snap or foster_care or homeless, or over-age in high school (R-16: whole
     * years of age on Sept 30 of the fall >= the lowest grade 9-12 of the student's stays that year + 6).
     */
    DC_AT_RISK("dc_at_risk",
            "at risk: household receives TANF or SNAP, in foster care, homeless, or over-age in high school");

    private final String id;
    private final String description;

    EconomicDisadvantageRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id frameworks, scoring_rules.csv and run manifests use. */
    public String id() {
        return id;
    }

    /** A plain-language statement of the rule, for report footnotes. */
    public String description() {
        return description;
    }

    /**
     * The rule with this id (exact, lower-case).
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static EconomicDisadvantageRule fromId(String id) {
        for (EconomicDisadvantageRule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown economic-disadvantage rule '" + id + "'; valid rules: "
                + Arrays.stream(values()).map(EconomicDisadvantageRule::id).collect(Collectors.joining(", ")));
    }
}
