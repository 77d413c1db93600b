package org.flashlight.web;

import java.util.List;

/** RFC 4180 text: a field with a comma, a quote or a line break is quoted, quotes doubled. */
public final class Csv {
    private Csv() {
    }

    public static String of(Table table) {
        StringBuilder text = new StringBuilder();
        for (List<String> fields : table.rows()) {
            for (int i = 0; i < fields.size(); i++) {
                String f = fields.get(i);
                text.append(i == 0 ? "" : ",");
                text.append(f.matches("(?s).*[\",\r\n].*") ? '"' + f.replace("\"", "\"\"") + '"' : f);
            }
            text.append("\r\n");
        }
        return text.toString();
    }
}
