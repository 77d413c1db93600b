package org.flashlight.core.disclosure;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The outcome of {@link Disclosure#apply} for every cell, in key order, and the complement sets that
 * could not be protected.
 *
 * @param outcomes       one per cell, in key order
 * @param unresolvedSets names of sets where a hidden term stays derivable however much is hidden: a set
 *                       without a total cell (its total is published elsewhere) with a single member,
 *                       or, with the hidden-sum rule, with members that together stay below min n;
 *                       rarer, a set holding a term that several sets together give away when no
 *                       shown cell is left beside it. Do not publish those sets' cells and totals as
 *                       they are: merge their groups or drop the total
 */
public record DisclosureResult<K extends Comparable<? super K>>(List<Outcome<K>> outcomes, List<String> unresolvedSets) {

    public DisclosureResult {
        outcomes = List.copyOf(outcomes);
        unresolvedSets = List.copyOf(unresolvedSets);
    }

    /** The outcome of the cell with this key (a binary search: the outcomes are in key order). */
    public Outcome<K> outcome(K key) {
        int low = 0;
        int high = outcomes.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = outcomes.get(middle).key().compareTo(key);
            if (order == 0) {
                return outcomes.get(middle);
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        throw new NoSuchElementException("no cell " + key);
    }

    /** Every outcome by key. */
    public Map<K, Outcome<K>> byKey() {
        return outcomes.stream().collect(Collectors.toUnmodifiableMap(Outcome::key, Function.identity()));
    }

    public long suppressedCount() {
        return outcomes.stream().filter(Outcome::suppressed).count();
    }
}
