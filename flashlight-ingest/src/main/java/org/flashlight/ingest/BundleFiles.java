package org.flashlight.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;

/**
 * The files of a bundle folder: for each contract table, {@code name.csv} or {@code name.parquet}
 * (file names are matched case-insensitively); anything else in the folder is listed as ignored.
 */
public final class BundleFiles {
    /** Format of one file. */
    public enum Format { CSV, PARQUET }

    /** A contract table's file in the folder. */
    public record BundleFile(Table table, Path path, Format format) {
        public String fileName() {
            return path.getFileName().toString();
        }
    }

    private final Path folder;
    private final List<BundleFile> files;
    private final List<String> ignored;

    private BundleFiles(Path folder, List<BundleFile> files, List<String> ignored) {
        this.folder = folder;
        this.files = List.copyOf(files);
        this.ignored = List.copyOf(ignored);
    }

    /**
     * Scans {@code folder}.
     *
     * @throws BundleException when the folder is unreadable or holds a table twice (CSV and Parquet)
     */
    public static BundleFiles scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BundleException("--data " + folder + ": not a folder");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new BundleException("--data " + folder + ": cannot list the folder: " + e.getMessage());
        }
        List<BundleFile> found = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Optional<BundleFile> file = match(entry, name.toLowerCase(Locale.ROOT));
            if (file.isEmpty()) {
                if (!name.startsWith(".")) {
                    ignored.add(name);
                }
                continue;
            }
            for (BundleFile other : found) {
                if (other.table().equals(file.get().table())) {
                    throw new BundleException(folder + ": " + other.fileName() + " and " + name
                            + " both hold table " + other.table().name() + "; keep one");
                }
            }
            found.add(file.get());
        }
        found.sort(java.util.Comparator.comparingInt(f -> BundleContract.TABLES.indexOf(f.table())));
        return new BundleFiles(folder, found, ignored);
    }

    private static Optional<BundleFile> match(Path path, String lowerName) {
        for (Table table : BundleContract.TABLES) {
            if (lowerName.equals(table.name() + ".csv")) {
                return Optional.of(new BundleFile(table, path, Format.CSV));
            }
            if (lowerName.equals(table.name() + ".parquet")) {
                return Optional.of(new BundleFile(table, path, Format.PARQUET));
            }
        }
        return Optional.empty();
    }

    public Path folder() {
        return folder;
    }

    /** The bundle's file for a table, if present. */
    public Optional<BundleFile> file(Table table) {
        return files.stream().filter(f -> f.table().equals(table)).findFirst();
    }

    /** Contract files present, in load order. */
    public List<BundleFile> files() {
        return files;
    }

    /** Other files of the folder (not read). */
    public List<String> ignored() {
        return ignored;
    }

    /** Total size of the contract files, for progress. */
    public long totalBytes() {
        long total = 0;
        for (BundleFile f : files) {
            try {
                total += Files.size(f.path());
            } catch (IOException e) {
                // an unreadable file is reported when it is read
            }
        }
        return total;
    }
}
