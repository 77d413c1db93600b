package org.flashlight.synth;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a generation wrote.
 *
 * @param rowsPerFile      data rows (header excluded) per file name, sorted by name
 * @param distinctStudents students with at least one students.csv row
 * @param studentsPerYear  students.csv rows per school year
 * @param lives            student lives simulated (including back cohorts seen only in graduation_cohorts.csv
 *                         and postsecondary.csv, and lives that never enroll in a bundle year)
 * @param districts        districts in the state
 * @param schools          schools in the state (over all years)
 * @param bayesAuc         AUC of each leaver's true probability of persisting to a second year of college
 *                         against the drawn outcome: the best AUC any on-track model can reach on this bundle
 *                         (NaN when no leaver's persistence is known yet)
 * @param notes            what the test catalog lacked and was therefore not written, in plain words
 */
public record GenerationSummary(SortedMap<String, Long> rowsPerFile, long distinctStudents,
        SortedMap<Integer, Long> studentsPerYear, long lives, int districts, int schools, double bayesAuc,
        List<String> notes) {
    public GenerationSummary {
        rowsPerFile = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(rowsPerFile)));
        studentsPerYear = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(studentsPerYear)));
        notes = List.copyOf(notes);
    }

    /** Total data rows over all files. */
    public long totalRows() {
        return rowsPerFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
