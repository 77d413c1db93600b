package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The problems found in one framework file, each {@code file: path: message} (FW-1), and the typed
 * reads of the values of a parsed YAML tree (maps, lists, strings, numbers, booleans) that record a
 * problem instead of throwing. Not thread-safe: one per file read.
 */
final class FileProblems {
    /** Metric ids and test codes: they become SQL names and literals, so nothing else may get in. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    private final String file;
    private final List<String> problems = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    void add(String path, String message) {
        problems.add(file + ": " + path + ": " + message);
    }

    List<String> all() {
        return List.copyOf(problems);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** One problem per key of the mapping that is not in {@code known}. */
    void unknownKeys(Map<?, ?> mapping, String prefix, Set<String> known) {
        for (Object key : mapping.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                add(prefix + key, "unknown key (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A scalar as text (a YAML number or boolean as written); a mapping or list is a problem. */
    Optional<String> text(Object value, String path) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            add(path, "expected text, found a " + (value instanceof Map<?, ?> ? "mapping" : "list"));
            return Optional.empty();
        }
        return Optional.of(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    }

    /** A whole number from {@code min} to {@code max}. */
    Optional<Integer> integer(Object value, String path, int min, int max, String what) {
        BigInteger whole = value instanceof Integer || value instanceof Long || value instanceof Short
                ? BigInteger.valueOf(((Number) value).longValue())
                : value instanceof BigInteger b ? b : null;
        if (whole == null || whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0) {
            add(path, "expected " + what + ", found '" + value + "'");
            return Optional.empty();
        }
        return Optional.of(whole.intValueExact());
    }

    /** A number, exactly as written (YAML floats are read as decimals, never doubles). */
    Optional<BigDecimal> decimal(Object value, String path, String what) {
        BigDecimal number = switch (value) {
            case BigDecimal d -> d;
            case BigInteger b -> new BigDecimal(b);
            case Integer i -> BigDecimal.valueOf(i);
            case Long l -> BigDecimal.valueOf(l);
            case Double d -> new BigDecimal(d.toString());
            case null, default -> null;
        };
        if (number == null) {
            add(path, "expected " + what + ", found '" + value + "'");
        }
        return Optional.ofNullable(number);
    }

    Optional<Boolean> bool(Object value, String path) {
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        add(path, "expected true or false, found '" + value + "'");
        return Optional.empty();
    }

    /** A non-empty list of codes ({@link #CODE}), e.g. test codes. */
    Optional<List<String>> codes(Object value, String path, String what) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            add(path, "expected a list of one or more " + what + ", e.g. [sbac, parcc]");
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < list.size(); i++) {
            String code = String.valueOf(list.get(i));
            if (!CODE.matcher(code).matches()) {
                add(path + "[" + i + "]", "'" + code + "' is not a test code (lower-case letters, digits and _)");
                valid = false;
            }
            codes.add(code);
        }
        return valid ? Optional.of(codes) : Optional.empty();
    }
}
