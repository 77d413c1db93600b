package org.flashlight.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Table;
import org.flashlight.core.validation.Problem;
import org.flashlight.core.validation.RowRule;
import org.flashlight.core.validation.ValueNormalizer;

/**
 * Reads one file of the bundle and sorts every row into accepted or rejected: the header is
 * matched to the contract (case-insensitive, any order, unknown columns ignored with a warning, a
 * missing required column rejects the file before any row is read), then each cell is checked and
 * normalized, then the table's row rules run. Whole-table rules (keys, references) come later, in
 * the database.
 */
public final class FileIngest {
    private final Table table;
    private final String fileName;
    private final List<RowRule> rules;

    public FileIngest(Table table, String fileName, List<RowRule> rules) {
        this.table = table;
        this.fileName = fileName;
        this.rules = List.copyOf(rules);
    }

    /**
     * Reads {@code source} to the end.
     *
     * @param progress receives the bytes read so far, now and then
     */
    public FileReport run(RecordSource source, AcceptedRowSink accepted, RejectionSink rejections,
            LongConsumer progress) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        Optional<String> headerError = matchHeader(source.header(), positions, warnings);
        if (headerError.isPresent()) {
            rejections.reject(new Rejection(fileName, 1, "", "", headerError.get()));
            return new FileReport(table.name(), fileName, true, 0, 0, 0, warnings, headerError);
        }
        int[] sourceIndex = new int[table.columns().size()];
        for (int i = 0; i < sourceIndex.length; i++) {
            sourceIndex[i] = positions.getOrDefault(table.columns().get(i).name(), -1);
        }
        int width = source.header().size();
        long read = 0;
        long rejected = 0;
        List<Problem> problems = new ArrayList<>();
        String[] row = new String[sourceIndex.length];
        try {
            while (source.next()) {
                read++;
                problems.clear();
                checkRow(source.fields(), width, sourceIndex, row, problems);
                if (problems.isEmpty()) {
                    accepted.accept(source.line(), row);
                } else {
                    rejected++;
                    long line = source.line();
                    problems.forEach(p -> rejections.reject(new Rejection(fileName, line, p.column(), p.value(), p.reason())));
                }
                if ((read & 0xFFFF) == 0) {
                    progress.accept(source.bytesRead());
                }
            }
        } catch (UnreadableFileException e) {
            String reason = e.getMessage() + "; the rest of the file was not read";
            rejections.reject(new Rejection(fileName, e.line(), "", "", reason));
            progress.accept(source.bytesRead());
            return new FileReport(table.name(), fileName, true, read, read - rejected, rejected, warnings, Optional.of(reason));
        }
        progress.accept(source.bytesRead());
        return new FileReport(table.name(), fileName, true, read, read - rejected, rejected, warnings, Optional.empty());
    }

    private void checkRow(List<String> fields, int width, int[] sourceIndex, String[] row, List<Problem> problems) {
        if (fields.size() != width) {
            problems.add(new Problem("", String.join(",", fields),
                    "expected " + width + " fields as in the header, found " + fields.size()));
            return;
        }
        List<Column> columns = table.columns();
        for (int i = 0; i < sourceIndex.length; i++) {
            String raw = sourceIndex[i] < 0 ? "" : fields.get(sourceIndex[i]);
            String reason = ValueNormalizer.normalize(columns.get(i), raw, row, i);
            if (reason != null) {
                problems.add(new Problem(columns.get(i).name(), raw, reason));
            }
        }
        if (problems.isEmpty()) {
            for (RowRule rule : rules) {
                rule.check(row, problems);
            }
        }
    }

    private Optional<String> matchHeader(List<String> header, Map<String, Integer> positions, List<String> warnings) {
        Set<String> ignored = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (table.column(name).isEmpty()) {
                ignored.add(header.get(i));
            } else if (positions.putIfAbsent(name, i) != null) {
                repeated.add(name);
            }
        }
        if (!ignored.isEmpty()) {
            warnings.add("columns not in the contract were ignored: " + String.join(", ", ignored));
        }
        if (header.isEmpty()) {
            return Optional.of("the file is empty: a header row is required");
        }
        if (!repeated.isEmpty()) {
            return Optional.of("the header names a column twice: " + String.join(", ", repeated));
        }
        List<String> missing = table.columns().stream()
                .filter(c -> c.inHeader() && !positions.containsKey(c.name()))
                .map(Column::name).toList();
        if (!missing.isEmpty()) {
            return Optional.of("missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; the file was not read (its header: " + String.join(",", header) + ")");
        }
        return Optional.empty();
    }

    /** The report of a file the bundle does not have. */
    public static FileReport absent(Table table) {
        Optional<String> error = table.required() ? Optional.of("required file is missing") : Optional.empty();
        return new FileReport(table.name(), table.csvFileName(), false, 0, 0, 0, List.of(), error);
    }

}
