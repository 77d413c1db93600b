package org.flashlight.web.ontrack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flashlight.core.ontrack.OnTrackCuts;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.SchoolMonths;
import org.flashlight.core.ontrack.SupportListRule;
import org.flashlight.web.ontrack.Rows.FactorCode;
import org.flashlight.web.view.Labels;

/**
 * How the internal views say things: indicators, checkpoints, reasons, rule components and numbers in plain
 * words. One definition, so a page and its download say the same.
 */
public final class Words {
    private Words() {
    }

    public static String indicator(String id) {
        return switch (id) {
            case "risk_diagnostic" -> "Risk diagnostic (end of grade 8)";
            case "progress_monitoring" -> "Progress monitoring (grade 9, during the year)";
            case "end_of_year" -> "End of grade 9";
            default -> id.replace('_', ' ');
        };
    }

    /** Months into the school year (July = 1 .. June = 12) as the calendar month: "October". */
    public static String checkpoint(int monthsIntoYear) {
        if (monthsIntoYear < 1 || monthsIntoYear > 12) {
            return "month " + monthsIntoYear;
        }
        return Month.of(SchoolMonths.calendarMonth(monthsIntoYear)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** A fraction as a percent with one decimal: 0.4236 -> "42.4%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String percent(Optional<BigDecimal> fraction) {
        return fraction.map(Words::percent).orElse("");
    }

    /** A change of a fraction in percentage points, signed: -0.0154 -> "-1.5 pts". */
    public static String points(BigDecimal fractionChange) {
        return signedPoints(fractionChange.movePointRight(2));
    }

    /** A number already in percentage points, signed with one decimal: "+3.0 pts". */
    public static String signedPoints(BigDecimal points) {
        BigDecimal p = points.setScale(1, RoundingMode.HALF_UP);
        return (p.signum() > 0 ? "+" : "") + p.toPlainString() + " pts";
    }

    /** A percent already in percent units, one decimal: "34.0%". */
    public static String percentUnits(BigDecimal percent) {
        return percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The catalog's label ("Black or Hispanic low-income students"), as the public pages name groups. */
    public static String group(String groupId) {
        return Labels.group(groupId);
    }

    public static String measure(String metricId) {
        return Labels.measure(metricId);
    }

    /** support_lists.csv's reason code in words ("newly below the threshold since the last update"). */
    public static String reason(String code) {
        return Arrays.stream(SupportListRule.Reason.values()).filter(r -> r.name().equalsIgnoreCase(code)).findFirst()
                .map(SupportListRule.Reason::words).orElse(code.replace('_', ' '));
    }

    /** A top factor in words: "grade 9 attendance so far (lowers the probability)". */
    public static String factor(FactorCode code) {
        String label = OnTrackFeature.fromId(code.featureId()).map(OnTrackFeature::label)
                .orElse(code.featureId().replace('_', ' '));
        return label + (code.contribution().signum() < 0 ? " (lowers the probability)" : " (raises the probability)");
    }

    /** A rule's component in words, with the cut it asks for. */
    public static String component(String id, int grade) {
        OnTrackCuts cuts = OnTrackCuts.CORE;
        return switch (id) {
            case "gpa" -> "GPA of " + cuts.minimumGpa().toPlainString() + " or higher";
            case "no_d_or_f" -> grade == 8 ? "No D or F final mark in ELA or math" : "No D or F mark in any course this year";
            case "attendance" -> "Attendance of " + cuts.minimumAttendancePercent() + "% or more";
            case "no_suspension" -> "No suspension or expulsion this year";
            default -> id.replace('_', ' ');
        };
    }

    /** The components of the rule beside an indicator: 8th-grade readiness, or 9th-grade on track (docs/ontrack.md). */
    public static List<String> components(int grade) {
        return grade == 8 ? List.of("gpa", "no_d_or_f", "attendance", "no_suspension") : List.of("no_d_or_f", "gpa");
    }

    /** A "; "-joined list of the score files as separate items. */
    public static List<String> items(String joined) {
        return joined == null || joined.isBlank() ? List.of()
                : Arrays.stream(joined.split("; ")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
