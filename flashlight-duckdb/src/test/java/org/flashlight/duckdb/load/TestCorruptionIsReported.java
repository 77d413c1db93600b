package org.flashlight.duckdb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.ColumnType;
import org.flashlight.core.bundle.Table;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.ValidBundle.CsvFile;
import org.flashlight.ingest.FileReport;
import org.flashlight.ingest.Rejection;

/**
 * Starts from {@link ValidBundle}, breaks up to three of its files at random, each in a way that
 * always makes the data invalid, loads the bundle and checks that nothing escapes and nothing is
 * dropped silently: every file's read = accepted + rejected, the rejected rows listed are exactly the
 * rejected count, each corruption is reported where it was made, and the database holds exactly the
 * accepted rows. The data rows of the fixture are one line each, so row i (from 0) is line i + 2.
 */
class TestCorruptionIsReported {
    enum Kind {
        /** {@code #bad#} in a typed column: no type of the contract accepts it. */
        GARBAGE_CELL,
        /** A field removed from a row: the row has one field fewer than the header. */
        DROP_CELL,
        /** A row copied to the end of a table with a key. */
        DUPLICATE_ROW,
        /** A column the header must have removed (header and cells). */
        DELETE_REQUIRED_COLUMN,
        /** A line cut short, before its last two separators. */
        TRUNCATE_LINE,
        /** A quote opened at the start of a field and never closed. */
        STRAY_QUOTE,
        /** A byte that is not UTF-8 (0xFF) inside a line. */
        INVALID_UTF8,
        /** A required file left out. */
        REMOVE_FILE,
        /** Two values of a row exchanged, where at least one lands in a column whose type refuses it. */
        SWAP_VALUES
    }

    /** One corruption of the file at {@code file} in {@link ValidBundle#files()}; {@code a}, {@code b} pick rows and columns. */
    record Corruption(Kind kind, int file, int a, int b) {
    }

    /** Per table, two columns whose values never fit each other's type (the first is a year, the second has letters). */
    private static final Map<String, List<String>> SWAPS = Map.ofEntries(
            Map.entry("tests", List.of("grade", "test")),
            Map.entry("students", List.of("school_year", "sex")),
            Map.entry("graduation_cohorts", List.of("cohort_year", "school_id")),
            Map.entry("postsecondary", List.of("hs_exit_year", "enrolled_fall")),
            Map.entry("schools", List.of("school_year", "school_id")),
            Map.entry("enrollments", List.of("school_year", "school_id")),
            Map.entry("assessments", List.of("school_year", "school_id")),
            Map.entry("discipline", List.of("school_year", "school_id")),
            Map.entry("course_grades", List.of("school_year", "school_id")),
            Map.entry("attendance_monthly", List.of("school_year", "school_id")),
            Map.entry("surveys", List.of("school_year", "school_id")),
            Map.entry("class_observations", List.of("school_year", "school_id")));

    private static final List<CsvFile> FILES = ValidBundle.files();

    /** What a corruption must produce: a rejection of {@code file} at {@code line}, and how much of the file is read. */
    private record Expected(Corruption corruption, String file, long line, boolean fileProblem, long read) {
    }

    @ParameterizedTest(name = "plan {index}: {0}")
    @MethodSource("plans")
    void everyCorruptionIsReportedAndEveryRowAccountedFor(List<Corruption> plan) throws IOException {
        Path folder = Files.createTempDirectory("flashlight-corrupt-");
        try (BundleDatabase db = BundleDatabase.inMemory()) {
            Map<String, Expected> expected = write(folder, plan);

            LoadReport report = Loads.load(folder, db); // any exception fails the property

            List<Rejection> rejections = Loads.rejections(db);
            Map<String, Set<Long>> rowLines = new HashMap<>();
            rejections.stream().filter(Loads::isRowRejection)
                    .forEach(r -> rowLines.computeIfAbsent(r.file(), k -> new HashSet<>()).add(r.line()));
            for (FileReport f : report.files()) {
                assertThat(f.read()).as(f.file() + " read").isEqualTo(f.accepted() + f.rejected());
                assertThat((long) rowLines.getOrDefault(f.file(), Set.of()).size()).as(f.file() + " rejected rows listed")
                        .isEqualTo(f.rejected());
                assertThat(Loads.rows(db, f.table())).as(f.table() + " rows in the database").isEqualTo(f.accepted());
                Expected e = expected.get(f.file());
                if (e == null) {
                    // untouched file: every row read (some may be rejected for pointing at a corrupted row)
                    long written = FILES.stream().filter(x -> x.name().equals(f.file())).findFirst().orElseThrow().rows().size();
                    assertThat(f.read()).as(f.file() + " untouched, read").isEqualTo(written);
                    assertThat(f.fileError()).as(f.file() + " untouched").isEmpty();
                    continue;
                }
                assertThat(rejections).as(e.corruption() + " reported")
                        .anySatisfy(r -> assertThat(List.of(r.file(), r.line())).isEqualTo(List.of(e.file(), e.line())));
                assertThat(f.fileError().isPresent()).as(e.corruption() + " is a file problem").isEqualTo(e.fileProblem());
                assertThat(f.read()).as(e.corruption() + " rows read").isEqualTo(e.read());
                if (!e.fileProblem()) {
                    assertThat(f.rejected()).as(e.corruption() + " rejected").isPositive();
                }
            }
            assertThat(report.hasRejections()).isTrue();
        } finally {
            deleteTree(folder);
        }
    }

    /** Number of random plans after the one-kind-each plans; seeds are fixed so a failure reproduces. */
    private static final int RANDOM_PLANS = 50;

    /**
     * Random corruption plans (a property test with fixed seeds): first every kind alone, then
     * {@link #RANDOM_PLANS} plans of one to three corruptions of distinct files.
     */
    static Stream<List<Corruption>> plans() {
        Stream<List<Corruption>> eachKind = Stream.of(Kind.values()).map(kind -> {
            SplittableRandom random = new SplittableRandom(kind.ordinal());
            return List.of(drawApplicable(random, kind));
        });
        Stream<List<Corruption>> random = IntStream.range(0, RANDOM_PLANS).mapToObj(seed -> {
            SplittableRandom r = new SplittableRandom(1_000 + seed);
            int size = 1 + r.nextInt(3);
            List<Corruption> plan = new ArrayList<>();
            Set<Integer> files = new HashSet<>();
            while (plan.size() < size) {
                Corruption c = drawApplicable(r, Kind.values()[r.nextInt(Kind.values().length)]);
                if (files.add(c.file())) {
                    plan.add(c);
                }
            }
            return List.copyOf(plan);
        });
        return Stream.concat(eachKind, random);
    }

    private static Corruption drawApplicable(SplittableRandom random, Kind kind) {
        while (true) {
            Corruption c = new Corruption(kind, random.nextInt(FILES.size()), random.nextInt(10_001), random.nextInt(10_001));
            if (applies(c)) {
                return c;
            }
        }
    }

    private static boolean applies(Corruption c) {
        Table table = table(FILES.get(c.file()));
        return switch (c.kind()) {
            case DUPLICATE_ROW -> !table.key().isEmpty();
            case REMOVE_FILE -> table.required();
            default -> true;
        };
    }

    // ------------------------------------------------------------------------------- applying a plan

    private static Map<String, Expected> write(Path folder, List<Corruption> plan) throws IOException {
        List<CsvFile> files = ValidBundle.files();
        Map<String, Expected> expected = new HashMap<>();
        Map<String, Corruption> byFile = new HashMap<>();
        plan.forEach(c -> byFile.put(files.get(c.file()).name(), c));
        for (CsvFile file : files) {
            Corruption c = byFile.get(file.name());
            if (c == null) {
                file.writeTo(folder);
                continue;
            }
            Expected e = corrupt(file, c, folder);
            expected.put(file.name(), e);
        }
        return expected;
    }

    private static Expected corrupt(CsvFile file, Corruption c, Path folder) throws IOException {
        Table table = table(file);
        int rows = file.rows().size();
        int r = c.a() % rows;
        long line = r + 2;
        switch (c.kind()) {
            case GARBAGE_CELL -> {
                List<Integer> typed = new ArrayList<>();
                for (Column column : table.columns()) {
                    if (column.type() != ColumnType.STRING && file.column(column.name()) >= 0) {
                        typed.add(file.column(column.name()));
                    }
                }
                file.rows().get(r).set(typed.get(c.b() % typed.size()), "#bad#");
                file.writeTo(folder);
                return new Expected(c, file.name(), line, false, rows);
            }
            case DROP_CELL -> {
                file.rows().get(r).remove(c.b() % file.header().size());
                file.writeTo(folder);
                return new Expected(c, file.name(), line, false, rows);
            }
            case DUPLICATE_ROW -> {
                file.rows().add(new ArrayList<>(file.rows().get(r)));
                file.writeTo(folder);
                return new Expected(c, file.name(), rows + 2, false, rows + 1);
            }
            case DELETE_REQUIRED_COLUMN -> {
                List<Integer> required = new ArrayList<>();
                for (Column column : table.columns()) {
                    if (column.inHeader() && file.column(column.name()) >= 0) {
                        required.add(file.column(column.name()));
                    }
                }
                int i = required.get(c.b() % required.size());
                file.header().remove(i);
                file.rows().forEach(row -> row.remove(i));
                file.writeTo(folder);
                return new Expected(c, file.name(), 1, true, 0);
            }
            case SWAP_VALUES -> {
                List<String> pair = SWAPS.get(table.name());
                Collections.swap(file.rows().get(r), file.column(pair.get(0)), file.column(pair.get(1)));
                file.writeTo(folder);
                return new Expected(c, file.name(), line, false, rows);
            }
            case REMOVE_FILE -> {
                return new Expected(c, file.name(), 0, true, 0);
            }
            case TRUNCATE_LINE, STRAY_QUOTE, INVALID_UTF8 -> {
                List<String> lines = file.lines();
                List<String> fields = file.rows().get(r).stream().map(ValidBundle::csvField).toList();
                byte[] bytes = switch (c.kind()) {
                    case TRUNCATE_LINE -> {
                        // keep fields 0..j, the last one possibly cut, so that at most width - 2 fields remain
                        int j = c.b() % (fields.size() - 2);
                        String last = fields.get(j);
                        int cutFromLast = last.isEmpty() || last.startsWith("\"") ? 0 : c.b() % last.length();
                        int end = String.join(",", fields.subList(0, j + 1)).length() - cutFromLast;
                        lines.set(r + 1, lines.get(r + 1).substring(0, end));
                        yield file.encode(lines);
                    }
                    case STRAY_QUOTE -> {
                        int k = c.b() % fields.size();
                        int start = k == 0 ? 0 : String.join(",", fields.subList(0, k)).length() + 1;
                        String text = lines.get(r + 1);
                        lines.set(r + 1, text.substring(0, start) + "\"" + text.substring(start));
                        yield file.encode(lines);
                    }
                    default -> {
                        // the line's text is ASCII: any byte position is between two characters
                        String text = lines.get(r + 1);
                        int at = c.b() % (text.length() + 1);
                        String marker = "\u0000";
                        lines.set(r + 1, text.substring(0, at) + marker + text.substring(at));
                        yield replaceMarker(file.encode(lines), (byte) 0xFF);
                    }
                };
                Files.write(folder.resolve(file.name()), bytes);
                boolean stops = c.kind() != Kind.TRUNCATE_LINE;
                // a file that stops at line L was read up to the row before it
                return new Expected(c, file.name(), line, stops, stops ? r : rows);
            }
            default -> throw new IllegalStateException(c.kind().name());
        }
    }

    private static byte[] replaceMarker(byte[] bytes, byte replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        for (byte b : bytes) {
            out.write(b == 0 ? replacement : b);
        }
        return out.toByteArray();
    }

    private static Table table(CsvFile file) {
        return BundleContract.table(file.table()).orElseThrow();
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static {
        // the fixture's text must be ASCII for INVALID_UTF8's byte positions (the BOM is in a header, never corrupted)
        for (CsvFile f : FILES) {
            for (List<String> row : f.rows()) {
                for (String cell : row) {
                    if (!StandardCharsets.US_ASCII.newEncoder().canEncode(cell)) {
                        throw new IllegalStateException(f.name() + ": non-ASCII cell " + cell);
                    }
                }
            }
        }
    }
}
