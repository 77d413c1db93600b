package org.flashlight.web;

/** A URL that names a school, district, framework or year the results do not have; the message says which. */
final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
