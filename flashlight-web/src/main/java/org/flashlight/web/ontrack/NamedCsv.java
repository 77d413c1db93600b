package org.flashlight.web.ontrack;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads one of the on-track files by column name: the columns it needs must be in the header (any order, others
 * ignored), so a file that gains a column still reads. An error names the file, line and column.
 */
final class NamedCsv {
    /** One data line: its fields by column name, and where it came from for messages. */
    record Line(Path file, long number, Map<String, String> fields) {
        String get(String column) {
            return fields.getOrDefault(column, "");
        }

        OnTrackDataException error(String column, String problem) {
            return new OnTrackDataException(file + " line " + number + ", column " + column + ": " + problem);
        }
    }

    private NamedCsv() {
    }

    static List<Line> read(Path file, List<String> required) {
        if (!Files.isRegularFile(file)) {
            throw new OnTrackDataException("missing " + file);
        }
        List<Line> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            Iterator<CsvRecord> records = csv.iterator();
            if (!records.hasNext()) {
                throw new OnTrackDataException(file + " is empty: it needs the header " + String.join(",", required));
            }
            List<String> header = records.next().getFields().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new OnTrackDataException(file + " lacks the column(s) " + String.join(", ", missing)
                        + ": is it a file of flashlight ontrack score / report?");
            }
            while (records.hasNext()) {
                CsvRecord record = records.next();
                if (record.getFieldCount() == 1 && record.getField(0).isEmpty()) {
                    continue; // a blank line
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
                    fields.put(header.get(i), record.getField(i));
                }
                lines.add(new Line(file, record.getStartingLineNumber(), Map.copyOf(fields)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OnTrackDataException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(lines);
    }
}
