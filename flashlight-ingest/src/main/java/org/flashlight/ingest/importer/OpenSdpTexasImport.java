package org.flashlight.ingest.importer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.ingest.importer.TexasRecordMapper.TexasRows;

/**
 * Imports the OpenSDP synthetic Texas STAAR file ({@code synth_texas.csv}, OpenSDP/equity-analysis-r) into
 * a bundle: schools, students, one enrollment per student and year, STAAR reading, math and writing scores,
 * and tests.csv with the declared STAAR definitions. The source is read once, streaming, in file order;
 * discipline, course_grades and graduation_cohorts get their header only (the source has none of them).
 * The mapping of every column is in docs/importing.md.
 */
public final class OpenSdpTexasImport {
    public static final String SOURCE_ID = "opensdp-texas";
    static final String FILE = "synth_texas.csv";
    /** The columns without which a record cannot be placed; the other source columns may be absent. */
    static final Set<String> KEY_COLUMNS = Set.of("sid", "school_code", "grade_level", "year");

    private OpenSdpTexasImport() {
    }

    /** Reads {@code source/synth_texas.csv} and writes the bundle into {@code out} (an existing folder). */
    public static ImportSummary run(Path source, Path out) {
        Path file = source.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ImportException("--source " + source + ": no " + FILE + " in the folder (the OpenSDP Texas "
                    + "file, data/synth_texas.csv of OpenSDP/equity-analysis-r)");
        }
        List<TestDefinition> definitions = StaarDefinitions.all();
        ImportNotes notes = new ImportNotes();
        TexasRecordMapper mapper = new TexasRecordMapper(TestCatalog.of(definitions), notes);
        TexasSchools schools = new TexasSchools();
        long read = 0;
        long skipped = 0;
        try (BundleWriter bundle = new BundleWriter(out);
                CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            definitions.forEach(d -> bundle.write(BundleContract.TESTS, TestsCsv.row(d)));
            List<String> header = null;
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = header(record, file);
                    continue;
                }
                read++;
                Optional<TexasRows> rows = mapper.map(named(header, record));
                if (rows.isEmpty()) {
                    skipped++;
                    continue;
                }
                bundle.write(BundleContract.STUDENTS, rows.get().student());
                bundle.write(BundleContract.ENROLLMENTS, rows.get().enrollment());
                rows.get().assessments().forEach(row -> bundle.write(BundleContract.ASSESSMENTS, row));
                schools.add(rows.get().school());
            }
            if (header == null) {
                throw new ImportException(file + ": the file is empty");
            }
            schools.rows(notes).forEach(row -> bundle.write(BundleContract.SCHOOLS, row));
            bundle.close();
            return new ImportSummary(SOURCE_ID, Map.of(FILE, read), skipped, bundle.rowsPerFile(), notes.lines());
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            throw new ImportException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Lower-cased header names, checked for the key columns. */
    private static List<String> header(CsvRecord record, Path file) {
        List<String> header = record.getFields().stream()
                .map(name -> name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = KEY_COLUMNS.stream().filter(c -> !header.contains(c)).sorted().toList();
        if (!missing.isEmpty()) {
            throw new ImportException(file + ": the header lacks " + String.join(", ", missing));
        }
        return header;
    }

    private static Map<String, String> named(List<String> header, CsvRecord record) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
            values.put(header.get(i), record.getField(i));
        }
        return values;
    }
}
