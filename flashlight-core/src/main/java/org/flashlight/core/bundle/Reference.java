package org.flashlight.core.bundle;

import java.util.List;

/**
 * A cross-file rule: every accepted row's {@code columns} must match some accepted row of
 * {@code targetTable} on {@code targetColumns} (e.g. an enrollment needs the student's students.csv
 * row for that year). Checked after every file is read, in the order the contract lists them.
 */
public record Reference(List<String> columns, String targetTable, List<String> targetColumns) {
    public Reference {
        columns = List.copyOf(columns);
        targetColumns = List.copyOf(targetColumns);
        if (columns.size() != targetColumns.size()) {
            throw new IllegalArgumentException("reference columns and target columns differ in number");
        }
    }

    public static Reference to(String targetTable, String... columns) {
        return new Reference(List.of(columns), targetTable, List.of(columns));
    }
}
