package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule-based indicator of one student: met when every component is met.
 *
 * @param indicator  hs_readiness, ninth_grade_on_track
 * @param checkpoint the term whose marks it reads ({@link Term#FINAL} at year end)
 * @param components every condition, in the rule's order
 */
public record IndicatorResult(String indicator, Term checkpoint, List<Component> components) {
    public IndicatorResult {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(checkpoint, "checkpoint is null");
        components = List.copyOf(components);
    }

    public boolean met() {
        return components.stream().allMatch(Component::met);
    }

    public Component component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(indicator + " has no component " + id));
    }

    /** The components not met, in plain words, joined with "; " (empty when the indicator is met). */
    public String unmetInWords() {
        return components.stream().filter(c -> !c.met()).map(Component::evidence).collect(Collectors.joining("; "));
    }
}
