package org.flashlight.ingest.importer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Table;

/**
 * Writes the files of a data bundle: one CSV per contract table, its header in the contract's column order
 * (from {@link BundleContract}, the one definition of the columns), UTF-8, LF line endings, RFC 4180 quoting.
 * Every required table gets a file, with only its header when the source has no rows for it, so that
 * {@code flashlight validate} reads "0 rows" rather than "required file is missing". Not thread-safe.
 */
public final class BundleWriter implements Closeable {
    private final Path folder;
    private final Map<String, CsvWriter> writers = new LinkedHashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private boolean closed;

    public BundleWriter(Path folder) {
        this.folder = folder;
    }

    /** One row of {@code table}: {@code values} by column name; a column not given is written empty. */
    public void write(Table table, Map<String, String> values) {
        if (closed) {
            throw new IllegalStateException("the bundle in " + folder + " is already closed");
        }
        for (String column : values.keySet()) {
            table.column(column).orElseThrow(() -> new IllegalArgumentException(
                    table.name() + " has no column " + column));
        }
        String[] fields = new String[table.columns().size()];
        for (int i = 0; i < fields.length; i++) {
            String value = values.get(table.columns().get(i).name());
            fields[i] = value == null ? "" : value;
        }
        writer(table).writeRecord(fields);
        rows.merge(table.name(), 1L, Long::sum);
    }

    /** Rows written so far per file that has been opened, in the contract's load order. */
    public Map<String, Long> rowsPerFile() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : BundleContract.TABLES) {
            if (writers.containsKey(table.name())) {
                counts.put(table.csvFileName(), rows.getOrDefault(table.name(), 0L));
            }
        }
        return counts;
    }

    /** Writes the header of every required table that has no file yet, then closes every file; a second call does nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Table table : BundleContract.TABLES) {
            if (table.required()) {
                writer(table);
            }
        }
        IOException failure = null;
        for (CsvWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new UncheckedIOException("cannot finish writing the bundle in " + folder, failure);
        }
    }

    private CsvWriter writer(Table table) {
        return writers.computeIfAbsent(table.name(), name -> {
            try {
                CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                        .build(folder.resolve(table.csvFileName()));
                writer.writeRecord(table.columns().stream().map(Column::name).toList());
                return writer;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + folder.resolve(table.csvFileName()), e);
            }
        });
    }
}
