package org.flashlight.core.disclosure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.flashlight.core.group.StudentGroup;

/**
 * Cells whose students are disjoint parts of a total a reader can see, so that the total minus the
 * shown parts reveals what is hidden: the race groups of one school and metric with {@code all} as
 * total; {@code el} with {@code all} (the rest, "not el", follows by subtraction); the schools of a
 * district. Flashlight does not check that the members are disjoint, it assumes it.
 *
 * <p>With a {@code total} cell, whatever the members leave of it (students in no member: no race
 * code, not el) is an unpublished remainder that subtraction reveals when every other term is
 * shown; {@link Disclosure} protects it like a cell when it is small. Without one, the total is taken
 * to be published elsewhere, can never be hidden, and the members must add up to it exactly.
 *
 * @param name    a unique name, reported with complementary suppressions; sets are worked in name order
 * @param total   the cell holding the total (for example the {@code all} group), or empty when the
 *                total is public outside these cells
 * @param members the cells that are parts of the total; a key with no cell is a part with no students
 */
public record ComplementSet<K extends Comparable<? super K>>(String name, Optional<K> total, List<K> members) {

    public ComplementSet {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(total, "total is null (use Optional.empty())");
        members = List.copyOf(members);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a complement set needs a name");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException(name + ": a complement set needs at least one member");
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException(name + ": a member is listed twice");
        }
        if (total.isPresent() && members.contains(total.get())) {
            throw new IllegalArgumentException(name + ": the total " + total.get() + " is also a member");
        }
    }

    /** A set whose total is the cell {@code total} (for example the {@code all} group of the same school). */
    public static <K extends Comparable<? super K>> ComplementSet<K> withTotal(String name, K total, List<K> members) {
        return new ComplementSet<>(name, Optional.of(total), members);
    }

    /** A set whose members add up exactly to a total that is published elsewhere and cannot be hidden. */
    public static <K extends Comparable<? super K>> ComplementSet<K> withPublishedTotal(String name, List<K> members) {
        return new ComplementSet<>(name, Optional.empty(), members);
    }

    /**
     * The complement sets of one table of student groups (one year, entity and metric):
     * {@link StudentGroup#PARTITIONS}, each group turned into its cell's key.
     *
     * @param table a name for the table, prefixed to each partition's id to name the set
     * @param keyOf the key of the table's cell for a group
     */
    public static <K extends Comparable<? super K>> List<ComplementSet<K>> forStudentGroups(String table,
            Function<StudentGroup, K> keyOf) {
        return StudentGroup.PARTITIONS.stream()
                .map(p -> withTotal(table + " " + p.id(), keyOf.apply(p.whole()),
                        p.parts().stream().map(keyOf).toList()))
                .toList();
    }
}
