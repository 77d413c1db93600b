package org.flashlight.core.targets;

/** MA-4: Massachusetts' support categories, from none to the most intensive. */
public enum SupportCategory {
    NONE("Not requiring assistance or intervention"),
    FOCUSED_TARGETED("Focused/targeted support"),
    BROAD_COMPREHENSIVE("Broad/comprehensive support");

    private final String label;

    SupportCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
