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
     * @param done  progress in students: the share of student lives written so far times {@code total}
     *              (lives include the back cohorts seen only in graduation_cohorts.csv and postsecondary.csv)
     * @param total the requested students per year ({@link GeneratorSettings#students()})
     */
    void studentsDone(long done, long total);
}
