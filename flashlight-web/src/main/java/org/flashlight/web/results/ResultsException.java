package org.flashlight.web.results;

/** Results that cannot be read or a request for results that do not exist; the message says what to do. */
public class ResultsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResultsException(String message) {
        super(message);
    }

    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }
}
