package org.flashlight.ingest.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import could not map as the source wrote it, counted per kind of note: a value written empty
 * because its code is undocumented, a source record skipped and why. A note is a sentence a user can
 * act on; the counts make "nothing dropped silently" checkable. Notes keep the order they first
 * occurred in, so the same source gives the same notes. Not thread-safe.
 */
public final class ImportNotes {
    private final Map<String, Long> counts = new LinkedHashMap<>();

    /** Records one occurrence of {@code note}. */
    public void add(String note) {
        add(note, 1);
    }

    /** Records {@code times} occurrences of {@code note}. */
    public void add(String note, long times) {
        counts.merge(note, times, Long::sum);
    }

    /** How often {@code note} occurred. */
    public long count(String note) {
        return counts.getOrDefault(note, 0L);
    }

    /** Every note with its count, e.g. {@code "race_ethnicity 'N' (no information provided): written empty (54 rows)"}. */
    public List<String> lines() {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " time)" : " times)"))
                .toList();
    }
}
