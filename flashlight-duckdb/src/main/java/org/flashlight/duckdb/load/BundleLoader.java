package org.flashlight.duckdb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Reference;
import org.flashlight.core.bundle.Table;
import org.flashlight.core.validation.RowRules;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.Schema;
import org.flashlight.ingest.AcceptedRowSink;
import org.flashlight.ingest.BundleException;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.ingest.BundleFiles.BundleFile;
import org.flashlight.ingest.CsvRecordSource;
import org.flashlight.ingest.FileIngest;
import org.flashlight.ingest.FileReport;
import org.flashlight.ingest.Rejection;
import org.flashlight.ingest.PrefetchingRecordSource;
import org.flashlight.ingest.RecordSource;
import org.flashlight.ingest.UnreadableFileException;

/**
 * Loads a bundle into the database as typed tables, validating every row on the way: each file is
 * read and checked in Java (cells, row rules), its accepted rows are staged and bulk-loaded by
 * DuckDB on a second thread while the next file is read, then keys and cross-file references are
 * checked in SQL. Every table of the contract exists afterwards (empty when its file is absent), as
 * does the table {@code rejections}.
 */
public final class BundleLoader {
    private final BundleDatabase db;
    private final LoadProgress progress;

    public BundleLoader(BundleDatabase db, LoadProgress progress) {
        this.db = db;
        this.progress = progress;
    }

    public LoadReport load(BundleFiles bundle) {
        Path staging = createStagingFolder();
        try {
            return load(bundle, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private LoadReport load(BundleFiles bundle, Path staging) throws IOException {
        for (Table table : BundleContract.TABLES) {
            db.execute(Schema.createTable(table));
        }
        RejectionLog.createTable(db);
        Map<Table, FileReport> reports = new LinkedHashMap<>();
        long totalBytes = bundle.totalBytes();
        long[] bytesBefore = {0};
        TestCatalog catalog = TestCatalog.builtIn();
        ExecutorService bulkLoader = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "flashlight-bulk-load");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> loads = new ArrayList<>();
        try (RejectionLog rejections = new RejectionLog(staging.resolve("rejections.csv"));
                Connection parquetConnection = db.duplicateConnection()) {
            for (Table table : BundleContract.TABLES) {
                Optional<BundleFile> file = bundle.file(table);
                if (file.isEmpty()) {
                    FileReport absent = FileIngest.absent(table);
                    absent.fileError().ifPresent(reason -> rejections.reject(new Rejection(absent.file(), 0, "", "", reason)));
                    reports.put(table, absent);
                    continue;
                }
                Path stagingFile = staging.resolve(table.name() + ".csv");
                TestCollector tests = new TestCollector();
                FileReport report;
                try (StagingCsv accepted = new StagingCsv(stagingFile)) {
                    AcceptedRowSink sink = table == BundleContract.TESTS ? tests.teeTo(accepted) : accepted;
                    report = ingest(file.get(), catalog, parquetConnection, sink, rejections,
                            bytes -> progress.bytesRead(bytesBefore[0] + bytes, totalBytes));
                }
                bytesBefore[0] += size(file.get().path());
                if (table == BundleContract.TESTS) {
                    catalog = catalog.withOverrides(tests.definitions());
                }
                reports.put(table, report);
                loads.add(bulkLoader.submit(() -> bulkLoad(table, stagingFile)));
            }
            awaitAll(loads);
            progress.step("checking keys and references");
            rejections.load(db);
            checkWholeTables(bundle, reports, rejections.nextSeq());
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        } finally {
            bulkLoader.shutdownNow();
        }
        return new LoadReport(List.copyOf(reports.values()), bundle.ignored());
    }

    private FileReport ingest(BundleFile file, TestCatalog catalog, Connection parquetConnection, AcceptedRowSink sink,
            RejectionLog rejections, java.util.function.LongConsumer bytes) throws IOException {
        FileIngest ingest = new FileIngest(file.table(), file.fileName(), RowRules.forTable(file.table(), catalog));
        try (RecordSource source = open(file, parquetConnection)) {
            return ingest.run(source, sink, rejections, bytes);
        } catch (UnreadableFileException e) {
            rejections.reject(new Rejection(file.fileName(), e.line(), "", "", e.getMessage()));
            return new FileReport(file.table().name(), file.fileName(), true, 0, 0, 0, List.of(),
                    Optional.of(e.getMessage()));
        }
    }

    private static RecordSource open(BundleFile file, Connection parquetConnection) throws IOException {
        try {
            return switch (file.format()) {
                case CSV -> new PrefetchingRecordSource(new CsvRecordSource(file.path()));
                case PARQUET -> new PrefetchingRecordSource(new ParquetRecordSource(parquetConnection, file.path()));
            };
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException e) {
            throw new BundleException(file.path() + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    private void bulkLoad(Table table, Path stagingFile) {
        db.execute("INSERT INTO " + table.name() + " SELECT * FROM read_csv(" + RejectionLog.sqlString(stagingFile)
                + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', columns = "
                + Schema.readCsvColumns(table) + ")");
        deleteQuietly(stagingFile);
    }

    private void checkWholeTables(BundleFiles bundle, Map<Table, FileReport> reports, long firstSeq) {
        WholeTableChecks checks = new WholeTableChecks(db);
        Map<Table, Long> later = new HashMap<>();
        long seq = firstSeq;
        for (Table table : BundleContract.TABLES) {
            if (bundle.file(table).isPresent()) {
                long n = checks.duplicateKeys(table, reports.get(table).file(), seq);
                later.merge(table, n, Long::sum);
                seq += n;
            }
        }
        for (Table table : BundleContract.TABLES) {
            if (bundle.file(table).isEmpty()) {
                continue;
            }
            for (Reference reference : table.references()) {
                Table target = BundleContract.table(reference.targetTable()).orElseThrow();
                long n = checks.missingReference(table, reference, reports.get(table).file(), reports.get(target).file(), seq);
                later.merge(table, n, Long::sum);
                seq += n;
            }
        }
        later.forEach((table, n) -> reports.put(table, reports.get(table).withLaterRejections(n)));
    }

    /** Writes every rejection, in file then line order, as rejections.csv ({@code file,line,column,value,reason}). */
    public static void writeRejectionsCsv(BundleDatabase db, Path target) {
        db.execute("COPY (SELECT file, CASE WHEN line = 0 THEN NULL ELSE line END AS line, \"column\", value, reason FROM "
                + RejectionLog.TABLE + " ORDER BY file_order, line, seq) TO " + RejectionLog.sqlString(target)
                + " (FORMAT csv, HEADER true)");
    }

    /** The first {@code limit} rejections in file then line order. */
    public static List<Rejection> firstRejections(BundleDatabase db, int limit) {
        List<Rejection> result = new ArrayList<>();
        try (var s = db.connection().createStatement();
                var rs = s.executeQuery("SELECT file, line, \"column\", value, reason FROM " + RejectionLog.TABLE
                        + " ORDER BY file_order, line, seq LIMIT " + limit)) {
            while (rs.next()) {
                result.add(new Rejection(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return result;
    }

    private static void awaitAll(List<Future<?>> loads) {
        for (Future<?> load : loads) {
            try {
                load.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseException("interrupted while loading", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new DatabaseException(cause.getMessage(), cause);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path createStagingFolder() {
        try {
            return Files.createTempDirectory("flashlight-load-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for loading", e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary files; the OS cleans its temp folder
        }
    }

    /**
     * Collects the accepted tests.csv rows; of rows with the same key the one on the lowest line wins,
     * as the key check keeps it (Parquet rows may arrive out of file order).
     */
    private static final class TestCollector {
        private record Numbered(long line, TestDefinition definition) {
        }

        private final Map<String, Numbered> byKey = new LinkedHashMap<>();

        AcceptedRowSink teeTo(AcceptedRowSink next) {
            return new AcceptedRowSink() {
                @Override
                public void accept(long line, String[] row) {
                    TestDefinition d = RowRules.toTestDefinition(row);
                    byKey.merge(d.test() + "|" + d.subject() + "|" + d.grade(), new Numbered(line, d),
                            (a, b) -> a.line() <= b.line() ? a : b);
                    next.accept(line, row);
                }

                @Override
                public void close() throws IOException {
                    next.close();
                }
            };
        }

        List<TestDefinition> definitions() {
            return byKey.values().stream().map(Numbered::definition).toList();
        }
    }
}
