package org.flashlight.core.improvement;

import java.util.List;

/**
 * The identification-and-support outputs of a run (docs/improvement-outputs.md): school pairings
 * (CORE-7), communities of practice (CORE-8), exit status (MA-5) and interim benchmarks (MA-6). A list is
 * empty when the framework's designations or system do not make it meaningful.
 */
public record SupportOutcome(List<PairingRow> pairings, List<CommunityRow> communities, List<ExitRow> exits,
        List<BenchmarkRow> benchmarks) {
    public static final SupportOutcome NONE = new SupportOutcome(List.of(), List.of(), List.of(), List.of());

    public SupportOutcome {
        pairings = List.copyOf(pairings);
        communities = List.copyOf(communities);
        exits = List.copyOf(exits);
        benchmarks = List.copyOf(benchmarks);
    }
}
