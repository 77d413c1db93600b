package org.flashlight.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A download's rows of display text, the header first: the one source of both the CSV and the XLSX, so the
 * two formats hold the same cells, suppressed exactly as the page.
 */
public record Table(List<List<String>> rows) {
    public Table {
        rows = rows.stream().map(r -> r.stream().map(f -> f == null ? "" : f).toList()).toList();
    }

    /** Collects rows in order. */
    public static final class Builder {
        private final List<List<String>> rows = new ArrayList<>();

        public Builder row(String... fields) {
            rows.add(List.of(fields));
            return this;
        }

        public Table build() {
            return new Table(rows);
        }
    }
}
