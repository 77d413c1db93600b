package org.flashlight.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.flashlight.core.metric.Direction;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.DesignationReasonPolicy;
import org.flashlight.web.results.ExplanationLine;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.PublicCell;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;
import org.flashlight.web.results.SchoolOutcome;
import org.flashlight.web.view.ReportCardPage.ComparisonRow;
import org.flashlight.web.view.ReportCardPage.DesignationView;
import org.flashlight.web.view.ReportCardPage.ExplanationView;
import org.flashlight.web.view.ReportCardPage.GroupValue;
import org.flashlight.web.view.ReportCardPage.MeasureView;
import org.flashlight.web.view.ReportCardPage.SimilarSchoolView;

/** Builds a school's {@link ReportCardPage} from the public results. Stateless. */
public final class ReportCards {
    /** How many years a trend covers, the report card's three. */
    public static final int TREND_YEARS = 3;

    private ReportCards() {
    }

    public static ReportCardPage build(ResultsLibrary library, FrameworkRun run, School school, int year) {
        List<Choice> frameworks = library.runs().stream().filter(r -> r.school(school.id()).isPresent())
                .map(r -> new Choice(r.name(), Urls.school(school.id(), r.id(),
                        r.years().contains(year) ? year : r.latestYear()), r.id().equals(run.id()))).toList();
        List<Choice> years = run.years().stream()
                .map(y -> new Choice(Integer.toString(y), Urls.school(school.id(), run.id(), y), y == year)).toList();
        List<SchoolOutcome> outcomes = run.outcomesOf(school.id(), year);
        List<String> metrics = metricsOf(run, school.id(), year);
        List<School> similar = SimilarSchools.of(run, school, year).stream().map(SimilarSchools.Match::school).toList();
        return new ReportCardPage(school.id(), school.name(), school.districtName(),
                Urls.district(school.districtId(), run.id(), year), school.grades(), run.id(), run.name(), year,
                frameworks, years, rating(outcomes), score(outcomes), designations(run, outcomes),
                comparedWithState(run, school, year, metrics, true), comparedWithState(run, school, year, metrics, false),
                measures(run, school, year, metrics), comparison(run, school, year, metrics, similar),
                similar(run, similar, year), explanations(run.explanationsOf(school.id(), year)),
                run.withheldExplanationsOf(school.id(), year), run.minNPublic(),
                Urls.schoolTable(school.id(), run.id(), year, "csv"), Urls.schoolTable(school.id(), run.id(), year, "xlsx"),
                Urls.schoolPdf(school.id(), run.id(), year), Urls.state(run.id(), year));
    }

    /** The measures the school has a result for this year: the catalog's order, then others by id. */
    static List<String> metricsOf(FrameworkRun run, String schoolId, int year) {
        return run.cellsOf("school", schoolId, year).stream().map(c -> c.key().metric()).distinct()
                .sorted(Labels.measureOrder()).toList();
    }

    private static String rating(List<SchoolOutcome> outcomes) {
        return String.join("; ", outcomes.stream().map(o -> o.frameworkLevel().isEmpty() || outcomes.size() == 1
                ? o.rating() : o.frameworkLevel() + ": " + o.rating()).filter(r -> !r.isBlank()).toList());
    }

    private static String score(List<SchoolOutcome> outcomes) {
        return String.join("; ", outcomes.stream().flatMap(o -> o.score().stream()
                .map(s -> (outcomes.size() == 1 ? "" : o.frameworkLevel() + ": ")
                        + s.setScale(1, RoundingMode.HALF_UP).toPlainString())).toList());
    }

    private static List<DesignationView> designations(FrameworkRun run, List<SchoolOutcome> outcomes) {
        List<DesignationView> views = new ArrayList<>();
        for (SchoolOutcome outcome : outcomes) {
            for (String id : outcome.designations()) {
                DesignationGuide.Entry entry = DesignationGuide.of(id);
                // a school scored under two levels (a DC K-8) can hold a designation at each: say which
                String level = outcomes.size() > 1 && !outcome.frameworkLevel().isEmpty()
                        ? " (" + outcome.frameworkLevel() + " grades)" : "";
                views.add(new DesignationView("d-" + (views.size() + 1), id, DesignationGuide.title(id) + level,
                        entry.meaning(),
                        publicReason(run, outcome, id), entry.exit()));
            }
        }
        return views;
    }

    /**
     * Why the school holds designation {@code id}, as the public may read it ({@link DesignationReasonPolicy}):
     * the run's reason, or, when it quotes a group whose results are not all published, a sentence saying so.
     */
    static String publicReason(FrameworkRun run, SchoolOutcome outcome, String id) {
        String reason = reasonFor(id, outcome.detail());
        List<String> withheld = DesignationReasonPolicy.withheldGroups(run, outcome.schoolId(), outcome.year(), reason);
        if (withheld.isEmpty()) {
            return reason;
        }
        List<String> names = withheld.stream().map(Labels::group).toList();
        return "The " + String.join(" and ", names) + (names.size() == 1 ? " group's" : " groups'")
                + " results meet this rule; the numbers are withheld to protect student privacy.";
    }

    /** The part of the run's detail about this designation ({@code detail} lists one reason per designation). */
    static String reasonFor(String id, String detail) {
        for (String part : detail.split("; (?=[a-z_]+(:[a-z_]+)? because)")) {
            if (part.startsWith(id + " ")) {
                return part;
            }
        }
        return detail;
    }

    private static List<MeasureView> measures(FrameworkRun run, School school, int year, List<String> metrics) {
        Map<String, List<PublicCell>> byMetric = new java.util.HashMap<>();
        for (PublicCell cell : run.cellsOf("school", school.id(), year)) {
            byMetric.computeIfAbsent(cell.key().metric(), m -> new ArrayList<>()).add(cell);
        }
        List<MeasureView> views = new ArrayList<>();
        for (String metric : metrics) {
            List<GroupValue> groups = byMetric.getOrDefault(metric, List.of()).stream()
                    .sorted(Comparator.comparing(c -> c.key().group(), Labels.groupOrder()))
                    .map(c -> groupValue(c, run.color(c.key()).orElse(""))).toList();
            views.add(new MeasureView(metric, Labels.measure(metric), Labels.directionText(metric), groups,
                    trend(run, CellKey.school(year, school.id(), metric, "all"))));
        }
        return views;
    }

    /** {@code color}: the framework's colour for the cell, or empty. */
    static GroupValue groupValue(PublicCell cell, String color) {
        String label = Labels.group(cell.key().group());
        if (cell.key().group().equals("lowest_race") && !cell.groupDetail().isEmpty()) {
            label += " (" + Labels.group(cell.groupDetail()) + ")";
        }
        String scored = cell.metricLevel().isPresent() ? "Level " + cell.metricLevel().getAsInt() + " of 10"
                : cell.points().map(p -> p.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                        + " points").orElse(color);
        return new GroupValue(cell.key().group(), label, Labels.display(cell),
                cell.students().isPresent() ? Labels.count(cell.students().getAsLong()) : "", scored,
                switch (cell.visibility()) {
                    case SHOWN -> "shown";
                    case CODED -> "coded";
                    case SUPPRESSED -> "hidden";
                }, scored.equals(color) ? color.toLowerCase(java.util.Locale.ROOT) : "");
    }

    /** The last {@value #TREND_YEARS} years up to {@code key}'s, as public values. */
    static TrendChart trend(FrameworkRun run, CellKey key) {
        List<TrendChart.TrendPoint> points = new ArrayList<>();
        for (int y : new TreeSet<>(run.years().headSet(key.year() + 1)).descendingSet()) {
            if (points.size() == TREND_YEARS) {
                break;
            }
            Optional<PublicCell> cell = run.cell(key.inYear(y));
            points.add(0, new TrendChart.TrendPoint(y, cell.map(Labels::display).orElse("no result"),
                    cell.flatMap(PublicCell::value)));
        }
        return TrendChart.of(Labels.measure(key.metric()), Labels.kind(key.metric()), points,
                v -> Labels.value(key.metric(), v));
    }

    private static List<ComparisonRow> comparison(FrameworkRun run, School school, int year, List<String> metrics,
            List<School> similar) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (String metric : metrics) {
            CellKey own = CellKey.school(year, school.id(), metric, "all");
            rows.add(new ComparisonRow(metric, Labels.measure(metric), display(run, own),
                    display(run, own.forEntity("district", school.districtId())),
                    display(run, own.forEntity("state", "state")), similarMedian(run, own, similar)));
        }
        return rows;
    }

    private static String display(FrameworkRun run, CellKey key) {
        return run.cell(key).map(Labels::display).orElse("no result");
    }

    /** The median of the similar schools' shown values (the mean of the middle two for an even count). */
    static String similarMedian(FrameworkRun run, CellKey own, List<School> similar) {
        List<BigDecimal> values = similar.stream()
                .flatMap(s -> run.cell(own.forEntity("school", s.id())).flatMap(PublicCell::value).stream())
                .sorted().toList();
        if (values.isEmpty()) {
            return "no result";
        }
        int n = values.size();
        BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(BigDecimal.TWO);
        return Labels.value(own.metric(), median) + " (" + n + (n == 1 ? " school)" : " schools)");
    }

    private static List<SimilarSchoolView> similar(FrameworkRun run, List<School> similar, int year) {
        return similar.stream().map(s -> {
            SimilarSchools.Profile p = SimilarSchools.profile(run, s.id(), year);
            return new SimilarSchoolView(s.name(), Urls.school(s.id(), run.id(), year),
                    share("economically disadvantaged", p.econ()) + "; " + share("English learners", p.el()) + "; "
                            + share("students with disabilities", p.swd()));
        }).toList();
    }

    private static String share(String what, Optional<BigDecimal> share) {
        return share.map(s -> Labels.percent(s) + "% " + what).orElse(what + " not published");
    }

    /**
     * Measures where the school's all-students value is better ({@code better}) or worse than the state's, both
     * shown: "Chronic absence: 12.0% (state 15.2%)". Strengths and weaknesses side by side, never a ranking.
     */
    static List<String> comparedWithState(FrameworkRun run, School school, int year, List<String> metrics,
            boolean better) {
        List<String> lines = new ArrayList<>();
        for (String metric : metrics) {
            Direction direction = Labels.direction(metric);
            CellKey own = CellKey.school(year, school.id(), metric, "all");
            Optional<BigDecimal> mine = run.cell(own).flatMap(PublicCell::value);
            Optional<BigDecimal> state = run.cell(own.forEntity("state", "state")).flatMap(PublicCell::value);
            if (direction == Direction.NONE || mine.isEmpty() || state.isEmpty()) {
                continue;
            }
            int sign = mine.get().compareTo(state.get()) * (direction == Direction.HIGHER ? 1 : -1);
            if (better ? sign > 0 : sign < 0) {
                lines.add(Labels.measure(metric) + ": " + Labels.value(metric, mine.get()) + " (state "
                        + Labels.value(metric, state.get()) + ")");
            }
        }
        return lines;
    }

    /** The public lines grouped by indicator, in the run's order; the score's lines last. */
    static List<ExplanationView> explanations(List<ExplanationLine> lines) {
        Map<String, List<String>> byHeading = new LinkedHashMap<>();
        for (ExplanationLine line : lines) {
            String heading = line.step().equals("score") ? "The score"
                    : line.indicator().isEmpty() ? "Student groups" : Labels.measure(line.indicator());
            byHeading.computeIfAbsent(heading, h -> new ArrayList<>()).add(line.text());
        }
        return byHeading.entrySet().stream().map(e -> new ExplanationView(e.getKey(), e.getValue())).toList();
    }
}
