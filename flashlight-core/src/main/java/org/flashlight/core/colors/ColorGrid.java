package org.flashlight.core.colors;

import java.util.ArrayList;
import java.util.List;

/**
 * The five-by-five colored table: {@code rows.get(status).get(change)}, both indexed in ascending order
 * of the value as in {@link CutScale} (status 0 = lowest value, change 0 = largest decline).
 */
public record ColorGrid(List<List<Color>> rows) {

    public ColorGrid {
        if (rows.size() != CutScale.LEVELS || rows.stream().anyMatch(row -> row.size() != CutScale.LEVELS)) {
            throw new IllegalArgumentException("a color grid has 5 rows of 5 colors");
        }
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Color color(int statusLevel, int changeLevel) {
        return rows.get(statusLevel).get(changeLevel);
    }

    /**
     * The grid CDE publishes for every indicator of the 2023 Dashboard, written from the best cell:
     * {@code best.get(s).get(c)} with s = 0 the best status and c = 0 the best change. The chronic
     * absenteeism table of 2023 reads, from the "Very Low" row and the "Declined Significantly" column:
     * Blue Blue Blue Green Yellow / Blue Green Green Yellow Orange / Green Green Yellow Orange Orange /
     * Yellow Yellow Orange Orange Red / Yellow Orange Red Red Red.
     */
    static final List<List<Color>> BEST_FIRST = List.of(
            List.of(Color.BLUE, Color.BLUE, Color.BLUE, Color.GREEN, Color.YELLOW),
            List.of(Color.BLUE, Color.GREEN, Color.GREEN, Color.YELLOW, Color.ORANGE),
            List.of(Color.GREEN, Color.GREEN, Color.YELLOW, Color.ORANGE, Color.ORANGE),
            List.of(Color.YELLOW, Color.YELLOW, Color.ORANGE, Color.ORANGE, Color.RED),
            List.of(Color.YELLOW, Color.ORANGE, Color.RED, Color.RED, Color.RED));

    /** The standard grid for an indicator where higher values are better (ELA, math, graduation...). */
    public static ColorGrid higherIsBetter() {
        return orient(BEST_FIRST, true);
    }

    /** The standard grid for an indicator where lower values are better (chronic absenteeism, suspension). */
    public static ColorGrid lowerIsBetter() {
        return orient(BEST_FIRST, false);
    }

    /** Reindexes a best-first grid to ascending value order. */
    static ColorGrid orient(List<List<Color>> bestFirst, boolean higherIsBetter) {
        List<List<Color>> rows = new ArrayList<>();
        for (int status = 0; status < CutScale.LEVELS; status++) {
            List<Color> row = new ArrayList<>();
            for (int change = 0; change < CutScale.LEVELS; change++) {
                int s = higherIsBetter ? CutScale.LEVELS - 1 - status : status;
                int c = higherIsBetter ? CutScale.LEVELS - 1 - change : change;
                row.add(bestFirst.get(s).get(c));
            }
            rows.add(row);
        }
        return new ColorGrid(rows);
    }
}
