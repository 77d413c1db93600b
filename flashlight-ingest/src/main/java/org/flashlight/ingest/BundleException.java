package org.flashlight.ingest;

/**
 * The bundle as a whole cannot be read (not a folder, a table given twice, an unreadable file):
 * a usage problem the CLI reports with exit code 2, never as a stack trace.
 */
public final class BundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
