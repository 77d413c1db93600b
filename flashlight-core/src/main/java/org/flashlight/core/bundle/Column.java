package org.flashlight.core.bundle;

import java.util.Objects;
import java.util.Set;

/**
 * One column of a contract table.
 *
 * @param name        snake_case header name (matched case-insensitively)
 * @param type        value type
 * @param inHeader    whether the header must contain the column (false for the contract's "optional column"s)
 * @param valueNeeded whether an empty cell rejects the row (keys and values no metric can do without)
 * @param codes       the allowed lower-case codes of a {@link ColumnType#CODE} column, empty otherwise
 */
public record Column(String name, ColumnType type, boolean inHeader, boolean valueNeeded, Set<String> codes) {
    public Column {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        codes = Set.copyOf(codes);
        if (type == ColumnType.CODE && codes.isEmpty()) {
            throw new IllegalArgumentException("code column " + name + " needs its list of codes");
        }
    }

    /** A column the header must have and whose value may be empty. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true, false, Set.of());
    }

    /** A column the header must have and whose value must be present. */
    public static Column needed(String name, ColumnType type) {
        return new Column(name, type, true, true, Set.of());
    }

    /** A closed-list code column. */
    public static Column code(String name, boolean valueNeeded, String... codes) {
        return new Column(name, ColumnType.CODE, true, valueNeeded, Set.of(codes));
    }

    /** A column the header may omit (the contract's "optional column"). */
    public static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, false, Set.of());
    }
}
