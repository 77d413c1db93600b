package org.flashlight.core.ontrack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a model predicts (BTSC-4). Persistence is the headline ("on-trackness"); the others are
 * reported beside it. Where each label comes from is in docs/ontrack.md.
 */
public enum OnTrackOutcome {
    /** persisted_second_year of postsecondary.csv: enrolled and still enrolled in a second year. */
    COLLEGE_PERSISTENCE("persisting to a second year of college"),
    /** enrolled_fall two_year or four_year. */
    COLLEGE_ENROLLMENT("enrolling in college the fall after high school"),
    /** a_g_complete. */
    A_G_COMPLETION("completing the A-G course requirements"),
    /** graduation_cohorts: a regular diploma within four years of entering grade 9. */
    GRADUATION("graduating in four years");

    private final String words;

    OnTrackOutcome(String words) {
        this.words = words;
    }

    /**
     * Whether the outcome of a whole cohort is known: the grade-{@code grade} students of {@code
     * snapshotYear} leave high school on time in E = snapshotYear + 12 - grade; persistence is known for
     * leavers up to the bundle's last year - 2 (their second fall must be in the bundle), enrollment and
     * A-G for leavers up to last year - 1 (postsecondary rows are written the year after leaving), and
     * four-year graduation once the cohort's fourth year (E) is in the bundle. Only cohorts whose outcome
     * is known for everyone are used: a later cohort's known outcomes would be only its early leavers',
     * mostly dropouts, and would bias the model.
     */
    public boolean knownFor(int snapshotYear, int grade, int lastBundleYear) {
        int onTimeExit = snapshotYear + 12 - grade;
        return switch (this) {
            case COLLEGE_PERSISTENCE -> onTimeExit <= lastBundleYear - 2;
            case COLLEGE_ENROLLMENT, A_G_COMPLETION -> onTimeExit <= lastBundleYear - 1;
            case GRADUATION -> onTimeExit <= lastBundleYear;
        };
    }

    public String words() {
        return words;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OnTrackOutcome> fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst();
    }
}
