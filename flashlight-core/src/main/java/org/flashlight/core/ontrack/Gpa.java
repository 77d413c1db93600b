package org.flashlight.core.ontrack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * a credit-weighted GPA kept as its exact sums: points = sum(grade_points x weight), credits =
 * sum(weight) over letter marks with grade points. No such mark, or only 0-credit ones, is no GPA.
 */
public record Gpa(BigDecimal points, BigDecimal credits) {
    public static final Gpa NONE = new Gpa(BigDecimal.ZERO, BigDecimal.ZERO);

    /** The GPA of {@code marks} (the caller chooses which: the year's finals, or one term's marks). */
    public static Gpa of(Iterable<CourseMark> marks) {
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (CourseMark m : marks) {
            if (m.countsInGpa()) {
                points = points.add(m.gradePoints().orElseThrow().multiply(m.weight()));
                credits = credits.add(m.weight());
            }
        }
        return new Gpa(points, credits);
    }

    public boolean exists() {
        return credits.signum() > 0;
    }

    /** points >= cut x credits, exactly (B+ 3.3 and C- 1.7 at 1.5 credits each is exactly 2.5). */
    public boolean atLeast(BigDecimal cut) {
        return exists() && points.compareTo(cut.multiply(credits)) >= 0;
    }

    /** The GPA rounded to 2 decimals, for display only (never for a rule). */
    public Optional<BigDecimal> shown() {
        return exists() ? Optional.of(points.divide(credits, 2, RoundingMode.HALF_UP)) : Optional.empty();
    }
}
