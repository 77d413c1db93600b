package org.flashlight.core.validation;

import java.util.List;

/**
 * A check of one row that looks at more than one cell or at reference data (the test catalog).
 * Rows arrive normalized ({@link ValueNormalizer}), in the table's column order, {@code null} for
 * missing values, and only when every cell passed its own type check.
 */
@FunctionalInterface
public interface RowRule {
    /** Adds the row's problems to {@code problems}; adds nothing when the row is fine. */
    void check(String[] row, List<Problem> problems);
}
