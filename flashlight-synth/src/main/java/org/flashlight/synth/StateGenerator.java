package org.flashlight.synth;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Table;

/**
 * Writes a complete synthetic data bundle (every required and optional file of the contract) for a
 * made-up state. The generative model is documented in docs/generator.md.
 *
 * <p>Deterministic: the same settings give byte-identical files, whatever the number of cores.
 * Students are simulated in chunks of consecutive lives by a pool of worker threads, each life from
 * its own random stream; a single writer appends the chunks' rendered rows to the files in chunk
 * order, and at most a few chunks are in flight, so memory does not grow with the state's size.
 *
 * <p>An instance may be used once or many times; it is not meant to be shared between threads.
 */
public final class StateGenerator {
    /** Student lives per chunk: large enough to amortize hand-over, small enough to keep memory flat. */
    static final int CHUNK_LIVES = 2_048;
    private static final String TEMP_FOLDER = ".flashlight-generate-csv";

    private final GeneratorSettings settings;
    private final Parameters parameters;
    private final TestCatalog catalog;
    private final int threads;
    /** Chunk buffers allocated by the last generation (they are reused, so this stays small). */
    private final AtomicInteger chunkBuffers = new AtomicInteger();

    public StateGenerator(GeneratorSettings settings) {
        this(settings, Parameters.defaults());
    }

    public StateGenerator(GeneratorSettings settings, Parameters parameters) {
        this(settings, parameters, TestCatalog.builtIn(), Runtime.getRuntime().availableProcessors());
    }

    StateGenerator(GeneratorSettings settings, Parameters parameters, TestCatalog catalog, int threads) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.parameters = Objects.requireNonNull(parameters, "parameters is null");
        this.catalog = Objects.requireNonNull(catalog, "catalog is null");
        this.threads = Math.max(1, threads);
    }

    /**
     * Generates the bundle into {@code outDir}, creating it if missing. Only the contract's own file
     * names are written (and, for the other format, removed); other files in the folder are left alone.
     */
    public GenerationSummary generate(Path outDir, GenerationProgress progress) throws IOException {
        Objects.requireNonNull(outDir, "outDir is null");
        Objects.requireNonNull(progress, "progress is null");
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new IllegalArgumentException(outDir + " is a file, not a folder");
        }
        Files.createDirectories(outDir);
        GenerationContext context = new GenerationContext(settings, parameters, catalog);
        boolean parquet = settings.format() == OutputFormat.PARQUET;
        Path csvDir = parquet ? outDir.resolve(TEMP_FOLDER) : outDir;
        Files.createDirectories(csvDir);
        Totals totals = new Totals(context);
        writeCsv(context, csvDir, progress, totals);
        for (Table table : BundleContract.TABLES) {
            Files.deleteIfExists(outDir.resolve(table.name() + (parquet ? ".csv" : ".parquet")));
        }
        if (parquet) {
            try (ParquetConverter converter = new ParquetConverter()) {
                for (Table table : BundleContract.TABLES) {
                    Path csv = csvDir.resolve(table.csvFileName());
                    converter.convert(table, csv, outDir.resolve(table.name() + ".parquet"));
                    Files.delete(csv);
                }
            }
            Files.delete(csvDir);
        }
        return totals.summary(context, parquet ? ".parquet" : ".csv");
    }

    /** Chunk buffers the last {@link #generate} allocated: bounded by the look-ahead window, not by the state's size. */
    int chunkBuffersAllocated() {
        return chunkBuffers.get();
    }

    /** Chunks the writer lets the workers run ahead (the memory bound). */
    int lookAheadChunks() {
        return threads * 2 + 1;
    }

    /** The true hidden effects of every school (what growth, attendance and climate measures should recover). */
    public List<SchoolTruth> schoolTruths() {
        StateLayout layout = StateLayout.build(settings, parameters);
        List<SchoolTruth> truths = new ArrayList<>();
        for (School s : layout.schoolsById()) {
            truths.add(new SchoolTruth(s.id, s.district.id, s.type.code, s.growthEffect[0], s.growthEffect[1],
                    s.growthEffect[2], s.absenceEffect, s.disciplineEffect, s.climateEffect, s.plannedPoverty));
        }
        return truths;
    }

    private void writeCsv(GenerationContext context, Path dir, GenerationProgress progress, Totals totals)
            throws IOException {
        List<Table> tables = BundleContract.TABLES;
        FileChannel[] streams = new FileChannel[tables.size()];
        try {
            for (int t = 0; t < tables.size(); t++) {
                streams[t] = FileChannel.open(dir.resolve(tables.get(t).csvFileName()), StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                RowSink header = new RowSink(context.dates, 256);
                header.header(tables.get(t).columns().stream().map(Column::name).toList());
                header.writeTo(streams[t]);
            }
            SchoolRows schoolRows = new SchoolRows(context);
            writeSchoolRows(context, streams, totals, Codes.TESTS, schoolRows::tests);
            writeSchoolRows(context, streams, totals, Codes.SCHOOLS, schoolRows::schools);
            writeStudents(context, streams, progress, totals);
            writeSchoolRows(context, streams, totals, Codes.SURVEYS, schoolRows::adultSurveys);
            writeSchoolRows(context, streams, totals, Codes.CLASS_OBSERVATIONS, schoolRows::classObservations);
        } finally {
            IOException failure = null;
            for (FileChannel s : streams) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException e) {
                        failure = e;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Buffer size at which school rows are written out (they are streamed like student rows). */
    private static final int FLUSH_BYTES = 1 << 20;

    private static void writeSchoolRows(GenerationContext context, FileChannel[] streams, Totals totals, int table,
            SchoolRowWriter rows) throws IOException {
        RowSink sink = new RowSink(context.dates, FLUSH_BYTES + (1 << 16));
        FileChannel channel = streams[table];
        Runnable flush = () -> {
            if (sink.size() >= FLUSH_BYTES) {
                write(sink, channel, totals, table);
            }
        };
        try {
            rows.write(sink, flush);
            write(sink, channel, totals, table);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void write(RowSink sink, FileChannel channel, Totals totals, int table) {
        try {
            sink.writeTo(channel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        totals.rows[table] += sink.rows();
        sink.clear();
    }

    /** A {@link SchoolRows} method: renders rows into a sink, calling flush after each school. */
    @FunctionalInterface
    private interface SchoolRowWriter {
        void write(RowSink sink, Runnable flush);
    }

    /** Workers render chunks of lives; this thread writes them in chunk order with a bounded look-ahead. */
    private void writeStudents(GenerationContext context, FileChannel[] streams, GenerationProgress progress,
            Totals totals) throws IOException {
        long lives = context.lives;
        long chunks = (lives + CHUNK_LIVES - 1) / CHUNK_LIVES;
        chunkBuffers.set(0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "flashlight-generate-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<StudentLife> lifeOfThread = ThreadLocal.withInitial(() -> new StudentLife(context));
        java.util.concurrent.ConcurrentLinkedQueue<ChunkOutput> spare = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Deque<Future<ChunkOutput>> inFlight = new ArrayDeque<>();
        int window = lookAheadChunks();
        long submitted = 0;
        try {
            for (long written = 0; written < chunks; written++) {
                while (submitted < chunks && inFlight.size() < window) {
                    long first = submitted * CHUNK_LIVES;
                    long last = Math.min(lives, first + CHUNK_LIVES);
                    inFlight.add(pool.submit(() -> renderChunk(context, lifeOfThread.get(), spare.poll(), chunkBuffers, first, last)));
                    submitted++;
                }
                ChunkOutput chunk = await(inFlight.poll());
                for (int t = 0; t < Codes.TABLE_COUNT; t++) {
                    chunk.sinks[t].writeTo(streams[t]);
                }
                totals.add(chunk);
                spare.add(chunk);
                long done = Math.min(lives, (written + 1) * CHUNK_LIVES);
                progress.studentsDone(Math.round((double) settings.students() * done / lives), settings.students());
            }
        } finally {
            for (Future<ChunkOutput> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    private static ChunkOutput renderChunk(GenerationContext context, StudentLife life, ChunkOutput reused,
            AtomicInteger buffers, long first, long last) {
        ChunkOutput chunk = reused;
        if (chunk == null) {
            buffers.incrementAndGet();
            chunk = new ChunkOutput(context.dates, context.lastYear - context.firstYear + 1, CHUNK_LIVES);
        } else {
            chunk.clear();
        }
        for (long i = first; i < last; i++) {
            life.live(i, chunk);
        }
        return chunk;
    }

    private static ChunkOutput await(Future<ChunkOutput> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Sums over chunks, in chunk order (integers only, so the result does not depend on threads). */
    private static final class Totals {
        final long[] rows = new long[Codes.TABLE_COUNT];
        final long[] studentsPerYear;
        final long[] aucPositive = new long[ChunkOutput.AUC_BINS];
        final long[] aucNegative = new long[ChunkOutput.AUC_BINS];
        long lives;
        long distinctStudents;
        long alternateSkipped;

        Totals(GenerationContext context) {
            this.studentsPerYear = new long[context.lastYear - context.firstYear + 1];
        }

        void add(ChunkOutput chunk) {
            for (int t = 0; t < rows.length; t++) {
                rows[t] += chunk.sinks[t].rows();
            }
            for (int y = 0; y < studentsPerYear.length; y++) {
                studentsPerYear[y] += chunk.studentsPerYear[y];
            }
            for (int b = 0; b < aucPositive.length; b++) {
                aucPositive[b] += chunk.aucPositive[b];
                aucNegative[b] += chunk.aucNegative[b];
            }
            lives += chunk.lives;
            distinctStudents += chunk.studentsWithRows;
            alternateSkipped += chunk.alternateAssessmentsSkipped;
        }

        /** Mann-Whitney AUC over the probability bins; pairs within a bin count as ties. */
        double bayesAuc() {
            long positives = 0;
            long negatives = 0;
            for (int b = 0; b < aucPositive.length; b++) {
                positives += aucPositive[b];
                negatives += aucNegative[b];
            }
            if (positives == 0 || negatives == 0) {
                return Double.NaN;
            }
            double concordant = 0;
            long negativesBelow = 0;
            for (int b = 0; b < aucPositive.length; b++) {
                concordant += aucPositive[b] * (negativesBelow + 0.5 * aucNegative[b]);
                negativesBelow += aucNegative[b];
            }
            return concordant / ((double) positives * negatives);
        }

        GenerationSummary summary(GenerationContext context, String extension) {
            SortedMap<String, Long> files = new TreeMap<>();
            for (int t = 0; t < rows.length; t++) {
                files.put(BundleContract.TABLES.get(t).name() + extension, rows[t]);
            }
            SortedMap<Integer, Long> perYear = new TreeMap<>();
            for (int y = 0; y < studentsPerYear.length; y++) {
                perYear.put(context.firstYear + y, studentsPerYear[y]);
            }
            List<String> notes = new ArrayList<>(context.plan.notes());
            if (alternateSkipped > 0) {
                notes.add(alternateSkipped + " alternate-assessment results not written (no " + context.plan.family.alternateTest()
                        + " definitions in the test catalog)");
            }
            return new GenerationSummary(files, distinctStudents, perYear, lives, context.layout.districts.size(),
                    context.layout.schools.size(), bayesAuc(), notes);
        }
    }
}
