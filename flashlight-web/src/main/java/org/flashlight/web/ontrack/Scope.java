package org.flashlight.web.ontrack;

import java.util.Objects;

/**
 * What one staff user may see: one school ({@code school:ID}), one district and its schools ({@code district:ID}),
 * or everything ({@code state}).
 */
public record Scope(Kind kind, String id) {
    public enum Kind { SCHOOL, DISTRICT, STATE }

    public Scope {
        Objects.requireNonNull(kind, "kind is null");
        id = kind == Kind.STATE ? "" : Objects.requireNonNull(id, "id is null");
    }

    /** {@code school:ID}, {@code district:ID} or {@code state}. */
    public static Scope parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equals("state")) {
            return new Scope(Kind.STATE, "");
        }
        int colon = t.indexOf(':');
        String id = colon < 0 ? "" : t.substring(colon + 1).strip();
        if (colon > 0 && !id.isEmpty() && id.matches("[A-Za-z0-9._-]+")) {
            switch (t.substring(0, colon)) {
                case "school":
                    return new Scope(Kind.SCHOOL, id);
                case "district":
                    return new Scope(Kind.DISTRICT, id);
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("a scope is school:ID, district:ID or state, not \"" + text + "\"");
    }

    @Override
    public String toString() {
        return kind == Kind.STATE ? "state" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
