package org.flashlight.core.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds a hidden term that a reader can work out by adding and subtracting several sets' equations,
 * though none of them alone has a single unknown (docs/disclosure.md, "Combining sets"). A term is
 * derivable when its unit vector lies in the row space of the equations' coefficients over the
 * unknown terms; that is decided by Gaussian elimination, per group of equations that share unknowns,
 * modulo the prime 2^61 - 1 (an error there needs a minor of the matrix divisible by that prime, and
 * would then only hide one cell too many or, vanishingly rarely, one too few).
 */
final class LinearAudit {

    private static final long PRIME = (1L << 61) - 1;

    private final List<Object> terms = new ArrayList<>();
    private final Map<Object, Integer> column = new HashMap<>();
    private final List<Boolean> mustStayHidden = new ArrayList<>();
    private final List<List<String>> setsOfTerm = new ArrayList<>();
    private final List<int[]> rows = new ArrayList<>(); // per equation: +(column + 1) for the total, -(column + 1) for the rest
    private final List<String> rowSets = new ArrayList<>();
    private final boolean[] derivable;
    private final int[] group;

    /** The remainder of the set named {@code set}, as a term. */
    record Rest(String set) {
    }

    /**
     * @param hiddenKeys the hidden cells, in key order: the unknowns, with the sets' nonzero remainders
     * @param hidden     whether a cell is hidden
     */
    <K extends Comparable<? super K>> LinearAudit(List<Equation<K>> equations, List<K> hiddenKeys, Predicate<K> hidden) {
        for (K key : hiddenKeys) {
            addTerm(key, true);
        }
        for (Equation<K> equation : equations) {
            equation.remainder().ifPresent(r -> addTerm(new Rest(equation.name()), r.sensitive()));
        }
        for (Equation<K> equation : equations) {
            List<Integer> unknown = new ArrayList<>();
            equation.total().map(Cell::key).filter(hidden).ifPresent(key -> unknown.add(column.get(key) + 1));
            equation.members().stream().map(Cell::key).filter(hidden).forEach(key -> unknown.add(-column.get(key) - 1));
            equation.remainder().ifPresent(r -> unknown.add(-column.get(new Rest(equation.name())) - 1));
            unknown.forEach(signed -> setsOfTerm.get(Math.abs(signed) - 1).add(equation.name()));
            if (!unknown.isEmpty()) {
                rows.add(unknown.stream().mapToInt(Integer::intValue).toArray());
                rowSets.add(equation.name());
            }
        }
        group = groups(terms.size(), rows);
        derivable = derivable(terms.size(), rows, group);
    }

    private void addTerm(Object term, boolean mustStay) {
        column.put(term, terms.size());
        terms.add(term);
        mustStayHidden.add(mustStay);
        setsOfTerm.add(new ArrayList<>());
    }

    /** The first derivable term that must stay hidden (hidden cells in key order, then remainders), but {@code ignored}. */
    Optional<Object> firstDerivable(Set<Object> ignored) {
        for (int c = 0; c < terms.size(); c++) {
            if (derivable[c] && mustStayHidden.get(c) && !ignored.contains(terms.get(c))) {
                return Optional.of(terms.get(c));
            }
        }
        return Optional.empty();
    }

    boolean derivable(Object term) {
        return derivable[column.get(term)];
    }

    /** The sets that hold the term, in the order of the equations (by name). */
    List<String> setsHolding(Object term) {
        return setsOfTerm.get(column.get(term));
    }

    /** The sets whose unknowns are linked to the term through shared unknowns: where a combination can run. */
    Set<String> setsLinkedTo(Object term) {
        int termGroup = group[column.get(term)];
        Set<String> sets = new TreeSet<>();
        for (int r = 0; r < rows.size(); r++) {
            if (group[Math.abs(rows.get(r)[0]) - 1] == termGroup) {
                sets.add(rowSets.get(r));
            }
        }
        return sets;
    }

    /** Unknowns that share an equation, directly or through others, are in one group (union-find). */
    private static int[] groups(int columns, List<int[]> rows) {
        int[] parent = new int[columns];
        for (int c = 0; c < columns; c++) {
            parent[c] = c;
        }
        for (int[] row : rows) {
            for (int signed : row) {
                parent[find(parent, Math.abs(signed) - 1)] = find(parent, Math.abs(row[0]) - 1);
            }
        }
        for (int c = 0; c < columns; c++) {
            parent[c] = find(parent, c);
        }
        return parent;
    }

    /**
     * For each of {@code columns} unknowns, whether the equations fix its value; a row lists its
     * unknowns as +(column + 1) or -(column + 1) for a coefficient of +1 or -1.
     */
    private static boolean[] derivable(int columns, List<int[]> rows, int[] group) {
        Map<Integer, List<int[]>> rowsByGroup = new HashMap<>();
        Map<Integer, List<Integer>> columnsByGroup = new HashMap<>();
        for (int[] row : rows) {
            rowsByGroup.computeIfAbsent(group[Math.abs(row[0]) - 1], g -> new ArrayList<>()).add(row);
        }
        for (int c = 0; c < columns; c++) {
            columnsByGroup.computeIfAbsent(group[c], g -> new ArrayList<>()).add(c);
        }
        boolean[] derivable = new boolean[columns];
        rowsByGroup.forEach((id, groupRows) -> eliminate(columnsByGroup.get(id), groupRows, derivable));
        return derivable;
    }

    private static void eliminate(List<Integer> groupColumns, List<int[]> groupRows, boolean[] derivable) {
        Map<Integer, Integer> local = new HashMap<>();
        for (int i = 0; i < groupColumns.size(); i++) {
            local.put(groupColumns.get(i), i);
        }
        int width = groupColumns.size();
        long[][] matrix = new long[groupRows.size()][width];
        for (int r = 0; r < groupRows.size(); r++) {
            for (int signed : groupRows.get(r)) {
                matrix[r][local.get(Math.abs(signed) - 1)] = signed > 0 ? 1 : PRIME - 1;
            }
        }
        int rank = 0;
        int[] pivotColumn = new int[matrix.length];
        for (int c = 0; c < width && rank < matrix.length; c++) {
            int pivot = rank;
            while (pivot < matrix.length && matrix[pivot][c] == 0) {
                pivot++;
            }
            if (pivot == matrix.length) {
                continue;
            }
            long[] swap = matrix[rank];
            matrix[rank] = matrix[pivot];
            matrix[pivot] = swap;
            long inverse = power(matrix[rank][c], PRIME - 2);
            for (int j = 0; j < width; j++) {
                matrix[rank][j] = multiply(matrix[rank][j], inverse);
            }
            for (int r = 0; r < matrix.length; r++) {
                long factor = matrix[r][c];
                if (r != rank && factor != 0) {
                    for (int j = 0; j < width; j++) {
                        matrix[r][j] = subtract(matrix[r][j], multiply(factor, matrix[rank][j]));
                    }
                }
            }
            pivotColumn[rank++] = c;
        }
        // In reduced row echelon form a unit vector lies in the row space only as a row of its own.
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (long value : matrix[r]) {
                nonZero += value == 0 ? 0 : 1;
            }
            if (nonZero == 1) {
                derivable[groupColumns.get(pivotColumn[r])] = true;
            }
        }
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    private static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        long folded = ((high << 3) | (low >>> 61)) + (low & PRIME);
        folded = (folded & PRIME) + (folded >>> 61);
        return folded >= PRIME ? folded - PRIME : folded;
    }

    private static long subtract(long a, long b) {
        long difference = a - b;
        return difference < 0 ? difference + PRIME : difference;
    }

    private static long power(long base, long exponent) {
        long result = 1;
        while (exponent > 0) {
            if ((exponent & 1) == 1) {
                result = multiply(result, base);
            }
            base = multiply(base, base);
            exponent >>= 1;
        }
        return result;
    }
}
