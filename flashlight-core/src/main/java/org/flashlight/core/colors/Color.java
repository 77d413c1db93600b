package org.flashlight.core.colors;

import java.util.Locale;

/** A California School Dashboard performance level, from lowest (RED) to highest (BLUE). */
public enum Color {
    RED, ORANGE, YELLOW, GREEN, BLUE;

    /** The label CDE prints: "Red", "Orange", ... */
    public String label() {
        String lower = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
