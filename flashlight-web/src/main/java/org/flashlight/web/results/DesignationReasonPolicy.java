package org.flashlight.web.results;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.flashlight.core.group.StudentGroup;

/**
 * Whether the public may read a designation's reason as the run wrote it. A reason that names a student group
 * quotes that group's results ("tsi:swd because swd score 18.2 &lt;= csi cut 21.4"), so, as with
 * {@link ExplanationPolicy}, it is public only when every cell of that group at the school in that year is
 * {@link Visibility#SHOWN}; a group with no cell there counts as not shown (nothing says its results are
 * public). Groups are the catalog's and those of the school's cells; {@code all} is the school itself.
 */
public final class DesignationReasonPolicy {
    private DesignationReasonPolicy() {
    }

    /** The groups {@code reason} names whose cells are not all shown, by id: the reason is public when none. */
    public static List<String> withheldGroups(FrameworkRun run, String schoolId, int year, String reason) {
        List<PublicCell> cells = run.cellsOf("school", schoolId, year);
        TreeSet<String> groups = new TreeSet<>();
        StudentGroup.CATALOG.forEach(g -> groups.add(g.id()));
        cells.forEach(c -> groups.add(c.key().group()));
        groups.remove(StudentGroup.ALL.id());
        return groups.stream().filter(g -> names(reason, g)).filter(g -> {
            List<PublicCell> own = cells.stream().filter(c -> c.key().group().equals(g)).toList();
            return own.isEmpty() || !own.stream().allMatch(PublicCell::shown);
        }).toList();
    }

    /** Whether {@code text} has {@code groupId} as a whole word (ids are lower case letters, digits and _). */
    static boolean names(String text, String groupId) {
        return Pattern.compile("(?<![a-z0-9_])" + Pattern.quote(groupId) + "(?![a-z0-9_])").matcher(text).find();
    }
}
