package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * One course_grades row as the on-track rules read it.
 *
 * @param term             the term code (q1..q4, s1, s2, t1..t3, final)
 * @param subjectArea      ela, math, ...
 * @param mark             A..F with an optional + or -, P, NP or I
 * @param gradePoints      empty for P/NP/I
 * @param creditsAttempted empty counts as 1 in a GPA
 */
public record CourseMark(Term term, String subjectArea, String mark, Optional<BigDecimal> gradePoints,
        Optional<BigDecimal> creditsAttempted) {
    public CourseMark {
        requireNonNull(term, "term is null");
        requireNonNull(subjectArea, "subjectArea is null");
        mark = requireNonNull(mark, "mark is null").toUpperCase(Locale.ROOT);
        requireNonNull(gradePoints, "gradePoints is null");
        requireNonNull(creditsAttempted, "creditsAttempted is null");
    }

    /** A letter mark with grade points, as a test fixture writes it: {@code of(Term.FINAL, "math", "B+", "3.3", "1")}. */
    public static CourseMark of(Term term, String subjectArea, String mark, String gradePoints, String credits) {
        return new CourseMark(term, subjectArea, mark, Optional.ofNullable(gradePoints).map(BigDecimal::new),
                Optional.ofNullable(credits).map(BigDecimal::new));
    }

    /** a mark beginning with D or F (D+, D, D-, F); NP is not one. */
    public boolean isDOrF() {
        return mark.startsWith("D") || mark.startsWith("F");
    }

    /** a letter mark with grade points counts in a GPA; P, NP and I never do. */
    public boolean countsInGpa() {
        return gradePoints.isPresent() && !mark.equals("P") && !mark.equals("NP") && !mark.equals("I");
    }

    /** the weight in a GPA, credits_attempted or 1 when empty. */
    public BigDecimal weight() {
        return creditsAttempted.orElse(BigDecimal.ONE);
    }
}
