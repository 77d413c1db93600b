package org.flashlight.web.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.PublicCell;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;
import org.flashlight.web.results.SchoolOutcome;
import org.flashlight.web.view.DashboardPage.Bin;
import org.flashlight.web.view.DashboardPage.DesignatedSchool;
import org.flashlight.web.view.DashboardPage.Gap;
import org.flashlight.web.view.DashboardPage.Row;

/** Builds the district and state {@link DashboardPage}s. Stateless. */
public final class Dashboards {
    /** The columns a dashboard sorts by. Name is the default: a dashboard is not a league table. */
    public static final Set<String> SORT_KEYS = Set.of("name", "value", "score", "rating", "designations");
    static final int BINS = 10;

    private Dashboards() {
    }

    /**
     * @param districtId the district, or empty for the state
     * @param metric     the measure of the value column; empty: the first the schools have
     */
    public static DashboardPage build(ResultsLibrary library, FrameworkRun run, Optional<String> districtId, int year,
            String metric, String sort, boolean descending) {
        List<School> schools = run.schools().stream()
                .filter(s -> districtId.isEmpty() || s.districtId().equals(districtId.get())).toList();
        List<String> metrics = sortedLikeCatalog(schools.stream()
                .flatMap(s -> ReportCards.metricsOf(run, s.id(), year).stream()).distinct().toList());
        String chosen = metrics.contains(metric) ? metric : metrics.isEmpty() ? "" : metrics.get(0);
        String sortKey = SORT_KEYS.contains(sort) ? sort : "name";
        String scope = districtId.isPresent() ? "district" : "state";
        String entity = districtId.orElse("state");
        String title = districtId.map(d -> schools.stream().findFirst().map(School::districtName).orElse(d))
                .orElse("State");
        List<Row> rows = sorted(run, schools, year, chosen, sortKey, descending);
        return new DashboardPage(scope, entity, title, run.id(), run.name(), year,
                library.runs().stream().map(r -> new Choice(r.name(), url(scope, entity, r.id(),
                        r.years().contains(year) ? year : r.latestYear()), r.id().equals(run.id()))).toList(),
                run.years().stream().map(y -> new Choice(Integer.toString(y), url(scope, entity, run.id(), y), y == year))
                        .toList(),
                metricChoices(metrics, chosen), chosen, chosen.isEmpty() ? "" : Labels.measure(chosen), sortKey,
                descending, run.publishScore(), rows, distribution(run, schools, year, chosen),
                (int) schools.stream().filter(s -> value(run, s, year, chosen).isEmpty()).count(),
                gaps(run, scope, entity, year, chosen), designated(run, schools, year), districts(run, year),
                Urls.dashboardTable(scope, entity, run.id(), year, chosen, "csv"),
                Urls.dashboardTable(scope, entity, run.id(), year, chosen, "xlsx"));
    }

    private static List<String> sortedLikeCatalog(List<String> metrics) {
        return metrics.stream().sorted(Labels.measureOrder()).toList();
    }

    private static String url(String scope, String entity, String framework, int year) {
        return scope.equals("state") ? Urls.state(framework, year) : Urls.district(entity, framework, year);
    }

    private static List<Choice> metricChoices(List<String> metrics, String chosen) {
        return metrics.stream().map(m -> new Choice(Labels.measure(m), m, m.equals(chosen))).toList();
    }

    private static Optional<BigDecimal> value(FrameworkRun run, School school, int year, String metric) {
        return run.cell(CellKey.school(year, school.id(), metric, "all")).flatMap(PublicCell::value);
    }

    /** The rows in the asked order; schools without a public value (or score) sort last either way. */
    static List<Row> sorted(FrameworkRun run, List<School> schools, int year, String metric, String sort,
            boolean descending) {
        Comparator<School> byName = Comparator.comparing(School::name).thenComparing(School::id);
        Comparator<School> order = switch (sort) {
            case "value" -> nullsLast(s -> value(run, s, year, metric), descending);
            case "score" -> nullsLast(s -> outcome(run, s, year).flatMap(SchoolOutcome::score), descending);
            case "rating" -> textOrder(s -> outcome(run, s, year).map(SchoolOutcome::rating).orElse(""), descending);
            case "designations" -> textOrder(s -> designationsText(run, s, year), descending);
            default -> descending ? byName.reversed() : byName;
        };
        return schools.stream().sorted(order.thenComparing(byName)).map(s -> row(run, s, year, metric)).toList();
    }

    private static Comparator<School> nullsLast(java.util.function.Function<School, Optional<BigDecimal>> key,
            boolean descending) {
        Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(s -> key.apply(s).orElse(null), Comparator.nullsLast(values));
    }

    private static Comparator<School> textOrder(java.util.function.Function<School, String> key, boolean descending) {
        Comparator<String> text = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(s -> key.apply(s).isEmpty() ? null : key.apply(s), Comparator.nullsLast(text));
    }

    private static Optional<SchoolOutcome> outcome(FrameworkRun run, School school, int year) {
        return run.outcomesOf(school.id(), year).stream().findFirst();
    }

    private static String designationsText(FrameworkRun run, School school, int year) {
        return String.join(", ", run.outcomesOf(school.id(), year).stream()
                .flatMap(o -> o.designations().stream()).map(DesignationGuide::title).toList());
    }

    private static Row row(FrameworkRun run, School school, int year, String metric) {
        Optional<SchoolOutcome> outcome = outcome(run, school, year);
        return new Row(school.id(), school.name(), Urls.school(school.id(), run.id(), year), school.type(),
                run.cell(CellKey.school(year, school.id(), metric, "all")).map(Labels::display).orElse("no result"),
                outcome.map(SchoolOutcome::rating).orElse(""),
                outcome.flatMap(SchoolOutcome::score).map(s -> s.setScale(1, RoundingMode.HALF_UP).toPlainString())
                        .orElse(""),
                designationsText(run, school, year));
    }

    /**
     * How many schools' shown values fall in each of {@value #BINS} equal bins: 0-100% for rates, the values'
     * range otherwise. A value on a bin's upper bound counts in the next bin (the last bin is closed).
     */
    static List<Bin> distribution(FrameworkRun run, List<School> schools, int year, String metric) {
        List<BigDecimal> values = schools.stream().flatMap(s -> value(run, s, year, metric).stream()).toList();
        if (values.isEmpty()) {
            return List.of();
        }
        boolean rate = Labels.kind(metric) == ValueKind.RATE;
        BigDecimal low = rate ? BigDecimal.ZERO : values.stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = rate ? BigDecimal.ONE : values.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal width = high.subtract(low).divide(BigDecimal.valueOf(BINS), MathContext.DECIMAL64);
        int[] counts = new int[BINS];
        for (BigDecimal v : values) {
            int bin = width.signum() == 0 ? 0
                    : v.subtract(low).divide(width, MathContext.DECIMAL64).setScale(0, RoundingMode.FLOOR).intValue();
            counts[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        int most = java.util.Arrays.stream(counts).max().orElse(1);
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            BigDecimal from = low.add(width.multiply(BigDecimal.valueOf(i)));
            BigDecimal to = low.add(width.multiply(BigDecimal.valueOf(i + 1)));
            bins.add(new Bin(Labels.value(metric, from) + " to " + Labels.value(metric, to), counts[i],
                    most == 0 ? 0 : 100 * counts[i] / most));
        }
        return bins;
    }

    /** Each group's value at the district or state and its difference from all students, both shown. */
    static List<Gap> gaps(FrameworkRun run, String scope, String entity, int year, String metric) {
        Optional<BigDecimal> all = run.cell(new CellKey(year, scope, entity, metric, "all")).flatMap(PublicCell::value);
        return run.cellsOf(scope, entity, year).stream().filter(c -> c.key().metric().equals(metric))
                .filter(c -> !c.key().group().equals("all"))
                .sorted(Comparator.comparing(c -> c.key().group(), Labels.groupOrder()))
                .map(c -> new Gap(Labels.group(c.key().group()), Labels.display(c),
                        c.value().isPresent() && all.isPresent() ? gapText(metric, c.value().get().subtract(all.get()))
                                : ""))
                .toList();
    }

    private static String gapText(String metric, BigDecimal difference) {
        String sign = difference.signum() > 0 ? "+" : "";
        return Labels.kind(metric) == ValueKind.RATE ? sign + Labels.percent(difference) + " pts"
                : sign + Labels.oneDecimal(difference);
    }

    private static List<DesignatedSchool> designated(FrameworkRun run, List<School> schools, int year) {
        List<DesignatedSchool> list = new ArrayList<>();
        for (School school : schools) {
            for (SchoolOutcome outcome : run.outcomesOf(school.id(), year)) {
                for (String id : outcome.designations()) {
                    list.add(new DesignatedSchool(school.name(), Urls.school(school.id(), run.id(), year),
                            DesignationGuide.title(id), ReportCards.publicReason(run, outcome, id)));
                }
            }
        }
        return list;
    }

    static List<Choice> districts(FrameworkRun run, int year) {
        TreeMap<String, String> names = new TreeMap<>();
        run.schools().forEach(s -> names.putIfAbsent(s.districtName() + "\u0000" + s.districtId(), s.districtId()));
        return names.entrySet().stream().map(e -> new Choice(e.getKey().substring(0, e.getKey().indexOf('\u0000')),
                Urls.district(e.getValue(), run.id(), year), false)).toList();
    }
}
