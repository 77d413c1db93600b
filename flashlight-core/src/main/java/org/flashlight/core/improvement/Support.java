package org.flashlight.core.improvement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flashlight.core.framework.DesignationRule;

/**
 * Builds a run's identification-and-support outputs from what its framework made of it: pairings when the
 * framework designates both {@code priority} and {@code reward} schools, communities of practice when it
 * designates {@code focus} schools, exit status for every designated school, and interim benchmarks when
 * it scores indicators against gap-closing targets.
 */
public final class Support {
    private Support() {
    }

    public static SupportOutcome of(ImprovementInputs inputs) {
        Set<String> designations = inputs.framework().scoring().designations().stream()
                .map(DesignationRule::designation).collect(Collectors.toSet());
        SupportProfiles profiles = new SupportProfiles(inputs);
        List<PairingRow> pairings = designations.containsAll(Set.of(SchoolPairings.PRIORITY, SchoolPairings.REWARD))
                ? SchoolPairings.of(inputs, profiles) : List.of();
        List<CommunityRow> communities = designations.contains(FocusCommunities.FOCUS)
                ? FocusCommunities.of(inputs, profiles) : List.of();
        return new SupportOutcome(pairings, communities, ExitStatus.of(inputs), DistrictBenchmarks.of(inputs));
    }
}
