package org.flashlight.synth;

/**
 * Receives progress while a bundle is generated. Called from the single writer thread, at least once
 * per chunk of students, so an implementation need not be thread-safe.
 */
@FunctionalInterface
public interface GenerationProgress {
    /** Reports nothing. */
    GenerationProgress NONE = (done, total) -> {
    };

    /**
     * @param done  student lives written so far (every simulated student, including those of the
     *              back cohorts that only appear in graduation_cohorts.csv and postsecondary.csv)
     * @param total student lives to write
     */
    void studentsDone(long done, long total);
}
