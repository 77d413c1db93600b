package org.flashlight.ingest;

/** Receives rejections as they are found; implementations persist them (e.g. to the results database). */
@FunctionalInterface
public interface RejectionSink {
    void reject(Rejection rejection);
}
