package org.flashlight.core.bundle;

/** The value types of the data contract (shared/spec/input-data.md, "Conventions"). */
public enum ColumnType {
    /** Whole number, e.g. {@code school_year} or {@code days_enrolled}. */
    INT,
    /** Decimal number, e.g. {@code scale_score}; stored exactly as DECIMAL(18,6). */
    NUMBER,
    /** Opaque text; IDs are never parsed as numbers (leading zeros matter). */
    STRING,
    /** ISO {@code YYYY-MM-DD}. */
    DATE,
    /** {@code true/false}, also {@code Y/N} and {@code 1/0}, any case. */
    BOOL,
    /** A grade level: {@code PK}, {@code KG}, {@code 1}..{@code 12}; stored as an integer, PK = -1, KG = 0. */
    GRADE,
    /** A code from a closed list, case-insensitive on input, lower-case on output. */
    CODE,
    /** A code from an open list (e.g. an AP exam code): any non-blank token, lower-cased. */
    OPEN_CODE,
    /** A course mark: A..F with optional +/-, P, NP or I; upper-cased. */
    MARK
}
