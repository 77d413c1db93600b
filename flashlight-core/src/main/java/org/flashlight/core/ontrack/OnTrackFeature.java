package org.flashlight.core.ontrack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The features an on-track model may read (BTSC-4: attendance, assessments, credits, suspensions,
 * GPA, course-taking, SEL and climate surveys). No demographic field is a feature: never race
 * (the spec's fairness rule), and not poverty, English-learner or disability status either (the
 * spec's list does not name them; the model's fairness is reported by those groups instead).
 * Features that can be missing have a companion {@code *_missing} flag; the value is then imputed.
 */
public enum OnTrackFeature {
    G8_GPA("g8_gpa", "grade 8 GPA", Shown.NUMBER),
    G8_GPA_MISSING("g8_gpa_missing", "no grade 8 GPA", Shown.FLAG),
    G8_D_OR_F_FINALS("g8_d_or_f_finals", "D or F finals in grade 8", Shown.COUNT),
    G8_ATTENDANCE("g8_attendance", "grade 8 attendance", Shown.PERCENT),
    G8_SUSPENSIONS("g8_suspensions", "suspensions in grade 8", Shown.COUNT),
    G8_ELA_SCORE("g8_ela_score", "grade 8 ELA score (sd from the state mean)", Shown.NUMBER),
    G8_MATH_SCORE("g8_math_score", "grade 8 math score (sd from the state mean)", Shown.NUMBER),
    G8_SCORES_MISSING("g8_scores_missing", "no grade 8 test score", Shown.FLAG),
    G8_ADVANCED_COURSES("g8_advanced_courses", "advanced courses in grade 8", Shown.COUNT),
    SEL_MEAN("sel_mean", "social-emotional survey mean (1-5)", Shown.NUMBER),
    SEL_MISSING("sel_missing", "no social-emotional survey", Shown.FLAG),
    SCHOOL_CLIMATE("school_climate", "school's favorable climate responses", Shown.PERCENT),
    G9_MONTHS_INTO_YEAR("g9_months_into_year", "months into grade 9", Shown.COUNT),
    G9_ATTENDANCE("g9_attendance", "grade 9 attendance so far", Shown.PERCENT),
    G9_TERM_GPA("g9_term_gpa", "latest grade 9 term GPA", Shown.NUMBER),
    G9_TERM_GPA_MISSING("g9_term_gpa_missing", "no grade 9 term GPA yet", Shown.FLAG),
    G9_D_OR_F_MARKS("g9_d_or_f_marks", "D or F marks in grade 9 so far", Shown.COUNT),
    G9_SUSPENSIONS("g9_suspensions", "suspensions in grade 9 so far", Shown.COUNT),
    G9_GPA("g9_gpa", "grade 9 GPA", Shown.NUMBER),
    G9_GPA_MISSING("g9_gpa_missing", "no grade 9 GPA", Shown.FLAG),
    G9_CREDITS_EARNED("g9_credits_earned", "grade 9 credits earned", Shown.NUMBER);

    /** How a value is written for a person. */
    public enum Shown { NUMBER, PERCENT, COUNT, FLAG }

    private final String id;
    private final String label;
    private final Shown shown;

    OnTrackFeature(String id, String label, Shown shown) {
        this.id = id;
        this.label = label;
        this.shown = shown;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The value as a person reads it; a missing value (NaN) is "missing". */
    public String show(double value) {
        if (Double.isNaN(value)) {
            return "missing";
        }
        return switch (shown) {
            case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * value);
            case COUNT -> String.format(Locale.ROOT, "%d", Math.round(value));
            case FLAG -> value != 0 ? "yes" : "no";
        };
    }

    /** "grade 8 GPA 2.31"; a flag reads as its label when set ("no grade 9 GPA") and as "has ..." when not. */
    public String describe(String shownValue) {
        if (shown == Shown.FLAG) {
            return shownValue.equals("yes") ? label : "has " + label.substring(label.startsWith("no ") ? 3 : 0);
        }
        return label + " " + shownValue;
    }

    public static Optional<OnTrackFeature> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
