package org.flashlight.synth;

/**
 * What one chunk of student lives produced: the rendered rows of every file and the counts the
 * summary needs. Filled by one worker thread, then handed to the writer thread.
 */
final class ChunkOutput {
    /** Bins of the true persistence probability for the Bayes AUC (integer counts keep it exact and order-free). */
    static final int AUC_BINS = 10_000;

    final RowSink[] sinks = new RowSink[Codes.TABLE_COUNT];
    final long[] studentsPerYear;
    final long[] aucPositive = new long[AUC_BINS];
    final long[] aucNegative = new long[AUC_BINS];
    long lives;
    long studentsWithRows;
    long alternateAssessmentsSkipped;

    ChunkOutput(DateText dates, int years, int lives) {
        for (int t = 0; t < sinks.length; t++) {
            sinks[t] = new RowSink(dates, capacity(t, lives));
        }
        this.studentsPerYear = new long[years];
    }

    /** Empties the chunk for reuse: buffers stay allocated, so steady-state generation allocates little. */
    void clear() {
        for (RowSink sink : sinks) {
            sink.clear();
        }
        java.util.Arrays.fill(studentsPerYear, 0);
        java.util.Arrays.fill(aucPositive, 0);
        java.util.Arrays.fill(aucNegative, 0);
        lives = 0;
        studentsWithRows = 0;
        alternateAssessmentsSkipped = 0;
    }

    RowSink sink(int table) {
        return sinks[table];
    }

    void recordPersistence(double trueProbability, boolean persisted) {
        int bin = (int) Math.min(AUC_BINS - 1, Math.max(0, trueProbability * AUC_BINS));
        if (persisted) {
            aucPositive[bin]++;
        } else {
            aucNegative[bin]++;
        }
    }

    /** A first guess of the bytes a file needs per life, so buffers rarely grow. */
    private static int capacity(int table, int lives) {
        if (table == Codes.COURSE_GRADES || table == Codes.SURVEYS) {
            return lives * 600;
        }
        if (table == Codes.STUDENTS || table == Codes.ENROLLMENTS || table == Codes.ASSESSMENTS
                || table == Codes.ATTENDANCE_MONTHLY) {
            return lives * 200;
        }
        return lives * 16;
    }
}
