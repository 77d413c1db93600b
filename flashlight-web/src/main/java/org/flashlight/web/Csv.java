package org.flashlight.web;

import java.util.List;

/** RFC 4180 text: a field with a comma, a quote or a line break is quoted, quotes doubled. */
final class Csv {
    private final StringBuilder text = new StringBuilder();

    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i) == null ? "" : fields.get(i);
            text.append(i == 0 ? "" : ",");
            text.append(f.matches("(?s).*[\",\r\n].*") ? '"' + f.replace("\"", "\"\"") + '"' : f);
        }
        text.append("\r\n");
        return this;
    }

    Csv row(String... fields) {
        return row(List.of(fields));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
