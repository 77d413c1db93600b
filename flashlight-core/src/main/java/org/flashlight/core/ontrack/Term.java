package org.flashlight.core.ontrack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The terms of course_grades.csv in the order they end during a school year. {@link #endMonth} is the
 * calendar month in which a term typically ends (quarters end on instructional days 45, 90, 135 and 180,
 * trimesters on 60, 120 and 180), so that monthly attendance and term marks can be put on one time line.
 */
public enum Term {
    Q1(10), T1(11), Q2(1), S1(1), T2(2), Q3(3), Q4(6), S2(6), T3(6), FINAL(6);

    private final int endMonth;

    Term(int endMonth) {
        this.endMonth = endMonth;
    }

    public int endMonth() {
        return endMonth;
    }

    /** Months since the school year began in July: August = 2 .. June = 12. */
    public int monthsIntoYear() {
        return SchoolMonths.monthsIntoYear(endMonth);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Term> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
    }

    /** Terms that end no later than this one (the marks known when this term's marks arrive). */
    public boolean endsNoLaterThan(Term other) {
        return monthsIntoYear() < other.monthsIntoYear()
                || (monthsIntoYear() == other.monthsIntoYear() && ordinal() <= other.ordinal());
    }
}
