package org.flashlight.synth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;

/**
 * The instructional days of one school year for one calendar variant: weekdays from a late-August
 * start, skipping Labor Day, Thanksgiving (Wednesday to Friday), a winter break, Martin Luther King
 * Jr. Day, Presidents' Day, a spring break and Memorial Day, until the year has its number of days.
 * Days are epoch days. Immutable.
 */
final class SchoolCalendar {
    private final int schoolYear;
    private final int[] days;

    private SchoolCalendar(int schoolYear, int[] days) {
        this.schoolYear = schoolYear;
        this.days = days;
    }

    /**
     * @param schoolYear     the spring year
     * @param startWeekShift weeks after the base start (the Monday on or after August 14)
     * @param length         instructional days in the year
     */
    static SchoolCalendar of(int schoolYear, int startWeekShift, int length) {
        int fall = schoolYear - 1;
        LocalDate start = LocalDate.of(fall, 8, 14).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusWeeks(startWeekShift);
        LocalDate laborDay = LocalDate.of(fall, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        LocalDate thanksgiving = LocalDate.of(fall, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
        LocalDate winterStart = LocalDate.of(fall, 12, 22);
        LocalDate winterEnd = LocalDate.of(schoolYear, 1, 2);
        LocalDate mlk = LocalDate.of(schoolYear, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        LocalDate presidents = LocalDate.of(schoolYear, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        LocalDate springStart = LocalDate.of(schoolYear, 3, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate springEnd = springStart.plusDays(4);
        LocalDate memorial = LocalDate.of(schoolYear, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int[] result = new int[length];
        int count = 0;
        for (LocalDate d = start; count < length; d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            boolean closed = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
                    || d.equals(laborDay) || d.equals(mlk) || d.equals(presidents) || d.equals(memorial)
                    || (!d.isBefore(thanksgiving.minusDays(1)) && !d.isAfter(thanksgiving.plusDays(1)))
                    || (!d.isBefore(winterStart) && !d.isAfter(winterEnd))
                    || (!d.isBefore(springStart) && !d.isAfter(springEnd));
            if (!closed) {
                result[count++] = (int) d.toEpochDay();
            }
        }
        return new SchoolCalendar(schoolYear, result);
    }

    int schoolYear() {
        return schoolYear;
    }

    int length() {
        return days.length;
    }

    /** The epoch day of instructional day {@code index} (0-based). */
    int day(int index) {
        return days[index];
    }

    int firstDay() {
        return days[0];
    }

    int lastDay() {
        return days[days.length - 1];
    }

    /** Index of the first instructional day on or after {@code epochDay}; {@link #length()} if none. */
    int indexOnOrAfter(int epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i : -i - 1;
    }

    /** Index of the last instructional day on or before {@code epochDay}; -1 if none. */
    int indexOnOrBefore(int epochDay) {
        int i = Arrays.binarySearch(days, epochDay);
        return i >= 0 ? i : -i - 2;
    }

    /** Instructional days from index {@code from} to index {@code to}, both inclusive. */
    static int count(int from, int to) {
        return Math.max(0, to - from + 1);
    }

    /** Index of the first instructional day on or after the given month and day of the fall or spring. */
    int indexOnOrAfter(int month, int dayOfMonth) {
        int year = month >= 7 ? schoolYear - 1 : schoolYear;
        return indexOnOrAfter((int) LocalDate.of(year, month, dayOfMonth).toEpochDay());
    }
}
