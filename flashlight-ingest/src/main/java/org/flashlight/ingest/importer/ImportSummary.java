package org.flashlight.ingest.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import read and wrote.
 *
 * @param source        the source's id ({@code opensdp-texas}, {@code edfi})
 * @param recordsRead   source records read, per source file
 * @param recordsSkipped source records that gave no bundle row at all (each also counted in {@code notes} with its
 *                       reason)
 * @param rowsPerFile   rows written per bundle file, in the contract's load order
 * @param notes         what could not be mapped as written, with counts ({@link ImportNotes#lines()})
 */
public record ImportSummary(String source, Map<String, Long> recordsRead, long recordsSkipped,
        Map<String, Long> rowsPerFile, List<String> notes) {
    public ImportSummary {
        Objects.requireNonNull(source, "source is null");
        recordsRead = Collections.unmodifiableMap(new LinkedHashMap<>(recordsRead));
        rowsPerFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsPerFile));
        notes = List.copyOf(notes);
    }
}
