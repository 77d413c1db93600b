package org.flashlight.web;

/** A query parameter the app cannot use; the message names it and the values it takes. */
final class BadRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequestException(String message) {
        super(message);
    }
}
