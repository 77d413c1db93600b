package org.flashlight.web.ontrack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.web.ontrack.AccessFile.User;
import org.flashlight.web.ontrack.Rows.GapTableRow;
import org.flashlight.web.ontrack.Rows.GroupRateRow;
import org.flashlight.web.ontrack.Rows.RollupRow;
import org.flashlight.web.ontrack.Rows.SchoolEntry;
import org.flashlight.web.ontrack.Rows.StudentRow;
import org.flashlight.web.ontrack.Rows.SupportRow;
import org.flashlight.web.view.Labels;
import org.flashlight.web.view.TrendChart;

/** Builds the internal pages from {@link OnTrackData}; no HTTP here. Stateless. */
public final class OnTrackViews {
    /** The 9th-grade measures a district lead reads by group (then any other measure of the report). */
    public static final List<String> NINTH_GRADE_MEASURES = List.of("ninth_grade_on_track", "ninth_grade_no_df",
            "ninth_grade_gpa_2_5", "hs_readiness");
    private static final List<String> ROLLUP_GROUPS = List.of("all", "target_group", "not_target_group");

    private OnTrackViews() {
    }

    // ------------------------------------------------------------------------------------ URLs

    public static String supportUrl(String schoolId) {
        return "/schools/" + encode(schoolId) + "/support";
    }

    public static String studentUrl(String schoolId, String studentId) {
        return "/schools/" + encode(schoolId) + "/students/" + encode(studentId);
    }

    public static String districtUrl(String districtId) {
        return "/districts/" + encode(districtId) + "/ontrack";
    }

    public static final String STATE_URL = "/state/ontrack";

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ------------------------------------------------------------------------------------ home

    public static StaffHomePage home(OnTrackData data, StaffAccess access, User user) {
        List<StaffHomePage.Link> districts = access.districts(user).stream()
                .map(d -> new StaffHomePage.Link(data.districtName(d), districtUrl(d), "")).toList();
        List<StaffHomePage.Link> schools = access.schools(user).stream()
                .map(s -> new StaffHomePage.Link(s.name(), supportUrl(s.id()), listedNote(data, s.id()))).toList();
        return new StaffHomePage(user.name(), user.scope().toString(), access.maySeeState(user), districts, schools,
                data.knowsDistricts());
    }

    private static String listedNote(OnTrackData data, String schoolId) {
        List<SupportRow> rows = data.supportList(schoolId);
        long newly = rows.stream().filter(SupportRow::newlyFlagged).count();
        return Labels.count(rows.size()) + " listed, " + Labels.count(newly) + " new since the last update";
    }

    // ------------------------------------------------------------------------------------ support list

    /** {@code indicator}: an indicator id, or empty for every indicator. */
    public static SupportListPage supportList(OnTrackData data, SchoolEntry school, String indicator) {
        List<SupportRow> all = data.supportList(school.id());
        List<SupportListPage.Line> lines = all.stream().filter(r -> indicator.isEmpty() || r.indicator().equals(indicator))
                .map(r -> line(school.id(), r)).toList();
        List<SupportListPage.Choice> choices = new ArrayList<>();
        choices.add(new SupportListPage.Choice("All (" + all.size() + ")", supportUrl(school.id()), indicator.isEmpty()));
        for (OnTrackIndicator i : OnTrackIndicator.values()) {
            long n = all.stream().filter(r -> r.indicator().equals(i.id())).count();
            choices.add(new SupportListPage.Choice(Words.indicator(i.id()) + " (" + n + ")",
                    supportUrl(school.id()) + "?indicator=" + i.id(), indicator.equals(i.id())));
        }
        int year = all.stream().mapToInt(SupportRow::schoolYear).max()
                .orElse(data.studentRows(school.id()).stream().mapToInt(StudentRow::schoolYear).max().orElse(0));
        String query = indicator.isEmpty() ? "" : "?indicator=" + indicator;
        return new SupportListPage(school.id(), school.name(), school.districtName(), year, indicator, choices, lines,
                lines.stream().filter(SupportListPage.Line::newSinceLastUpdate).count(),
                supportUrl(school.id()) + ".csv" + query, supportUrl(school.id()) + ".xlsx" + query);
    }

    static SupportListPage.Line line(String schoolId, SupportRow r) {
        List<String> reasons = r.reasons().stream().map(Words::reason).toList();
        // the file's why starts with the reasons in words; the page shows them once, in their own column
        List<String> why = Words.items(r.why()).stream().filter(w -> !reasons.contains(w)).toList();
        return new SupportListPage.Line(r.studentId(), studentUrl(schoolId, r.studentId()), Words.indicator(r.indicator()),
                Words.checkpoint(r.checkpointMonth()), Words.percent(r.probability()),
                Words.percent(r.previousProbability()),
                r.previousProbability().map(p -> Words.points(r.probability().subtract(p))).orElse(""),
                r.newlyFlagged(), reasons, why, Words.items(r.strengths()));
    }

    // ------------------------------------------------------------------------------------ one student

    public static Optional<StudentPage> student(OnTrackData data, SchoolEntry school, String studentId) {
        List<StudentRow> rows = data.studentRows(school.id()).stream().filter(r -> r.studentId().equals(studentId))
                .toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<StudentPage.Indicator> indicators = new ArrayList<>();
        for (int grade : List.of(8, 9)) { // grade 9: progress checkpoints, then the end of year, as one line
            List<StudentRow> mine = rows.stream().filter(r -> indicatorOf(r).grade() == grade)
                    .sorted(Comparator.comparingInt(StudentRow::checkpointMonth)
                            .thenComparing(r -> indicatorOf(r).ordinal())).toList();
            if (!mine.isEmpty()) {
                indicators.add(indicator(grade, mine));
            }
        }
        Optional<SupportListPage.Line> listed = data.supportList(school.id()).stream()
                .filter(r -> r.studentId().equals(studentId)).findFirst().map(r -> line(school.id(), r));
        return Optional.of(new StudentPage(school.id(), school.name(), studentId, rows.get(0).schoolYear(),
                supportUrl(school.id()), indicators, listed));
    }

    private static OnTrackIndicator indicatorOf(StudentRow row) {
        return OnTrackIndicator.fromId(row.indicator()).orElseThrow(); // checked when read
    }

    /** A checkpoint's name: its month, and "end of year" for the end-of-year indicator. */
    private static String checkpointName(StudentRow r) {
        return Words.checkpoint(r.checkpointMonth())
                + (indicatorOf(r) == OnTrackIndicator.PROGRESS_MONITORING ? "" : ", end of year");
    }

    /** One grade's section: grade 8's risk diagnostic, or grade 9's progress checkpoints and end of year. */
    private static StudentPage.Indicator indicator(int grade, List<StudentRow> rows) {
        String id = grade == 8 ? OnTrackIndicator.RISK_DIAGNOSTIC.id() : "grade_9";
        String label = grade == 8 ? Words.indicator(id) : "Grade 9: progress during the year and at its end";
        List<StudentPage.Checkpoint> checkpoints = rows.stream().map(r -> new StudentPage.Checkpoint(
                checkpointName(r), Words.percent(r.probability()), Words.percent(r.previousProbability()),
                r.previousProbability().map(p -> Words.points(r.probability().subtract(p))).orElse(""),
                r.ruleMet().map(met -> met ? "on track" : "not yet").orElse(""))).toList();
        Optional<TrendChart> chart = rows.size() < 2 ? Optional.empty() : Optional.of(TrendChart.over(
                "Probability by checkpoint", ValueKind.RATE, rows.stream().map(r -> new TrendChart.TrendPoint(
                        rows.indexOf(r), Words.percent(r.probability()), Optional.of(r.probability()))).toList(),
                i -> checkpointName(rows.get(i)), v -> Words.percent(v).replace(".0%", "%")));
        StudentRow latest = rows.get(rows.size() - 1);
        List<StudentPage.Component> components = latest.ruleMet().isEmpty() ? List.of()
                : Words.components(grade).stream().map(c -> new StudentPage.Component(
                        Words.component(c, grade), !latest.unmetComponents().contains(c))).toList();
        List<StudentPage.Outcome> others = new ArrayList<>();
        latest.pGraduation().ifPresent(p -> others.add(new StudentPage.Outcome(outcome(OnTrackOutcome.GRADUATION), Words.percent(p))));
        latest.pCollegeEnrollment().ifPresent(p -> others.add(new StudentPage.Outcome(outcome(OnTrackOutcome.COLLEGE_ENROLLMENT), Words.percent(p))));
        latest.pAgCompletion().ifPresent(p -> others.add(new StudentPage.Outcome(outcome(OnTrackOutcome.A_G_COMPLETION), Words.percent(p))));
        return new StudentPage.Indicator(id, label, checkpoints, chart,
                grade == 8 ? "8th-grade high-school readiness" : "9th-grade on track", components,
                latest.topFactors().stream().map(Words::factor).toList(), others);
    }

    /** "Graduating in four years": the outcome's own words, capitalized. */
    private static String outcome(OnTrackOutcome outcome) {
        String words = outcome.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ------------------------------------------------------------------------------------ district and state

    public static SystemPage district(OnTrackData data, StaffAccess access, User user, String districtId) {
        String name = data.districtName(districtId);
        List<SystemPage.Unit> units = data.schoolsOfDistrict(districtId).stream().map(s -> new SystemPage.Unit(s.id(),
                s.name(), access.maySeeSchool(user, s.id()) ? supportUrl(s.id()) : "", count(data.supportList(s.id()).size()),
                count(data.supportList(s.id()).stream().filter(SupportRow::newlyFlagged).count()),
                meanEndOfYear(data, "school", s.id()))).toList();
        List<String> notes = new ArrayList<>(reportNotes(data));
        if (!data.knowsDistricts()) {
            notes.add("The schools of this district are not listed: the server was started without the schools' "
                    + "districts (give it --results with a run folder, or put the bundle's schools.csv in the score folder).");
        }
        return system(data, "district", districtId, name, "Schools of " + name, units, notes);
    }

    public static SystemPage state(OnTrackData data) {
        List<SystemPage.Unit> units = data.districtIds().stream().map(d -> {
            List<SchoolEntry> schools = data.schoolsOfDistrict(d);
            long listed = schools.stream().mapToLong(s -> data.supportList(s.id()).size()).sum();
            long newly = schools.stream().mapToLong(s -> data.supportList(s.id()).stream()
                    .filter(SupportRow::newlyFlagged).count()).sum();
            return new SystemPage.Unit(d, data.districtName(d), districtUrl(d), schools.isEmpty() ? "" : count(listed),
                    schools.isEmpty() ? "" : count(newly), meanEndOfYear(data, "district", d));
        }).toList();
        return system(data, "state", "state", "the state", "Districts", units, reportNotes(data));
    }

    private static SystemPage system(OnTrackData data, String level, String entityId, String name, String unitsHeading,
            List<SystemPage.Unit> units, List<String> notes) {
        return new SystemPage("On track: " + name, level, entityId, name, rollups(data.rollup(level, entityId)),
                rates(data.groupRates(level, entityId)), gaps(data.gaps(level, entityId)), unitsHeading, units, notes);
    }

    private static List<String> reportNotes(OnTrackData data) {
        List<String> notes = new ArrayList<>();
        if (!data.hasReport()) {
            notes.add("No report folder was given: the 9th-grade rates by group and the gap tables come from "
                    + "flashlight ontrack report --results (serve with --report).");
        } else {
            if (!data.hasGroupRates()) {
                notes.add("The report folder has no group_rates.csv: the rates by group are not shown.");
            }
            if (!data.hasGapTables()) {
                notes.add("The report folder has no gap_tables.csv: the target-group gaps are not shown.");
            }
        }
        return notes;
    }

    private static String meanEndOfYear(OnTrackData data, String level, String entityId) {
        return data.rollup(level, entityId).stream()
                .filter(r -> r.indicator().equals(OnTrackIndicator.END_OF_YEAR.id()) && r.group().equals("all"))
                .max(Comparator.comparingInt(RollupRow::schoolYear)).map(r -> Words.percent(r.meanProbability())).orElse("");
    }

    /** Per indicator, its latest year: all students, the target group, the rest, and the gap between the two. */
    static List<SystemPage.Rollup> rollups(List<RollupRow> rows) {
        List<SystemPage.Rollup> rollups = new ArrayList<>();
        for (OnTrackIndicator indicator : OnTrackIndicator.values()) {
            List<RollupRow> mine = rows.stream().filter(r -> r.indicator().equals(indicator.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            int year = mine.stream().mapToInt(RollupRow::schoolYear).max().orElseThrow();
            Map<String, RollupRow> byGroup = new TreeMap<>(Comparator.comparingInt((String g) -> ROLLUP_GROUPS.contains(g)
                    ? ROLLUP_GROUPS.indexOf(g) : ROLLUP_GROUPS.size()).thenComparing(g -> g));
            mine.stream().filter(r -> r.schoolYear() == year).forEach(r -> byGroup.put(r.group(), r));
            List<SystemPage.RollupLine> lines = byGroup.values().stream().map(r -> new SystemPage.RollupLine(
                    Words.group(r.group()), count(r.students()), Words.percent(r.meanProbability()),
                    Words.percent(r.belowThreshold()), Words.percent(r.ruleMet()), Words.points(r.changeOverYear())))
                    .toList();
            RollupRow target = byGroup.get("target_group");
            RollupRow rest = byGroup.get("not_target_group");
            boolean pair = target != null && rest != null;
            rollups.add(new SystemPage.Rollup(Words.indicator(indicator.id()), year, lines,
                    pair ? Words.points(target.meanProbability().subtract(rest.meanProbability())) : "",
                    pair && target.ruleMet().isPresent() && rest.ruleMet().isPresent()
                            ? Words.points(target.ruleMet().get().subtract(rest.ruleMet().get())) : "",
                    // the gap now minus the gap at the first update: the target group's change minus the rest's
                    pair ? Words.points(target.changeOverYear().subtract(rest.changeOverYear())) : ""));
        }
        return rollups;
    }

    static List<SystemPage.Rates> rates(List<GroupRateRow> rows) {
        List<SystemPage.Rates> rates = new ArrayList<>();
        for (String metric : metrics(rows.stream().map(GroupRateRow::metric))) {
            List<GroupRateRow> mine = rows.stream().filter(r -> r.metric().equals(metric)).toList();
            int year = mine.stream().mapToInt(GroupRateRow::schoolYear).max().orElseThrow();
            List<SystemPage.RateLine> lines = mine.stream().filter(r -> r.schoolYear() == year)
                    .sorted(Comparator.comparing(GroupRateRow::group, Labels.groupOrder()))
                    .map(r -> new SystemPage.RateLine(Words.group(r.group()), count(r.denominator()),
                            Words.percentUnits(r.percent()), r.percentPriorYear().map(Words::percentUnits).orElse(""),
                            r.changePoints().map(Words::signedPoints).orElse("")))
                    .toList();
            rates.add(new SystemPage.Rates(metric, Words.measure(metric), year, lines));
        }
        return rates;
    }

    static List<SystemPage.Gap> gaps(List<GapTableRow> rows) {
        List<SystemPage.Gap> gaps = new ArrayList<>();
        for (String metric : metrics(rows.stream().map(GapTableRow::metric))) {
            List<GapTableRow> mine = rows.stream().filter(r -> r.metric().equals(metric)).toList();
            int year = mine.stream().mapToInt(GapTableRow::schoolYear).max().orElseThrow();
            mine.stream().filter(r -> r.schoolYear() == year).findFirst().ifPresent(r -> gaps.add(new SystemPage.Gap(
                    metric, Words.measure(metric), year, Words.percentUnits(r.groupPercent()), count(r.groupN()),
                    Words.percentUnits(r.comparisonPercent()), count(r.comparisonN()), Words.signedPoints(r.gapPoints()),
                    r.gapPointsPriorYear().map(Words::signedPoints).orElse(""),
                    r.gapChange().map(Words::signedPoints).orElse(""))));
        }
        return gaps;
    }

    /** The 9th-grade measures first, in {@link #NINTH_GRADE_MEASURES}' order, then any other by id. */
    private static List<String> metrics(Stream<String> ids) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        ids.sorted(Comparator.comparingInt((String m) -> NINTH_GRADE_MEASURES.contains(m)
                ? NINTH_GRADE_MEASURES.indexOf(m) : NINTH_GRADE_MEASURES.size()).thenComparing(m -> m))
                .forEach(m -> seen.put(m, true));
        return List.copyOf(seen.keySet());
    }

    private static String count(long n) {
        return Labels.count(n);
    }

}
