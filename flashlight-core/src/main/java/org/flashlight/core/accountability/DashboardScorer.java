package org.flashlight.core.accountability;

import static org.flashlight.core.accountability.Numbers.show;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flashlight.core.colors.Color;
import org.flashlight.core.colors.ColorPattern;
import org.flashlight.core.colors.DashboardColors;
import org.flashlight.core.colors.DashboardDesignations;
import org.flashlight.core.colors.GraduationCohorts;
import org.flashlight.core.colors.GroupSizeRule;
import org.flashlight.core.colors.IndicatorColor;
import org.flashlight.core.colors.IndicatorTable;
import org.flashlight.core.colors.Measurement;
import org.flashlight.core.colors.SchoolColors;
import org.flashlight.core.framework.Indicator;

/**
 * The California School Dashboard (CA-1 .. CA-3): each indicator's status (this year's value) and change
 * (against last year's) are placed on the framework's cut tables and read as a colour from its grid, for
 * all students and each group the framework lists; groups under 30 get no colour, groups under 150 the
 * small-group grid. No summative score: the rating is the tally of the all-students colours, and the CSI
 * and ATSI designations come from the colour patterns and the two-year graduation rate.
 */
final class DashboardScorer implements SystemScorer {
    private static final String GRADUATION_METRIC = "grad_4yr";
    private final DashboardColors colors = new DashboardColors(GroupSizeRule.california());

    @Override
    public LevelScore score(ScoringContext context, int year, String schoolId, String level) {
        List<ScoreLine> lines = new ArrayList<>();
        SortedMap<String, Color> allStudents = new TreeMap<>();
        SortedMap<String, SortedMap<String, Color>> groups = new TreeMap<>();
        for (Indicator indicator : context.scoring.indicatorsAt(level)) {
            IndicatorTable table = indicator.method().table();
            String metric = indicator.metrics().get(0);
            for (String group : context.scoring.weightedGroups()) {
                Optional<SchoolValue> current = context.value(year, schoolId, level, metric, group);
                if (current.isEmpty()) {
                    continue;
                }
                Optional<Measurement> prior = context.value(year - 1, schoolId, level, metric, group)
                        .map(DashboardScorer::measurement);
                IndicatorColor color = colors.color(table, measurement(current.get()), prior);
                lines.add(line(year, schoolId, level, indicator, metric, group, current.get(), color));
                color.color().ifPresent(c -> {
                    if (group.equals("all")) {
                        allStudents.put(indicator.id(), c);
                    } else {
                        groups.computeIfAbsent(group, g -> new TreeMap<>()).put(indicator.id(), c);
                    }
                });
            }
        }
        boolean titleI = context.profile(year, schoolId).map(SchoolProfile::titleI).orElse(false);
        Optional<GraduationCohorts> graduation = cohorts(context, year, schoolId, level);
        List<Designation> designations = DashboardDesignations.california()
                .designate(new SchoolColors(schoolId, titleI, allStudents, groups, graduation)).stream()
                .map(d -> new Designation(id(d), id(d) + " because " + d.rule())).toList();
        String rating = allStudents.isEmpty() ? "" : ColorPattern.tally(allStudents.values());
        return new LevelScore(null, rating, Map.of(), List.of(), designations, lines);
    }

    /** CA-3's two-year graduation rate: this year's and last year's 4-year cohorts, pooled. */
    private static Optional<GraduationCohorts> cohorts(ScoringContext context, int year, String schoolId, String level) {
        Optional<SchoolValue> current = context.value(year, schoolId, level, GRADUATION_METRIC, "all");
        Optional<SchoolValue> prior = context.value(year - 1, schoolId, level, GRADUATION_METRIC, "all");
        if (current.isEmpty()) {
            return Optional.empty();
        }
        long priorGraduates = prior.map(v -> v.numerator().longValueExact()).orElse(0L);
        long priorCohort = prior.map(v -> v.denominator().longValueExact()).orElse(0L);
        return Optional.of(new GraduationCohorts(priorGraduates, priorCohort,
                current.get().numerator().longValueExact(), current.get().denominator().longValueExact()));
    }

    private static Measurement measurement(SchoolValue v) {
        return new Measurement(v.value(), (int) Math.min(Integer.MAX_VALUE, v.students()));
    }

    private static String id(org.flashlight.core.colors.Designation d) {
        String kind = switch (d.kind()) {
            case DashboardDesignations.CSI_LOW_PERFORMING -> "csi";
            case DashboardDesignations.CSI_GRADUATION -> "csi_graduation";
            default -> "atsi";
        };
        return d.group().equals("all") ? kind : kind + ":" + d.group();
    }

    private static ScoreLine line(int year, String schoolId, String level, Indicator indicator, String metric,
            String group, SchoolValue value, IndicatorColor color) {
        String rule = "status " + color.statusLevel().orElse("-") + " (" + color.status().map(Numbers::show).orElse("")
                + "), change " + color.changeLevel().orElse("-") + " (" + color.change().map(Numbers::show).orElse("")
                + ")" + (color.smallGroupGrid() ? ", small-group grid" : "");
        String text = metric + " for " + group + ": " + show(value.value()) + " (" + value.students() + " students): "
                + color.color().map(c -> rule + " = " + c.label()).orElse("no colour: " + color.note());
        return new ScoreLine(year, schoolId, level, "color", group, indicator.id(), metric, value.value(),
                value.students(), color.color().map(Color::label).orElse(""), null, null, null, null, text);
    }

}
