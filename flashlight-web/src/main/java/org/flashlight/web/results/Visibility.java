package org.flashlight.web.results;

/** What the public view of a result cell shows (docs/disclosure.md): the exact value, a code, or nothing. */
public enum Visibility {
    /** The exact value and its number of students are public. */
    SHOWN,
    /** Only a code such as {@code >= 95%} is public: no value, no counts. */
    CODED,
    /** Nothing is public. */
    SUPPRESSED
}
