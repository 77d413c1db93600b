package org.flashlight.web.ontrack;

/** A score, report or access file the internal views cannot read; the message names the file and what is wrong. */
public final class OnTrackDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OnTrackDataException(String message) {
        super(message);
    }

    public OnTrackDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
