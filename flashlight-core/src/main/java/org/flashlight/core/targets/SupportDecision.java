package org.flashlight.core.targets;

import java.util.List;

/** MA-4: a school's category and every rule that fired, in the order the rules are checked. */
public record SupportDecision(String schoolId, SupportCategory category, List<String> rules) {

    public SupportDecision {
        rules = List.copyOf(rules);
    }
}
