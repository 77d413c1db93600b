package org.flashlight.ingest.importer;

/**
 * The source cannot be imported as a whole (a file is missing, a header lacks a column the mapping needs,
 * a file is not readable): a usage problem the CLI reports in one line with exit code 2.
 */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
