package org.flashlight.web.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every framework run the server shows: one run folder, or the run folders directly inside a folder. */
public record ResultsLibrary(List<FrameworkRun> runs) {
    public ResultsLibrary {
        runs = runs.stream().sorted(Comparator.comparing(FrameworkRun::id)).toList();
        if (runs.isEmpty()) {
            throw new ResultsException("no results to serve: give --results the --out folder of flashlight run, "
                    + "or a folder holding such folders");
        }
    }

    /** {@code path}: a run folder, a folder of run folders, or a run's flashlight.duckdb (outputs.md: DIR_OR_DB). */
    public static ResultsLibrary open(Path path) {
        Path folder = Files.isRegularFile(path) && path.getFileName().toString().endsWith(".duckdb")
                && path.toAbsolutePath().getParent() != null ? path.toAbsolutePath().getParent() : path;
        if (Files.isRegularFile(path) && !RunReader.isRunFolder(folder)) {
            throw new ResultsException(path + " is not the flashlight.duckdb of a flashlight run folder (its "
                    + RunReader.MANIFEST + " is missing): give --results the --out folder of flashlight run");
        }
        if (!Files.isDirectory(folder)) {
            throw new ResultsException(folder + " is not a folder: give --results the --out folder of flashlight run");
        }
        if (RunReader.isRunFolder(folder)) {
            return new ResultsLibrary(List.of(RunReader.read(folder)));
        }
        try (Stream<Path> children = Files.list(folder)) {
            return new ResultsLibrary(children.filter(RunReader::isRunFolder).sorted().map(RunReader::read).toList());
        } catch (IOException e) {
            throw new ResultsException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    public Optional<FrameworkRun> run(String frameworkId) {
        return runs.stream().filter(r -> r.id().equals(frameworkId)).findFirst();
    }

    /** The run a page shows when the URL names none. */
    public FrameworkRun defaultRun() {
        return runs.get(0);
    }
}
