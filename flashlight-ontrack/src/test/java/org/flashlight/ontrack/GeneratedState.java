package org.flashlight.ontrack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadProgress;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.synth.GenerationProgress;
import org.flashlight.synth.GenerationSummary;
import org.flashlight.synth.GeneratorSettings;
import org.flashlight.synth.OutputFormat;
import org.flashlight.synth.StateGenerator;

/**
 * One generated state shared by the tests of this module (generated once per JVM): 20,000 students over
 * 9 school years (2017-2025), seed 1, so four grade-9 cohorts (2017-2020) have known college persistence.
 */
final class GeneratedState {
    static final int STUDENTS = 20_000;
    static final int YEARS = 9;
    static final int LAST_YEAR = 2025;

    private static Path folder;
    private static GenerationSummary summary;

    private GeneratedState() {
    }

    static synchronized Path bundle() throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("flashlight-ontrack-state");
            folder.toFile().deleteOnExit();
            summary = new StateGenerator(new GeneratorSettings(STUDENTS, YEARS, 1, LAST_YEAR, OutputFormat.CSV))
                    .generate(folder, GenerationProgress.NONE);
        }
        return folder;
    }

    static synchronized GenerationSummary summary() throws IOException {
        bundle();
        return summary;
    }

    /** A fresh in-memory database with the bundle loaded. */
    static BundleDatabase loaded() throws IOException {
        BundleDatabase db = BundleDatabase.inMemory();
        new BundleLoader(db, LoadProgress.NONE).load(BundleFiles.scan(bundle()));
        return db;
    }
}
