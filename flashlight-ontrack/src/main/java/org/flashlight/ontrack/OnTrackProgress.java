package org.flashlight.ontrack;

/** Told as training or scoring finishes each step (the feature tables, one indicator's snapshots, one model). */
@FunctionalInterface
public interface OnTrackProgress {
    OnTrackProgress NONE = (description, done, total) -> { };

    void stepDone(String description, int done, int total);
}
