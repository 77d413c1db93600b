package org.flashlight.core.ontrack;

import java.util.List;

/**
 * A student's record of one school year at every school: every course mark, the days
 * enrolled and present added over all stays, and whether a suspension or expulsion row exists.
 */
public record StudentYear(List<CourseMark> marks, long daysEnrolled, long daysPresent, boolean suspended) {
    public StudentYear {
        marks = List.copyOf(marks);
        if (daysEnrolled < 0 || daysPresent < 0 || daysPresent > daysEnrolled) {
            throw new IllegalArgumentException("days present must be 0..days enrolled, got " + daysPresent + " of "
                    + daysEnrolled);
        }
    }

    /** The year's final marks (R-8's GPA). */
    public List<CourseMark> finals() {
        return marks.stream().filter(m -> m.term() == Term.FINAL).toList();
    }

    /** 100 x present >= percent x enrolled; no days enrolled is no rate and fails. */
    public boolean attendsAtLeast(int percent) {
        return daysEnrolled > 0 && 100 * daysPresent >= (long) percent * daysEnrolled;
    }
}
