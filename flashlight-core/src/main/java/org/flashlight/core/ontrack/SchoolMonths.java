package org.flashlight.core.ontrack;

/** A school year runs July to June: calendar months as months into the year (July = 1 .. June = 12). */
public final class SchoolMonths {
    private SchoolMonths() {
    }

    public static int monthsIntoYear(int calendarMonth) {
        if (calendarMonth < 1 || calendarMonth > 12) {
            throw new IllegalArgumentException("a month is 1..12, got " + calendarMonth);
        }
        return calendarMonth >= 7 ? calendarMonth - 6 : calendarMonth + 6;
    }

    /** The inverse: months into the school year (1..12) as the calendar month (July = 7 .. June = 6). */
    public static int calendarMonth(int monthsIntoYear) {
        if (monthsIntoYear < 1 || monthsIntoYear > 12) {
            throw new IllegalArgumentException("a month of the school year is 1..12, got " + monthsIntoYear);
        }
        return monthsIntoYear <= 6 ? monthsIntoYear + 6 : monthsIntoYear - 6;
    }
}
