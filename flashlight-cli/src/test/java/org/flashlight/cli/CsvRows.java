package org.flashlight.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A result file's rows as maps from column name to field, in file order (for the CLI tests). */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> result = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.getField(i));
                }
                result.add(row);
            }
        }
        return result;
    }
}
