package org.flashlight.core.framework;

import java.util.Objects;

/**
 * What the measurement engine needs to know of a framework: its identity, the minimum n for
 * scoring, the public suppression threshold and the economic-disadvantage rule. (The frameworks
 * issue extends the framework model with metrics, methods, weights and designations.)
 *
 * @param id             framework id, e.g. {@code core-sqii}
 * @param name           display name
 * @param version        version of the framework file
 * @param minN           students a group needs for its value to count in scoring (metrics.md "Minimum n")
 * @param minNPublic     students below which a public cell is suppressed (outputs.md, default 10)
 * @param econDisadvRule {@code frl_or_direct_cert} or {@code dc_at_risk}
 */
public record FrameworkSettings(String id, String name, String version, int minN, int minNPublic,
        String econDisadvRule) {
    public FrameworkSettings {
        Objects.requireNonNull(id, "id is null");
        name = Objects.requireNonNullElse(name, id);
        version = Objects.requireNonNullElse(version, "1");
        econDisadvRule = Objects.requireNonNullElse(econDisadvRule, "frl_or_direct_cert");
        if (minN < 1) {
            throw new IllegalArgumentException(id + ": min_n must be at least 1");
        }
        if (minNPublic < 1) {
            throw new IllegalArgumentException(id + ": min_n_public must be at least 1");
        }
    }
}
