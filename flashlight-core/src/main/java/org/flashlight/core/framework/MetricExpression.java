package org.flashlight.core.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.flashlight.core.metric.Population;

/**
 * Checks a numerator or denominator a framework file writes before it becomes part of the engine's
 * SQL. A small tokenizer, not a parser: the expression may hold only the population's columns,
 * numbers, string literals in single quotes, comparison and arithmetic operators, parentheses, commas,
 * the keywords of {@link #KEYWORDS} and the functions of {@link #FUNCTIONS}. Anything else (a semicolon,
 * a comment, a quoted identifier, a subquery, a table or an unknown name) is refused, so a file can
 * neither read other data nor run a statement; with balanced parentheses it cannot leave the
 * {@code CAST(... AS DECIMAL)} the engine wraps it in. Syntax inside these limits (e.g. {@code a <})
 * is left to the database, which reports it when the metric is computed.
 *
 * <p>Stateless; thread-safe.
 */
public final class MetricExpression {
    /** SQL words an expression may use, upper or lower case. */
    public static final Set<String> KEYWORDS = Set.of("case", "when", "then", "else", "end", "and", "or", "not", "is",
            "null", "in", "between", "true", "false");
    /** Functions an expression may call. */
    public static final Set<String> FUNCTIONS = Set.of("abs", "coalesce", "greatest", "least");

    private static final List<String> OPERATORS = List.of("<=", ">=", "<>", "!=", "=", "<", ">", "+", "-", "*", "/",
            "%");

    private MetricExpression() {
    }

    /** The population's column names, in the order {@link Population#columns()} lists them. */
    public static List<String> columns(Population population) {
        return population.columnNames();
    }

    /**
     * The first problem of the expression over the population's columns, as a sentence without the file
     * and path (e.g. {@code unknown column 'days_absent' (population attendance has days_enrolled,
     * days_present)}); empty when the expression is allowed.
     */
    public static Optional<String> problem(String expression, Population population) {
        List<String> columns = columns(population);
        String text = expression;
        int depth = 0;
        boolean anyToken = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            anyToken = true;
            if (text.startsWith("--", i) || text.startsWith("/*", i)) {
                return Optional.of("comments are not allowed");
            }
            if (c == '\'') {
                int end = endOfString(text, i);
                if (end < 0) {
                    return Optional.of("a string literal is not closed (a ' is missing)");
                }
                i = end;
            } else if (isDigit(c)) {
                i = endOfNumber(text, i);
            } else if (isIdentifierStart(c)) {
                int end = i;
                while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                String word = text.substring(i, end);
                Optional<String> problem = wordProblem(word, nextIsOpenParenthesis(text, end), columns, population);
                if (problem.isPresent()) {
                    return problem;
                }
                i = end;
            } else if (c == '(' || c == ')') {
                depth += c == '(' ? 1 : -1;
                if (depth < 0) {
                    return Optional.of("unbalanced parentheses: ')' without '('");
                }
                i++;
            } else if (c == ',') {
                i++;
            } else {
                int start = i;
                String operator = OPERATORS.stream().filter(o -> text.startsWith(o, start)).findFirst().orElse(null);
                if (operator == null) {
                    return Optional.of("character '" + c + "' is not allowed");
                }
                i += operator.length();
            }
        }
        if (!anyToken) {
            return Optional.of("is empty");
        }
        if (depth != 0) {
            return Optional.of("unbalanced parentheses: " + depth + " '(' not closed");
        }
        return Optional.empty();
    }

    private static Optional<String> wordProblem(String word, boolean called, List<String> columns,
            Population population) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(lower)) { // also before '(': WHEN (a OR b), NOT (a), IN (1, 2)
            return Optional.empty();
        }
        if (called) {
            return FUNCTIONS.contains(lower) ? Optional.empty()
                    : Optional.of("function '" + word + "' is not allowed (allowed: "
                            + String.join(", ", FUNCTIONS.stream().sorted().toList()) + ")");
        }
        if (columns.contains(lower)) {
            return Optional.empty();
        }
        if (lower.equals("select") || lower.equals("from") || lower.equals("with")) {
            return Optional.of("subqueries are not allowed ('" + word + "'): use the population's columns");
        }
        return Optional.of("unknown column '" + word + "' (population " + population.id() + " has "
                + String.join(", ", columns) + ")");
    }

    /** The index after the closing quote of the literal starting at {@code start} ('' is a quote inside), or -1. */
    private static int endOfString(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** Digits with an optional fraction ({@code 0.905}); a letter after it starts a new word. */
    private static int endOfNumber(String text, int start) {
        int i = start;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean nextIsOpenParenthesis(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '(';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
