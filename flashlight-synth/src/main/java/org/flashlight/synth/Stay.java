package org.flashlight.synth;

/** One enrollment stay of the current student-year (mutable, reused from year to year by one worker). */
final class Stay {
    School school;
    SchoolCalendar calendar;
    int grade;
    /** First and last instructional day of the stay, as indexes of its school's calendar. */
    int entryIndex;
    int lastIndex;
    int entryDate;
    /** Last day enrolled (inclusive); written unless the district leaves year-end exits empty. */
    int exitDate;
    int exitCode;
    int days;
    int present;
    /** Instructional days and days present by month (1-12), filled for grades with monthly rows. */
    final int[] monthDays = new int[13];
    final int[] monthPresent = new int[13];

    /** Whether the student is enrolled in this stay on a date (entry on or before it, exit on or after it). */
    boolean covers(int date) {
        return entryDate <= date && date <= exitDate;
    }
}
