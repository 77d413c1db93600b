package org.flashlight.core.validation;

/**
 * What is wrong with one row: the column, the value as written (or as normalized, for rules that
 * compare columns) and a reason a data clerk can act on.
 */
public record Problem(String column, String value, String reason) {
    public Problem {
        value = value == null ? "" : value;
    }
}
