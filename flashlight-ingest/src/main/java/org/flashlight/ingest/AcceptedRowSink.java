package org.flashlight.ingest;

import java.io.Closeable;

/**
 * Receives the rows of one file that passed every row check, normalized, in the table's column
 * order ({@code null} for a missing value), with the line they came from.
 */
public interface AcceptedRowSink extends Closeable {
    void accept(long line, String[] row);
}
