package org.flashlight.core.ontrack;

import static org.flashlight.core.ontrack.OnTrackFeature.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three model-based indicators of BTSC-5, each a probability from its own model, fitted on the
 * features known at that moment: the risk diagnostic at the end of grade 8, progress monitoring during
 * grade 9 (monthly attendance and term marks so far, re-scored as data arrives) and the end-of-year
 * indicator after grade 9.
 */
public enum OnTrackIndicator {
    RISK_DIAGNOSTIC(8, List.of(G8_GPA, G8_GPA_MISSING, G8_D_OR_F_FINALS, G8_ATTENDANCE, G8_SUSPENSIONS, G8_ELA_SCORE,
            G8_MATH_SCORE, G8_SCORES_MISSING, G8_ADVANCED_COURSES, SEL_MEAN, SEL_MISSING, SCHOOL_CLIMATE)),
    PROGRESS_MONITORING(9, List.of(G8_GPA, G8_GPA_MISSING, G8_ATTENDANCE, G8_ELA_SCORE, G8_MATH_SCORE,
            G8_SCORES_MISSING, G9_MONTHS_INTO_YEAR, G9_ATTENDANCE, G9_TERM_GPA, G9_TERM_GPA_MISSING, G9_D_OR_F_MARKS,
            G9_SUSPENSIONS, SEL_MEAN, SEL_MISSING, SCHOOL_CLIMATE)),
    END_OF_YEAR(9, List.of(G8_GPA, G8_GPA_MISSING, G8_ATTENDANCE, G8_ELA_SCORE, G8_MATH_SCORE, G8_SCORES_MISSING,
            G9_GPA, G9_GPA_MISSING, G9_D_OR_F_MARKS, G9_ATTENDANCE, G9_SUSPENSIONS, G9_CREDITS_EARNED, SEL_MEAN,
            SEL_MISSING, SCHOOL_CLIMATE));

    private final int grade;
    private final List<OnTrackFeature> features;

    OnTrackIndicator(int grade, List<OnTrackFeature> features) {
        this.grade = grade;
        this.features = List.copyOf(features);
        if (EnumSet.copyOf(features).size() != features.size()) {
            throw new IllegalStateException(name() + " lists a feature twice");
        }
    }

    public int grade() {
        return grade;
    }

    public List<OnTrackFeature> features() {
        return features;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnTrackIndicator> fromId(String id) {
        return Arrays.stream(values()).filter(i -> i.id().equals(id)).findFirst();
    }
}
