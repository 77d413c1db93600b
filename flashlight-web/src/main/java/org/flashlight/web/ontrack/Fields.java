package org.flashlight.web.ontrack;

import java.math.BigDecimal;
import java.util.Optional;

/** Typed fields of a {@link NamedCsv.Line}; a bad value is an error naming file, line, column and value. */
final class Fields {
    private Fields() {
    }

    static String text(NamedCsv.Line line, String column) {
        String value = line.get(column).strip();
        if (value.isEmpty()) {
            throw line.error(column, "is empty");
        }
        return value;
    }

    static BigDecimal decimal(NamedCsv.Line line, String column) {
        return optionalDecimal(line, column).orElseThrow(() -> line.error(column, "is empty, a number is needed"));
    }

    static Optional<BigDecimal> optionalDecimal(NamedCsv.Line line, String column) {
        String value = line.get(column).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException e) {
            throw line.error(column, "\"" + value + "\" is not a number");
        }
    }

    static long integer(NamedCsv.Line line, String column) {
        String value = line.get(column).strip();
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw line.error(column, "\"" + value + "\" is not a whole number");
        }
    }

    static Optional<Boolean> optionalBoolean(NamedCsv.Line line, String column) {
        return switch (line.get(column).strip()) {
            case "" -> Optional.empty();
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw line.error(column, "\"" + line.get(column) + "\" is not true or false");
        };
    }
}
