package org.flashlight.synth;

/**
 * The stays of one student in one school year, in date order, with the lookups the other
 * sub-models need (where was the student on a test date, at the end of a term). Mutable and reused;
 * one per worker.
 */
final class YearStays {
    /** A student has at most one stay per move plus one: two moves a year at most. */
    private static final int MAX_STAYS = 4;
    /** Instructional days (0-based) on which quarters 1, 2 (semester 1) and 3 end; the rest end on the last day. */
    private static final int QUARTER_1_END = 44;
    private static final int SEMESTER_1_END = 89;
    private static final int QUARTER_3_END = 134;

    private final Stay[] stays = new Stay[MAX_STAYS];
    private int count;

    YearStays() {
        for (int i = 0; i < MAX_STAYS; i++) {
            stays[i] = new Stay();
        }
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    Stay get(int i) {
        return stays[i];
    }

    Stay last() {
        return stays[count - 1];
    }

    void add(School school, SchoolCalendar calendar, int grade, int entryIndex, int lastIndex, int exitDate,
            int exitCode) {
        Stay s = stays[count++];
        s.school = school;
        s.calendar = calendar;
        s.grade = grade;
        s.entryIndex = entryIndex;
        s.lastIndex = lastIndex;
        s.entryDate = calendar.day(entryIndex);
        s.exitDate = exitDate;
        s.exitCode = exitCode;
        s.days = lastIndex - entryIndex + 1;
        s.present = 0;
    }

    boolean includes(School school) {
        for (int i = 0; i < count; i++) {
            if (stays[i].school == school) {
                return true;
            }
        }
        return false;
    }

    /** The stay enrolled on a date, or null. */
    Stay on(int date) {
        for (int i = 0; i < count; i++) {
            if (stays[i].covers(date)) {
                return stays[i];
            }
        }
        return null;
    }

    /** The stay during which its own school's date of a slot (test, survey) falls, or null. */
    Stay onSchoolDate(StateLayout layout, int schoolYear, int slot) {
        for (int i = 0; i < count; i++) {
            Stay s = stays[i];
            if (s.covers(layout.schoolDate(s.school, schoolYear, slot))) {
                return s;
            }
        }
        return null;
    }

    /** The stay enrolled on the last day of a term, or null (the student left before it ended). */
    Stay atEndOf(int term) {
        for (int i = 0; i < count; i++) {
            Stay s = stays[i];
            int end = switch (term) {
                case Codes.Q1 -> QUARTER_1_END;
                case Codes.Q2, Codes.S1 -> SEMESTER_1_END;
                case Codes.Q3 -> QUARTER_3_END;
                default -> s.calendar.length() - 1;
            };
            if (s.entryIndex <= end && end <= s.lastIndex) {
                return s;
            }
        }
        return null;
    }

    /** The school of the longest stay (whose growth effect the year's growth takes). */
    School mainSchool() {
        Stay best = stays[0];
        for (int i = 1; i < count; i++) {
            if (stays[i].days > best.days) {
                best = stays[i];
            }
        }
        return best.school;
    }
}
