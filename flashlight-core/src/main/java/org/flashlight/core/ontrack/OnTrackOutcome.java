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
