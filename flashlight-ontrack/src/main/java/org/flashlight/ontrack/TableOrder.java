package org.flashlight.ontrack;

import java.util.Comparator;
import java.util.List;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.EntityLevel;

/** The reading order of the group tables: the state first, then districts, then schools; groups in catalog order. */
final class TableOrder {
    private static final List<String> LEVELS = List.of(EntityLevel.STATE.id(), EntityLevel.DISTRICT.id(),
            EntityLevel.SCHOOL.id());
    private static final List<String> GROUPS = StudentGroup.CATALOG.stream().map(StudentGroup::id).toList();

    static final Comparator<String> LEVEL = Comparator.comparingInt(TableOrder::levelRank)
            .thenComparing(Comparator.naturalOrder());
    static final Comparator<String> GROUP = Comparator.comparingInt(TableOrder::groupRank)
            .thenComparing(Comparator.naturalOrder());

    private TableOrder() {
    }

    /** The position of an item in the order given on the command line (metrics, comparisons). */
    static <T> Comparator<T> asListed(List<T> listed) {
        return Comparator.comparingInt(listed::indexOf);
    }

    private static int levelRank(String level) {
        int rank = LEVELS.indexOf(level);
        return rank < 0 ? LEVELS.size() : rank;
    }

    private static int groupRank(String group) {
        int rank = GROUPS.indexOf(group);
        return rank < 0 ? GROUPS.size() : rank;
    }
}
