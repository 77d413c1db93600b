package org.flashlight.ontrack;

import static java.util.Objects.requireNonNull;

/** Two student groups compared in a gap table: {@code group} minus {@code comparison}, e.g. target_group:not_target_group. */
public record GroupComparison(String group, String comparison) {
    public static final GroupComparison TARGET_VS_REST = new GroupComparison("target_group", "not_target_group");

    public GroupComparison {
        requireNonNull(group, "group is null");
        requireNonNull(comparison, "comparison is null");
        if (group.equals(comparison)) {
            throw new IllegalArgumentException("--compare " + group + ":" + comparison + " compares a group with itself");
        }
    }

    /** Reads {@code A:B} as the command line writes it. */
    public static GroupComparison parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("--compare expects GROUP:GROUP (e.g. target_group:not_target_group), not "
                    + text);
        }
        return new GroupComparison(parts[0].strip(), parts[1].strip());
    }

    @Override
    public String toString() {
        return group + ":" + comparison;
    }
}
