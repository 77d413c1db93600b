package org.flashlight.core.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One complement set as the equation a reader can subtract with: total = members + remainder, the
 * members smallest first (denominator, then key). Without a total cell the total is a published
 * constant and there is no remainder.
 *
 * @param name      the set's name
 * @param total     the total's cell, if the total is one of the cells
 * @param members   the members that have a cell, smallest first
 * @param remainder the students of the total in no member, when there are any
 */
record Equation<K extends Comparable<? super K>>(String name, Optional<Cell<K>> total, List<Cell<K>> members,
        Optional<Remainder> remainder) {

    /** The unpublished rest of a total; sensitive when it would itself be suppressed or coded. */
    record Remainder(long students, boolean sensitive) {
    }

    boolean involves(K key) {
        return total.map(Cell::key).filter(key::equals).isPresent()
                || members.stream().anyMatch(member -> member.key().equals(key));
    }

    /**
     * Whether subtraction within this set gives away something that must stay hidden: its only unknown
     * term, or (with the hidden-sum rule and a visible total) the hidden members together below min n.
     */
    boolean leaks(DisclosurePolicy policy, Predicate<K> hidden) {
        int unknown = 0;
        int mustStayHidden = 0;
        long hiddenStudents = 0;
        for (Cell<K> member : members) {
            if (hidden.test(member.key())) {
                unknown++;
                mustStayHidden++;
                hiddenStudents += member.denominator();
            }
        }
        boolean totalHidden = total.isPresent() && hidden.test(total.get().key());
        if (totalHidden) {
            unknown++;
            mustStayHidden++;
        }
        if (remainder.isPresent()) {
            unknown++;
            mustStayHidden += remainder.get().sensitive() ? 1 : 0;
            hiddenStudents += remainder.get().students();
        }
        if (unknown == 1 && mustStayHidden == 1) {
            return true;
        }
        return policy.hiddenSumAtLeastMinN() && !totalHidden && mustStayHidden > 0
                && hiddenStudents < policy.minNPublic();
    }

    /** The cell to hide next: the smallest shown member, else the total if shown. */
    Optional<K> nextToHide(Predicate<K> hidden) {
        Optional<K> member = members.stream().map(Cell::key).filter(key -> !hidden.test(key)).findFirst();
        if (member.isPresent()) {
            return member;
        }
        return total.map(Cell::key).filter(key -> !hidden.test(key));
    }

    boolean isTotal(K key) {
        return total.isPresent() && total.get().key().equals(key);
    }
}
