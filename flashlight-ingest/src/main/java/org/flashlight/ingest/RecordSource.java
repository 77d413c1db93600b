package org.flashlight.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A file of the bundle read as text records: a header, then rows with their line numbers. */
public interface RecordSource extends Closeable {
    /** The header's column names, as written. */
    List<String> header();

    /**
     * Advances to the next data row.
     *
     * @return false at the end of the file
     * @throws UnreadableFileException when the file cannot be parsed any further (malformed quoting)
     */
    boolean next() throws IOException;

    /** Fields of the current row. */
    List<String> fields();

    /** Line number of the current row (see {@link Rejection#line()}). */
    long line();

    /** Bytes consumed so far, for progress reporting (an estimate for compressed formats). */
    long bytesRead();
}
