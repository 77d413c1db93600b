package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

/**
 * One condition of an indicator, shown to the people who act on it.
 *
 * @param id       a stable code (gpa, no_d_or_f, attendance, no_suspension)
 * @param met      whether the student meets it
 * @param evidence what was seen, in plain words ("GPA 2.49 (needs 2.5)")
 */
public record Component(String id, boolean met, String evidence) {
    public Component {
        requireNonNull(id, "id is null");
        requireNonNull(evidence, "evidence is null");
    }
}
