package org.flashlight.web.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which lines of score_explanations the public may read. A line quotes values and numbers of students,
 * so it is public only when every cell it rests on is {@link Visibility#SHOWN}:
 * <ul>
 * <li>a value line ({@code metric} or {@code color} step with a group) when its cell is shown, and for a
 * {@code color} line (a change from the prior year) also the prior year's cell when there is one;</li>
 * <li>a line that combines the groups of one indicator (no group) when every value line of that indicator is
 * public; a line about one group (no indicator) when every value line of that group is public;</li>
 * <li>the {@code score} line when the framework publishes its score.</li>
 * </ul>
 * Withheld lines are counted, so the page can say that part of the calculation is withheld.
 */
public final class ExplanationPolicy {
    /** A raw line of score_explanations, as the run wrote it. */
    public record RawLine(ExplanationLine line) {
        boolean isValueLine() {
            return !line.group().isEmpty() && !line.metric().isEmpty()
                    && (line.step().equals("metric") || line.step().equals("color"));
        }
    }

    /** The public lines and how many were withheld, per school and year. */
    public record Result(List<ExplanationLine> publicLines, Map<String, Integer> withheldBySchoolYear) {
        public Result {
            publicLines = List.copyOf(publicLines);
            withheldBySchoolYear = Map.copyOf(withheldBySchoolYear);
        }

        public static String key(String schoolId, int year) {
            return schoolId + "/" + year;
        }
    }

    private ExplanationPolicy() {
    }

    /**
     * @param lines        every line of one run, in file order (kept)
     * @param shown        whether a school cell is shown, asked with the line's framework level (a school
     *                     scored under two levels) or the whole-school row
     * @param publishScore the framework's publish_score
     */
    public static Result apply(List<ExplanationLine> lines, Predicate<ScopedKey> shown, boolean publishScore) {
        Map<String, Boolean> indicatorPublic = new TreeMap<>();
        Map<String, Boolean> groupPublic = new TreeMap<>();
        for (ExplanationLine line : lines) {
            if (isValueLine(line)) {
                boolean open = valueLinePublic(line, shown);
                indicatorPublic.merge(scope(line) + "|i|" + line.indicator(), open, Boolean::logicalAnd);
                groupPublic.merge(scope(line) + "|g|" + line.group(), open, Boolean::logicalAnd);
            }
        }
        List<ExplanationLine> open = new ArrayList<>();
        Map<String, Integer> withheld = new TreeMap<>();
        for (ExplanationLine line : lines) {
            boolean isPublic;
            if (isValueLine(line)) {
                isPublic = valueLinePublic(line, shown);
            } else if (line.step().equals("score")) {
                isPublic = publishScore;
            } else if (!line.indicator().isEmpty()) {
                isPublic = indicatorPublic.getOrDefault(scope(line) + "|i|" + line.indicator(), true);
            } else if (!line.group().isEmpty()) {
                isPublic = groupPublic.getOrDefault(scope(line) + "|g|" + line.group(), true);
            } else {
                isPublic = false; // a line that names neither: nothing shows it rests on public cells only
            }
            if (isPublic) {
                open.add(line);
            } else {
                withheld.merge(Result.key(line.schoolId(), line.year()), 1, Integer::sum);
            }
        }
        return new Result(open, withheld);
    }

    /** A school cell asked for at one framework level (empty: the whole school). */
    public record ScopedKey(CellKey key, String frameworkLevel) {
    }

    private static boolean isValueLine(ExplanationLine line) {
        return new RawLine(line).isValueLine();
    }

    private static boolean valueLinePublic(ExplanationLine line, Predicate<ScopedKey> shown) {
        CellKey key = CellKey.school(line.year(), line.schoolId(), line.metric(), line.group());
        if (!shown.test(new ScopedKey(key, line.frameworkLevel()))) {
            return false;
        }
        // a colour rests on the change from the prior year: that year's value must be public as well
        return !line.step().equals("color") || shown.test(new ScopedKey(key.inYear(line.year() - 1),
                line.frameworkLevel())) || line.text().contains("no prior-year value");
    }

    private static String scope(ExplanationLine line) {
        return line.schoolId() + "|" + line.year() + "|" + line.frameworkLevel();
    }
}
