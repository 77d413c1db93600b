package org.flashlight.core.disclosure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.flashlight.core.disclosure.Outcome.Reason;
import org.flashlight.core.disclosure.Outcome.Status;

/**
 * Public disclosure avoidance (outputs.md; rules, choices and sources in docs/disclosure.md). Every
 * public output passes its cells through {@link #apply}. Stateless and thread-safe.
 *
 * <ol>
 * <li>Primary suppression: a cell whose denominator is below {@code min_n_public} is hidden.</li>
 * <li>Coding: a rate in a coding band at or above its top code (at or below its bottom code) is
 * published only as {@code >= 95%} ({@code <= 5%}); its numerator and denominator are withheld, else
 * they would give the exact rate back (NCES 2011-603: underlying counts are not reported; Texas masks
 * both counts of a {@code >99%}). Means, medians and percentiles are never coded.</li>
 * <li>Complementary suppression, to a fixed point: every complement set is the equation
 * total = members + remainder. A term a reader cannot see is unknown: a suppressed or coded cell, and
 * the remainder (students in no member, never published) when it is not zero. An equation with a
 * single unknown gives it away, so whenever that single unknown must stay hidden (a hidden cell, or a
 * remainder below min n or in a coding band) the next smallest shown member is hidden as well
 * (smallest denominator, then key order), or the total when no member is left. Hiding a cell can
 * leave another set that holds it with a single unknown, so the sets are worked again, in name order,
 * until none changes.</li>
 * <li>Combinations: adding and subtracting several sets can give away a term that no set alone does
 * (two schools that each hide two groups, with the district's group totals: the classic "bridge" of
 * a table with margins). {@link LinearAudit} finds such a term exactly; of the shown cells of the
 * sets linked to it, the smallest (denominator, then key) whose hiding makes it underivable is hidden
 * (else the smallest), and steps 3 and 4 run again until nothing that must stay hidden is derivable.</li>
 * </ol>
 */
public final class Disclosure {

    private Disclosure() {
    }

    /**
     * Decides, for every cell, what a public view may publish. The result does not depend on the order
     * of {@code cells}, of {@code sets} or of a set's members.
     *
     * @throws IllegalArgumentException when two cells have the same key, two sets the same name, or a
     *                                  set's total has no cell while some of its members have one
     */
    public static <K extends Comparable<? super K>> DisclosureResult<K> apply(DisclosurePolicy policy,
            Collection<Cell<K>> cells, Collection<ComplementSet<K>> sets) {
        return apply(policy, cells, sets, Scope.SETS_AND_COMBINATIONS);
    }

    /** How far {@link #apply} protects hidden cells against subtraction. */
    public enum Scope {
        /** Steps 1-4: no hidden term can be derived from any combination of the sets. */
        SETS_AND_COMBINATIONS,
        /**
         * Steps 1-3 only: no single set gives a hidden term away. For large tables (a district's schools,
         * the state's districts), where the exact audit of step 4 grows with the cube of the hidden terms.
         */
        EACH_SET
    }

    /** As {@link #apply(DisclosurePolicy, Collection, Collection)}, with the protection of {@code scope}. */
    public static <K extends Comparable<? super K>> DisclosureResult<K> apply(DisclosurePolicy policy,
            Collection<Cell<K>> cells, Collection<ComplementSet<K>> sets, Scope scope) {
        Objects.requireNonNull(policy, "policy is null");
        Map<K, Cell<K>> cellsByKey = new TreeMap<>();
        for (Cell<K> cell : cells) {
            if (cellsByKey.putIfAbsent(cell.key(), cell) != null) {
                throw new IllegalArgumentException("two cells have the key " + cell.key());
            }
        }
        Map<K, Decision> decisions = new TreeMap<>();
        cellsByKey.values().forEach(cell -> decisions.put(cell.key(), primary(policy, cell)));

        List<Equation<K>> equations = equations(policy, cellsByKey, sets);
        Predicate<K> hidden = key -> decisions.get(key).hidden();
        Set<String> unresolved = new TreeSet<>(); // sets whose own subtraction cannot be stopped
        Set<String> unresolvedCombined = new TreeSet<>(); // sets holding a term that combinations give away
        Set<Object> unprotectable = new HashSet<>();
        while (true) {
            hideUntilNoSetLeaks(policy, equations, decisions, unresolved);
            if (scope == Scope.EACH_SET) {
                break;
            }
            LinearAudit audit = audit(equations, decisions);
            Optional<Object> derivable = audit.firstDerivable(unprotectable);
            if (derivable.isEmpty()) {
                break;
            }
            if (!hideBeside(derivable.get(), audit, equations, decisions)) {
                unprotectable.add(derivable.get());
                unresolvedCombined.add(audit.setsHolding(derivable.get()).get(0));
            }
        }
        unresolved.addAll(unresolvedCombined);

        List<Outcome<K>> outcomes = new ArrayList<>(cellsByKey.size());
        cellsByKey.values().forEach(cell -> outcomes.add(decisions.get(cell.key()).outcome(cell)));
        return new DisclosureResult<>(outcomes, List.copyOf(unresolved));
    }

    /** Step 3: hides cells until no set leaks on its own; sets are worked in name order until none changes. */
    private static <K extends Comparable<? super K>> void hideUntilNoSetLeaks(DisclosurePolicy policy,
            List<Equation<K>> equations, Map<K, Decision> decisions, Set<String> unresolved) {
        Predicate<K> hidden = key -> decisions.get(key).hidden();
        boolean changed;
        do {
            changed = false;
            for (Equation<K> equation : equations) {
                while (!unresolved.contains(equation.name()) && equation.leaks(policy, hidden)) {
                    Optional<K> next = equation.nextToHide(hidden);
                    if (next.isEmpty()) {
                        unresolved.add(equation.name());
                        break;
                    }
                    hide(next.get(), equation, decisions);
                    changed = true;
                }
            }
        } while (changed);
    }

    /**
     * Step 4: a term that only several sets together give away gets one more hidden cell: of the shown
     * cells of the sets linked to it, the smallest (denominator, then key) whose hiding leaves it
     * underivable, else the smallest (and the audit runs again).
     */
    private static <K extends Comparable<? super K>> boolean hideBeside(Object term, LinearAudit audit,
            List<Equation<K>> equations, Map<K, Decision> decisions) {
        Set<String> linked = audit.setsLinkedTo(term);
        List<Equation<K>> linkedEquations = equations.stream().filter(e -> linked.contains(e.name())).toList();
        List<Cell<K>> candidates = linkedEquations.stream()
                .flatMap(e -> Stream.concat(e.total().stream(), e.members().stream()))
                .filter(cell -> !decisions.get(cell.key()).hidden()).distinct()
                .sorted(Comparator.<Cell<K>>comparingLong(Cell::denominator).thenComparing(Cell::key))
                .toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Cell<K> choice = candidates.get(0);
        for (Cell<K> candidate : candidates) {
            decisions.put(candidate.key(), Decision.hidden(Reason.COMPLEMENTARY, null));
            boolean stillDerivable = audit(equations, decisions).derivable(term);
            decisions.put(candidate.key(), Decision.SHOWN);
            if (!stillDerivable) {
                choice = candidate;
                break;
            }
        }
        K key = choice.key();
        hide(key, linkedEquations.stream().filter(e -> e.involves(key)).findFirst().orElseThrow(), decisions);
        return true;
    }

    private static <K extends Comparable<? super K>> LinearAudit audit(List<Equation<K>> equations,
            Map<K, Decision> decisions) {
        Predicate<K> hidden = key -> decisions.get(key).hidden();
        return new LinearAudit(equations, decisions.keySet().stream().filter(hidden).toList(), hidden);
    }

    private static <K extends Comparable<? super K>> void hide(K key, Equation<K> equation, Map<K, Decision> decisions) {
        Reason reason = equation.isTotal(key) ? Reason.TOTAL_HIDDEN : Reason.COMPLEMENTARY;
        decisions.put(key, Decision.hidden(reason, equation.name()));
    }

    private static <K extends Comparable<? super K>> Decision primary(DisclosurePolicy policy, Cell<K> cell) {
        if (cell.denominator() < policy.minNPublic()) {
            return Decision.hidden(Reason.BELOW_MIN_N, null);
        }
        return code(policy, cell.kind(), cell.numerator(), cell.denominator(), cell.value())
                .orElse(Decision.SHOWN);
    }

    /** The coded decision for a rate whose share is at or beyond a code of its band, if any. */
    private static Optional<Decision> code(DisclosurePolicy policy, CellKind kind, OptionalLong numerator,
            long denominator, BigDecimal value) {
        if (!kind.coded()) {
            return Optional.empty();
        }
        return policy.bandFor(denominator).flatMap(band -> {
            // With counts, compare numerator with code x denominator: exact, whatever the value's rounding.
            BigDecimal share = numerator.isPresent() ? BigDecimal.valueOf(numerator.getAsLong()) : value;
            BigDecimal scale = numerator.isPresent() ? BigDecimal.valueOf(denominator) : BigDecimal.ONE;
            if (share.compareTo(band.topAtLeast().multiply(scale)) >= 0) {
                return Optional.of(new Decision(Status.TOP_CODED, null, null, ">= " + percent(band.topAtLeast()) + "%"));
            }
            if (share.compareTo(band.bottomAtMost().multiply(scale)) <= 0) {
                return Optional.of(new Decision(Status.BOTTOM_CODED, null, null, "<= " + percent(band.bottomAtMost()) + "%"));
            }
            return Optional.empty();
        });
    }

    private static String percent(BigDecimal proportion) {
        return proportion.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    private static <K extends Comparable<? super K>> List<Equation<K>> equations(DisclosurePolicy policy,
            Map<K, Cell<K>> cells, Collection<ComplementSet<K>> sets) {
        Set<String> names = new HashSet<>();
        List<Equation<K>> equations = new ArrayList<>();
        for (ComplementSet<K> set : sets) {
            if (!names.add(set.name())) {
                throw new IllegalArgumentException("two complement sets are named " + set.name());
            }
            List<Cell<K>> members = set.members().stream().filter(cells::containsKey).map(cells::get)
                    .sorted(Comparator.<Cell<K>>comparingLong(Cell::denominator).thenComparing(Cell::key))
                    .toList();
            if (members.isEmpty()) {
                continue; // no member has students: nothing to derive
            }
            Optional<Cell<K>> total = set.total().map(key -> {
                Cell<K> cell = cells.get(key);
                if (cell == null) {
                    throw new IllegalArgumentException(set.name() + ": the total " + key + " has no cell");
                }
                return cell;
            });
            equations.add(new Equation<>(set.name(), total, members, total.flatMap(t -> remainder(policy, t, members))));
        }
        equations.sort(Comparator.comparing(Equation::name));
        return equations;
    }

    /**
     * The students of the total in no member, if any. More students in the members than in the total
     * means they overlap (a district's pooled count, where a student at two schools counts once): the
     * set is then no exact equation, and is kept only as the stricter "hide two" rule.
     */
    private static <K extends Comparable<? super K>> Optional<Equation.Remainder> remainder(DisclosurePolicy policy,
            Cell<K> total, List<Cell<K>> members) {
        long students = total.denominator() - members.stream().mapToLong(Cell::denominator).sum();
        if (students <= 0) {
            return Optional.empty();
        }
        boolean sensitive = students < policy.minNPublic();
        if (!sensitive && total.hasCounts() && members.stream().allMatch(Cell::hasCounts)) {
            long met = total.numerator().getAsLong() - members.stream().mapToLong(m -> m.numerator().getAsLong()).sum();
            if (met >= 0 && met <= students) {
                BigDecimal value = BigDecimal.valueOf(met).divide(BigDecimal.valueOf(students), MathContext.DECIMAL64);
                sensitive = code(policy, CellKind.RATE, OptionalLong.of(met), students, value).isPresent();
            }
        }
        return Optional.of(new Equation.Remainder(students, sensitive));
    }

    /** The state of one cell while the rules run; {@code reason}, {@code set} and {@code display} may be null. */
    private record Decision(Status status, Reason reason, String set, String display) {

        static final Decision SHOWN = new Decision(Status.SHOWN, null, null, null);

        static Decision hidden(Reason reason, String set) {
            return new Decision(Status.SUPPRESSED, reason, set, "");
        }

        boolean hidden() {
            return status != Status.SHOWN;
        }

        <K extends Comparable<? super K>> Outcome<K> outcome(Cell<K> cell) {
            boolean shown = status == Status.SHOWN;
            return new Outcome<>(cell.key(), status, Optional.ofNullable(reason), Optional.ofNullable(set),
                    shown ? Optional.of(cell.value()) : Optional.empty(),
                    shown ? cell.value().toPlainString() : display);
        }
    }
}
