package org.flashlight.core.validation;

import java.util.Locale;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Grades;

/**
 * Checks one cell against its column's type and turns it into the canonical form the engine
 * stores: integers without sign or leading zeros, ISO dates, {@code true}/{@code false}, lower-case
 * codes, grades as integers (PK = -1, KG = 0), upper-case marks. Stateless and thread-safe.
 *
 * <p>Hot path: called once per cell of every file, so it parses by hand and allocates only when
 * the canonical form differs from the input.
 */
public final class ValueNormalizer {
    /** Decimal places a NUMBER keeps (the database stores DECIMAL(18,6)). */
    public static final int NUMBER_SCALE = 6;

    /** Canonical text of each stored grade, PK (-1) to 12, without allocating per cell. */
    private static final String[] GRADE_TEXT = java.util.stream.IntStream.rangeClosed(Grades.PK, 12)
            .mapToObj(Integer::toString).toArray(String[]::new);

    private ValueNormalizer() {
    }

    /**
     * Normalizes {@code raw} into {@code out[index]} ({@code null} for a missing value).
     *
     * @return {@code null} when the value is acceptable, otherwise the reason it is not
     */
    public static String normalize(Column column, String raw, String[] out, int index) {
        String value = raw.strip();
        if (value.isEmpty()) {
            out[index] = null;
            return column.valueNeeded() ? "a value is required" : null;
        }
        return switch (column.type()) {
            case STRING -> set(out, index, value);
            case INT -> integer(value, out, index);
            case NUMBER -> number(value, out, index);
            case DATE -> date(value, out, index);
            case BOOL -> bool(value, out, index);
            case GRADE -> grade(value, out, index);
            case CODE -> code(column, value, out, index);
            case OPEN_CODE -> openCode(value, out, index);
            case MARK -> mark(value, out, index);
        };
    }

    private static String set(String[] out, int index, String value) {
        out[index] = value;
        return null;
    }

    private static String integer(String value, String[] out, int index) {
        int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        if (start == value.length()) {
            return "not a whole number";
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "not a whole number";
            }
        }
        int significant = start;
        while (significant < value.length() - 1 && value.charAt(significant) == '0') {
            significant++;
        }
        if (value.length() - significant > 9) {
            return "whole number too large (at most 9 digits)";
        }
        boolean canonical = value.charAt(0) != '+' && significant == start && !value.equals("-0");
        return set(out, index, canonical ? value : Integer.toString(Integer.parseInt(value)));
    }

    private static String number(String value, String[] out, int index) {
        int i = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
        int digits = 0;
        int leadingZeros = 0;
        int decimals = -1;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                if (c == '0' && digits == leadingZeros && decimals < 0) {
                    leadingZeros++;
                }
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                return "not a number (write digits with an optional decimal point, e.g. 2450.5)";
            }
        }
        if (digits == 0) {
            return "not a number";
        }
        if (digits - leadingZeros - Math.max(decimals, 0) > 12) {
            return "number too large";
        }
        if (decimals > NUMBER_SCALE) {
            return "more than " + NUMBER_SCALE + " decimal places";
        }
        return set(out, index, value.charAt(0) == '+' ? value.substring(1) : value);
    }

    private static String date(String value, String[] out, int index) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return "not a date (expected YYYY-MM-DD)";
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return "not a date (expected YYYY-MM-DD between 1900 and 2100)";
        }
        return set(out, index, value);
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static String bool(String value, String[] out, int index) {
        if (value.equals("true") || value.equals("false")) {
            out[index] = value.length() == 4 ? "true" : "false";
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "1", "t" -> out[index] = "true";
            case "false", "n", "no", "0", "f" -> out[index] = "false";
            default -> {
                return "not a boolean (expected true/false, Y/N or 1/0)";
            }
        }
        return null;
    }

    private static String grade(String value, String[] out, int index) {
        var grade = Grades.parse(value);
        if (grade.isEmpty()) {
            return "not a grade (expected PK, KG or 1..12)";
        }
        return set(out, index, GRADE_TEXT[grade.getAsInt() - Grades.PK]);
    }

    private static String code(Column column, String value, String[] out, int index) {
        String code = value.toLowerCase(Locale.ROOT);
        if (!column.codes().contains(code)) {
            return "unknown code (allowed: " + column.codes().stream().sorted().collect(Collectors.joining(", ")) + ")";
        }
        return set(out, index, code);
    }

    private static String openCode(String value, String[] out, int index) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
                return "not a code (letters, digits, '_', '-' and '.' only)";
            }
        }
        return set(out, index, value.toLowerCase(Locale.ROOT));
    }

    private static String mark(String value, String[] out, int index) {
        String mark = value.toUpperCase(Locale.ROOT);
        boolean letter = mark.length() <= 2 && "ABCDF".indexOf(mark.charAt(0)) >= 0
                && (mark.length() == 1 || mark.charAt(1) == '+' || mark.charAt(1) == '-');
        if (!letter && !mark.equals("P") && !mark.equals("NP") && !mark.equals("I")) {
            return "not a mark (expected A..F with optional +/-, P, NP or I)";
        }
        return set(out, index, mark);
    }
}
