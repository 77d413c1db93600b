package org.flashlight.duckdb.load;

/** Progress of a bundle load, for a progress bar. Called from the loading thread. */
public interface LoadProgress {
    LoadProgress NONE = new LoadProgress() {
    };

    /** Bytes of the bundle's files read so far, of {@code total}. */
    default void bytesRead(long done, long total) {
    }

    /** A step that reads no bytes has started, e.g. "checking keys". */
    default void step(String description) {
    }
}
