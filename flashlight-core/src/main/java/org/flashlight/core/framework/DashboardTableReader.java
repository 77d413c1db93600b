package org.flashlight.core.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.colors.CaliforniaTables;
import org.flashlight.core.colors.Color;
import org.flashlight.core.colors.ColorGrid;
import org.flashlight.core.colors.CutScale;
import org.flashlight.core.colors.IndicatorTable;
import org.flashlight.core.colors.Unit;

/**
 * An indicator's Dashboard table in a framework file (CA-1, CA-2): {@code unit} (percent or points),
 * {@code status_cuts} and {@code change_cuts} (the four inclusive upper bounds of the five levels, on the
 * published scale: percent or points, one decimal), {@code grid} ({@code higher_is_better},
 * {@code lower_is_better}, or five rows of five colours, status ascending by value, change ascending) and
 * {@code source} (the published document: CA-2 asks every table to be cited). Without change cuts the
 * indicator is reported on status only.
 */
final class DashboardTableReader {
    private DashboardTableReader() {
    }

    static IndicatorTable read(Map<?, ?> i, String id, String path, FileProblems problems) {
        String unitText = problems.text(i.get("unit"), path + ".unit").orElse("percent");
        Unit unit = switch (unitText) {
            case "percent" -> Unit.PERCENT;
            case "points" -> Unit.POINTS;
            default -> {
                problems.add(path + ".unit", "expected percent or points, found '" + unitText + "'");
                yield Unit.PERCENT;
            }
        };
        String source = problems.text(i.get("source"), path + ".source").orElse(null);
        if (source == null) {
            problems.add(path + ".source", "required by method 'dashboard' (CA-2: cite the published table)");
        }
        Optional<CutScale> status = cuts(i.get("status_cuts"), CaliforniaTables.STATUS, path + ".status_cuts", problems);
        if (i.get("status_cuts") == null) {
            problems.add(path + ".status_cuts", "required by method 'dashboard': four upper bounds, e.g. "
                    + "[2.5, 5.0, 10.0, 20.0]");
        }
        if (i.get("change_cuts") == null) {
            return status.filter(s -> source != null).map(s -> IndicatorTable.statusOnly(id, unit, s, source))
                    .orElse(null);
        }
        Optional<CutScale> change = cuts(i.get("change_cuts"), CaliforniaTables.CHANGE, path + ".change_cuts", problems);
        Optional<ColorGrid> grid = grid(i.get("grid"), path + ".grid", problems);
        if (status.isEmpty() || change.isEmpty() || grid.isEmpty() || source == null) {
            return null;
        }
        return IndicatorTable.colored(id, unit, status.get(), change.get(), grid.get(), source);
    }

    private static Optional<CutScale> cuts(Object value, List<String> labels, String path, FileProblems problems) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof List<?> list) || list.size() != 4) {
            problems.add(path, "expected four upper bounds, lowest first, e.g. [2.5, 5.0, 10.0, 20.0]");
            return Optional.empty();
        }
        List<BigDecimal> bounds = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            problems.decimal(list.get(k), path + "[" + k + "]", "a number").ifPresent(bounds::add);
        }
        if (bounds.size() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CutScale(labels, bounds));
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<ColorGrid> grid(Object value, String path, FileProblems problems) {
        if ("higher_is_better".equals(value)) {
            return Optional.of(ColorGrid.higherIsBetter());
        }
        if ("lower_is_better".equals(value)) {
            return Optional.of(ColorGrid.lowerIsBetter());
        }
        if (!(value instanceof List<?> rows) || rows.size() != 5) {
            problems.add(path, "expected higher_is_better, lower_is_better or five rows of five colours");
            return Optional.empty();
        }
        List<List<Color>> grid = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            if (!(rows.get(r) instanceof List<?> row) || row.size() != 5) {
                problems.add(path + "[" + r + "]", "expected five colours (red, orange, yellow, green, blue)");
                return Optional.empty();
            }
            List<Color> colors = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                String name = String.valueOf(row.get(c)).toUpperCase(Locale.ROOT);
                try {
                    colors.add(Color.valueOf(name));
                } catch (IllegalArgumentException e) {
                    problems.add(path + "[" + r + "][" + c + "]", "'" + row.get(c) + "' is not a colour (red, orange, "
                            + "yellow, green, blue)");
                    return Optional.empty();
                }
            }
            grid.add(colors);
        }
        return Optional.of(new ColorGrid(grid));
    }
}
