package org.flashlight.web.results;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The public view of one metric result: what a report card may show and nothing else. The exact value,
 * the number of students, points and level are present only when the cell is {@link Visibility#SHOWN}
 * (a coded cell publishes only its code, and points or a level would give a coded value back).
 *
 * @param code the published code of a {@link Visibility#CODED} cell ({@code >= 95%}), empty otherwise
 */
public record PublicCell(CellKey key, Visibility visibility, Optional<BigDecimal> value, OptionalLong students,
        String code, Optional<BigDecimal> points, OptionalInt metricLevel, String groupDetail) {
    public PublicCell {
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(visibility, "visibility is null");
        code = Objects.requireNonNullElse(code, "");
        groupDetail = Objects.requireNonNullElse(groupDetail, "");
        if (visibility != Visibility.SHOWN && (value.isPresent() || students.isPresent() || points.isPresent()
                || metricLevel.isPresent())) {
            throw new IllegalArgumentException(key + ": a " + visibility + " cell carries no value, counts or points");
        }
        if (visibility == Visibility.SHOWN && value.isEmpty()) {
            throw new IllegalArgumentException(key + ": a shown cell has a value");
        }
        if ((visibility == Visibility.CODED) == code.isEmpty()) {
            throw new IllegalArgumentException(key + ": exactly the coded cells have a code");
        }
    }

    public static PublicCell shown(CellKey key, BigDecimal value, long students) {
        return new PublicCell(key, Visibility.SHOWN, Optional.of(value), OptionalLong.of(students), "",
                Optional.empty(), OptionalInt.empty(), "");
    }

    public static PublicCell coded(CellKey key, String code) {
        return new PublicCell(key, Visibility.CODED, Optional.empty(), OptionalLong.empty(), code, Optional.empty(),
                OptionalInt.empty(), "");
    }

    public static PublicCell suppressed(CellKey key) {
        return new PublicCell(key, Visibility.SUPPRESSED, Optional.empty(), OptionalLong.empty(), "",
                Optional.empty(), OptionalInt.empty(), "");
    }

    /** This shown cell with the framework's points and level for it. */
    public PublicCell withScore(Optional<BigDecimal> points, OptionalInt metricLevel) {
        return new PublicCell(key, visibility, value, students, code, points, metricLevel, groupDetail);
    }

    public PublicCell withGroupDetail(String detail) {
        return new PublicCell(key, visibility, value, students, code, points, metricLevel, detail);
    }

    public boolean shown() {
        return visibility == Visibility.SHOWN;
    }
}
