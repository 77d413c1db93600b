package org.flashlight.core.ontrack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The rule-based indicators of BTSC-1 and BTSC-2 for one student, each component shown (metrics.md
 * docs/ontrack.md has worked examples). The engine's metrics {@code hs_readiness} and
 * {@code ninth_grade_*} count the same conditions per school (docs/metrics/course-marks.md); these
 * give each student's reasons. Stateless and thread-safe.
 */
public final class IndicatorRules {
    public static final String HS_READINESS = "hs_readiness";
    public static final String NINTH_GRADE_ON_TRACK = "ninth_grade_on_track";

    private final OnTrackCuts cuts;

    public IndicatorRules(OnTrackCuts cuts) {
        this.cuts = cuts;
    }

    /**
     * BTSC-1, grade 8 at year end: GPA of the finals >= 2.5, no D or F final in ELA or math, whole-year
     * attendance >= 96% and no suspension or expulsion.
     */
    public IndicatorResult hsReadiness(StudentYear year) {
        List<CourseMark> dOrFInElaOrMath = year.finals().stream().filter(CourseMark::isDOrF)
                .filter(m -> m.subjectArea().equals("ela") || m.subjectArea().equals("math")).toList();
        return new IndicatorResult(HS_READINESS, Term.FINAL, List.of(
                gpa(Gpa.of(year.finals()), "year"),
                new Component("no_d_or_f", dOrFInElaOrMath.isEmpty(), dOrFInElaOrMath.isEmpty()
                        ? "no D or F in ELA or math" : dOrFList(dOrFInElaOrMath) + " in ELA or math"),
                attendance(year),
                new Component("no_suspension", !year.suspended(), year.suspended()
                        ? "suspended or expelled this year" : "no suspension")));
    }

    /** BTSC-2 at year end: no D or F mark in any term of the year (finals included) and a GPA of the finals >= 2.5. */
    public IndicatorResult ninthGradeAtYearEnd(StudentYear year) {
        return ninthGrade(year.marks(), Gpa.of(year.finals()), Term.FINAL, "year");
    }

    /**
     * BTSC-2 during the year (R-8 "the same rule over the marks of the latest term that has marks"): the
     * marks known once {@code term} has ended, their D or F marks, and the GPA of the latest term among
     * them that has marks. Empty when no mark of the year is known yet.
     */
    public Optional<IndicatorResult> ninthGradeAfter(StudentYear year, Term term) {
        return ninthGradeOver(year.marks().stream().filter(m -> m.term().endsNoLaterThan(term)).toList());
    }

    /**
     * The same at a month of the school year (July = 1 .. June = 12, {@link SchoolMonths}): the marks of
     * terms that ended by the end of that month; finals only at 12.
     */
    public Optional<IndicatorResult> ninthGradeAtMonth(StudentYear year, int monthsIntoYear) {
        return ninthGradeOver(year.marks().stream().filter(m -> m.term().monthsIntoYear() <= monthsIntoYear
                && (m.term() != Term.FINAL || monthsIntoYear >= 12)).toList());
    }

    private Optional<IndicatorResult> ninthGradeOver(List<CourseMark> known) {
        Optional<Term> latest = known.stream().map(CourseMark::term)
                .reduce((a, b) -> b.endsNoLaterThan(a) ? a : b);
        return latest.map(t -> ninthGrade(known,
                Gpa.of(known.stream().filter(m -> m.term() == t).toList()), t, t.code()));
    }

    private IndicatorResult ninthGrade(List<CourseMark> marks, Gpa gpa, Term checkpoint, String gpaPeriod) {
        List<CourseMark> dOrF = marks.stream().filter(CourseMark::isDOrF).toList();
        return new IndicatorResult(NINTH_GRADE_ON_TRACK, checkpoint, List.of(
                new Component("no_d_or_f", dOrF.isEmpty(), dOrF.isEmpty() ? "no D or F" : dOrFList(dOrF)),
                gpa(gpa, gpaPeriod)));
    }

    private Component gpa(Gpa gpa, String period) {
        String cut = cuts.minimumGpa().toPlainString();
        String evidence = gpa.shown().map(g -> (period.equals("year") ? "GPA " : period + " GPA ") + g.toPlainString()
                        + (gpa.atLeast(cuts.minimumGpa()) ? "" : " (below " + cut + ")"))
                .orElse("no GPA (no letter marks with credits" + (period.equals("year") ? " among the finals" : " in " + period)
                        + ")");
        return new Component("gpa", gpa.atLeast(cuts.minimumGpa()), evidence);
    }

    private Component attendance(StudentYear year) {
        boolean met = year.attendsAtLeast(cuts.minimumAttendancePercent());
        String evidence = year.daysEnrolled() == 0 ? "no days enrolled"
                : "attendance " + percent(year.daysPresent(), year.daysEnrolled()) + "% (" + year.daysPresent() + " of "
                        + year.daysEnrolled() + " days" + (met ? ")" : "; below " + cuts.minimumAttendancePercent() + "%)");
        return new Component("attendance", met, evidence);
    }

    /** A percentage with one decimal, rounded down so 95.99% never shows as 96.0% beside "below 96%". */
    static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN).toPlainString();
    }

    private static String dOrFList(List<CourseMark> marks) {
        StringBuilder words = new StringBuilder();
        for (CourseMark m : marks) {
            words.append(words.isEmpty() ? "" : ", ").append(m.mark()).append(" in ").append(m.subjectArea())
                    .append(m.term() == Term.FINAL ? "" : " (" + m.term().code() + ")");
        }
        return (marks.size() == 1 ? "1 D or F: " : marks.size() + " D or F marks: ") + words;
    }
}
