package org.flashlight.web.view;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.metric.ValueKind;

/**
 * A small line chart of one measure over the years, drawn as inline SVG by the page (no script). Only
 * shown values are plotted; a coded or hidden year is a gap, and the table beside the chart says why.
 * Rates use a fixed 0-100% axis, so two schools' charts compare; other measures span their own values.
 *
 * @param points  one per year, oldest first
 * @param dots    the plotted points in SVG coordinates
 * @param lines   segments between consecutive plotted years
 * @param summary the chart in words, for screen readers
 * @param low     the label of the bottom of the axis ("0%" for rates)
 * @param high    the label of its top
 */
public record TrendChart(List<TrendPoint> points, List<Dot> dots, List<Segment> lines, String summary, String low,
        String high) {
    public static final int WIDTH = 220;
    public static final int HEIGHT = 70;
    static final int PAD = 10;
    /** Room on the left for the axis labels. */
    static final int LEFT = 45;

    /** One year's public value: its display text and, when shown, the value (plotted, not sent by the API). */
    public record TrendPoint(int year, String display, @JsonIgnore Optional<BigDecimal> value) {
    }

    /** A plotted point; {@code label} is its tooltip. */
    public record Dot(String x, String y, String label) {
    }

    public record Segment(String x1, String y1, String x2, String y2) {
    }

    public TrendChart {
        points = List.copyOf(points);
        dots = List.copyOf(dots);
        lines = List.copyOf(lines);
    }

    /** The chart of {@code points}; {@code format} prints an axis end as the measure's values are printed. */
    public static TrendChart of(String measureLabel, ValueKind kind, List<TrendPoint> points,
            java.util.function.Function<BigDecimal, String> format) {
        return over(measureLabel + " by year", kind, points, Integer::toString, format);
    }

    /**
     * The chart of {@code points} whose {@code year} is any ordered step (a checkpoint month, say): {@code step} names
     * it in the tooltips and the summary, which starts with {@code title}.
     */
    public static TrendChart over(String title, ValueKind kind, List<TrendPoint> points,
            java.util.function.IntFunction<String> step, java.util.function.Function<BigDecimal, String> format) {
        List<BigDecimal> values = points.stream().flatMap(p -> p.value().stream()).toList();
        BigDecimal low = kind == ValueKind.RATE ? BigDecimal.ZERO
                : values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        BigDecimal high = kind == ValueKind.RATE ? BigDecimal.ONE
                : values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        List<Dot> dots = new ArrayList<>();
        List<Segment> lines = new ArrayList<>();
        Dot previous = null;
        for (int i = 0; i < points.size(); i++) {
            TrendPoint p = points.get(i);
            if (p.value().isEmpty()) {
                previous = null;
                continue;
            }
            Dot dot = new Dot(x(i, points.size()), y(p.value().get(), low, high), step.apply(p.year()) + ": " + p.display());
            if (previous != null) {
                lines.add(new Segment(previous.x(), previous.y(), dot.x(), dot.y()));
            }
            dots.add(dot);
            previous = dot;
        }
        StringBuilder summary = new StringBuilder(title).append(": ");
        for (int i = 0; i < points.size(); i++) {
            summary.append(i == 0 ? "" : ", ").append(step.apply(points.get(i).year())).append(' ')
                    .append(points.get(i).display());
        }
        return new TrendChart(points, dots, lines, summary.toString(), format.apply(low), format.apply(high));
    }

    private static String x(int index, int count) {
        int span = WIDTH - LEFT - PAD;
        int x = count <= 1 ? LEFT + span / 2 : LEFT + span * index / (count - 1);
        return Integer.toString(x);
    }

    /** SVG y grows downward: the high end of the axis is at the top. */
    private static String y(BigDecimal value, BigDecimal low, BigDecimal high) {
        BigDecimal range = high.subtract(low);
        BigDecimal share = range.signum() == 0 ? new BigDecimal("0.5")
                : value.subtract(low).divide(range, MathContext.DECIMAL64);
        BigDecimal y = BigDecimal.valueOf(HEIGHT - PAD).subtract(share.multiply(BigDecimal.valueOf(HEIGHT - 2 * PAD)));
        return y.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
