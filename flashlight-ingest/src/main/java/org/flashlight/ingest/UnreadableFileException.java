package org.flashlight.ingest;

import java.io.IOException;

/** A bundle file that cannot be read at all, or past a point (bad encoding, broken quoting). */
public final class UnreadableFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    public UnreadableFileException(String message, long line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** Line where reading stopped, 0 when unknown. */
    public long line() {
        return line;
    }
}
