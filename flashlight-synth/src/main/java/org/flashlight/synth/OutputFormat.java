package org.flashlight.synth;

/** The file format of a generated bundle. */
public enum OutputFormat {
    /** UTF-8 CSV with a header row, LF line endings and RFC 4180 quoting. */
    CSV,
    /** Parquet files with the same column names; every column is written as text (leading zeros survive). */
    PARQUET
}
