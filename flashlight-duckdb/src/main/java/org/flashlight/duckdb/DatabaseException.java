package org.flashlight.duckdb;

/** The embedded database failed: an internal error (exit code 1), not a data problem. */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
