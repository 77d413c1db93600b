package org.flashlight.ingest;

/**
 * One reason a row (or a whole file) was not accepted: a line of rejections.csv.
 *
 * @param file   the file name as found in the bundle, e.g. {@code enrollments.csv}
 * @param line   1-based line of the row in a CSV file (the header is line 1; a quoted field spanning
 *               lines counts from the line the row starts on); for Parquet, the row number + 1 so
 *               that the first data row is 2 as in CSV; 0 for a problem of the whole file
 * @param column the column named by the contract (several joined by {@code +} for a key)
 * @param value  the value as written ({@code |}-joined for a key)
 * @param reason what is wrong, in words a data clerk can act on
 */
public record Rejection(String file, long line, String column, String value, String reason) {
    public Rejection {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    /** The {@code file:line: column: message} form of outputs.md for stderr. */
    public String oneLine() {
        String location = line > 0 ? file + ":" + line : file;
        String what = column.isEmpty() ? "" : column + ": ";
        String shown = value.isEmpty() ? "" : " (value '" + value + "')";
        return location + ": " + what + reason + shown;
    }
}
