package org.flashlight.core.bundle;

import java.util.OptionalInt;

/**
 * Grade levels as the contract writes them ({@code PK}, {@code KG}, {@code 1}..{@code 12}) and as the
 * engine stores them: an integer with PK = -1 and KG = 0, so "grades 9-12" is a range test.
 */
public final class Grades {
    public static final int PK = -1;
    public static final int KG = 0;

    private Grades() {
    }

    /**
     * Parses a grade, case-insensitively. Accepts {@code PK}, {@code KG} (also {@code K}) and
     * {@code 1}..{@code 12} with an optional leading zero ({@code 03}), as state extracts write them.
     */
    public static OptionalInt parse(String text) {
        String t = text.trim();
        if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
            return parseLetters(t);
        }
        if (t.isEmpty() || t.length() > 2) {
            return OptionalInt.empty();
        }
        int value = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return OptionalInt.empty();
            }
            value = value * 10 + (c - '0');
        }
        return value >= 1 && value <= 12 ? OptionalInt.of(value) : OptionalInt.empty();
    }

    private static OptionalInt parseLetters(String t) {
        if (t.equalsIgnoreCase("PK")) {
            return OptionalInt.of(PK);
        }
        if (t.equalsIgnoreCase("KG") || t.equalsIgnoreCase("K")) {
            return OptionalInt.of(KG);
        }
        return OptionalInt.empty();
    }

    /** The contract's spelling of a stored grade: {@code PK}, {@code KG} or the number. */
    public static String label(int grade) {
        return switch (grade) {
            case PK -> "PK";
            case KG -> "KG";
            default -> {
                if (grade < 1 || grade > 12) {
                    throw new IllegalArgumentException("not a grade: " + grade);
                }
                yield Integer.toString(grade);
            }
        };
    }
}
