package org.flashlight.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.web.results.PublicCell;

/**
 * How a page names and prints things: measure and group labels from the catalogs, and a public cell as
 * text. One definition, so a page, its CSV download and the API say the same.
 */
public final class Labels {
    /** What a suppressed cell shows, on the page and in downloads. */
    public static final String HIDDEN = "hidden";

    /** The catalog by id and the order of its metrics and groups, looked up on every page. */
    private static final Map<String, MetricDefinition> METRICS = MetricCatalog.METRICS.stream()
            .collect(Collectors.toUnmodifiableMap(MetricDefinition::id, m -> m, (a, b) -> a));
    private static final Map<String, Integer> METRIC_ORDER = indexOf(MetricCatalog.METRICS.stream()
            .map(MetricDefinition::id).toList());
    private static final Map<String, Integer> GROUP_ORDER = indexOf(StudentGroup.CATALOG.stream()
            .map(StudentGroup::id).toList());
    private static final Comparator<String> GROUPS = Comparator
            .<String>comparingInt(g -> GROUP_ORDER.getOrDefault(g, GROUP_ORDER.size()))
            .thenComparing(Comparator.naturalOrder());
    private static final Comparator<String> MEASURES = Comparator
            .<String>comparingInt(m -> METRIC_ORDER.getOrDefault(m, METRIC_ORDER.size()))
            .thenComparing(Comparator.naturalOrder());

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.putIfAbsent(ids.get(i), i);
        }
        return Map.copyOf(index);
    }

    private static Optional<MetricDefinition> definition(String metricId) {
        return Optional.ofNullable(METRICS.get(metricId));
    }

    private Labels() {
    }

    public static String measure(String metricId) {
        return definition(metricId).map(MetricDefinition::label).filter(l -> l != null && !l.isBlank())
                .orElse(metricId.replace('_', ' '));
    }

    public static String group(String groupId) {
        return StudentGroup.byId(groupId).map(StudentGroup::label).orElse(groupId.replace('_', ' '));
    }

    public static ValueKind kind(String metricId) {
        return definition(metricId).map(MetricDefinition::kind).orElse(ValueKind.MEAN);
    }

    public static Direction direction(String metricId) {
        return definition(metricId).map(MetricDefinition::direction).orElse(Direction.NONE);
    }

    /** "Higher is better", "Lower is better" or empty. */
    public static String directionText(String metricId) {
        return switch (direction(metricId)) {
            case HIGHER -> "Higher is better";
            case LOWER -> "Lower is better";
            case NONE -> "";
        };
    }

    /** Student groups in the catalog's order (all students first), then any others by id. */
    public static Comparator<String> groupOrder() {
        return GROUPS;
    }

    /** Measures in the catalog's order, then a framework's own by id. */
    public static Comparator<String> measureOrder() {
        return MEASURES;
    }

    /** The cell as the public sees it: the formatted value, its code, or {@value #HIDDEN}. */
    public static String display(PublicCell cell) {
        return switch (cell.visibility()) {
            case SHOWN -> value(cell.key().metric(), cell.value().orElseThrow());
            case CODED -> cell.code();
            case SUPPRESSED -> HIDDEN;
        };
    }

    /** A value of the metric: a rate as a percent with one decimal, a change in points, a mean as is. */
    public static String value(String metricId, BigDecimal value) {
        return switch (kind(metricId)) {
            case RATE -> percent(value) + "%";
            case CHANGE -> (value.signum() > 0 ? "+" : "") + percent(value) + " pts";
            case MEAN, MEDIAN -> oneDecimal(value);
        };
    }

    static String percent(BigDecimal proportion) {
        return oneDecimal(proportion.movePointRight(2));
    }

    static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A count with thousands separators ({@code 12,345}), whatever the locale. */
    public static String count(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + text;
    }
}
