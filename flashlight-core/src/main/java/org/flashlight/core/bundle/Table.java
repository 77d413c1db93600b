package org.flashlight.core.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of the data bundle.
 *
 * @param name       table name, also the file stem ({@code students} reads students.csv or students.parquet)
 * @param required   whether a bundle must contain the file
 * @param columns    the contract's columns, in the contract's order (which is also the output order)
 * @param key        columns whose values identify a row; a second row with the same key is rejected (empty: no key)
 * @param references rows of other tables this table's rows must point at
 */
public record Table(String name, boolean required, List<Column> columns, List<String> key, List<Reference> references) {
    public Table {
        Objects.requireNonNull(name, "name is null");
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        references = List.copyOf(references);
        for (String k : key) {
            if (columnNamed(columns, k).isEmpty()) {
                throw new IllegalArgumentException(name + ": key column " + k + " is not a column");
            }
        }
    }

    public Optional<Column> column(String columnName) {
        return columnNamed(columns, columnName);
    }

    public int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name + " has no column " + columnName);
    }

    public String csvFileName() {
        return name + ".csv";
    }

    private static Optional<Column> columnNamed(List<Column> columns, String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
