package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same settings give byte-identical files, whatever the number of worker threads; another seed does not. */
class TestDeterminism {
    private static final GeneratorSettings SETTINGS = new GeneratorSettings(5_000, 2, 42, 2025, OutputFormat.CSV);

    @Test
    void theSameSeedGivesByteIdenticalFilesOnOneOrManyThreads(@TempDir Path one, @TempDir Path many) throws IOException {
        GenerationSummary first = generator(SETTINGS, 1).generate(one, GenerationProgress.NONE);
        GenerationSummary second = generator(SETTINGS, 3).generate(many, GenerationProgress.NONE);
        for (Table table : BundleContract.TABLES) {
            assertThat(Files.mismatch(one.resolve(table.csvFileName()), many.resolve(table.csvFileName())))
                    .as(table.csvFileName()).isEqualTo(-1L);
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherSeedGivesAnotherState(@TempDir Path first, @TempDir Path second) throws IOException {
        generator(SETTINGS, 2).generate(first, GenerationProgress.NONE);
        generator(SETTINGS.withSeed(43), 2).generate(second, GenerationProgress.NONE);
        for (String file : new String[] {"students.csv", "schools.csv", "assessments.csv"}) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void regeneratingIntoTheSameFolderOverwritesTheBundle(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "kept");
        Files.writeString(folder.resolve("students.parquet"), "stale");
        generator(SETTINGS, 2).generate(folder, GenerationProgress.NONE);
        byte[] before = Files.readAllBytes(folder.resolve("enrollments.csv"));
        generator(SETTINGS, 2).generate(folder, GenerationProgress.NONE);
        assertThat(Files.readAllBytes(folder.resolve("enrollments.csv"))).isEqualTo(before);
        assertThat(folder.resolve("notes.txt")).hasContent("kept");
        assertThat(folder.resolve("students.parquet")).doesNotExist();
    }

    private static StateGenerator generator(GeneratorSettings settings, int threads) {
        return new StateGenerator(settings, Parameters.defaults(), TestCatalog.builtIn(), threads);
    }
}
