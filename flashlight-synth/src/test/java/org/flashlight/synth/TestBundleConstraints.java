package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flashlight.core.bundle.BundleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated bundle satisfies every rule a loader enforces, for each state test family. */
class TestBundleConstraints {
    @Test
    void theStandardStateHasNoRowALoaderWouldReject() throws IOException, SQLException {
        GeneratedBundles.Generated bundle = GeneratedBundles.standard();
        BundleChecks.assertValid(bundle.folder());
        assertThat(bundle.summary().rowsPerFile()).containsOnlyKeys(
                BundleContract.TABLES.stream().map(t -> t.csvFileName()).toList());
        assertThat(bundle.summary().rowsPerFile().values()).allMatch(rows -> rows > 0);
    }

    @Test
    void aMassachusettsStyleStateUsesMcasWithScienceAndAccess(@TempDir Path folder) throws IOException, SQLException {
        GeneratorSettings settings = new GeneratorSettings(4_000, 2, 3, 2024, OutputFormat.CSV);
        new StateGenerator(settings, Parameters.defaults().withTestFamily(TestFamily.MCAS))
                .generate(folder, GenerationProgress.NONE);
        BundleChecks.assertValid(folder);
        try (BundleQueries db = new BundleQueries(folder)) {
            assertThat(db.strings("SELECT DISTINCT grade_tested FROM assessments WHERE test = 'mcas' AND subject = 'science' "
                    + "ORDER BY grade_tested::INT")).containsExactly("5", "8", "10");
            assertThat(db.strings("SELECT DISTINCT grade_tested FROM assessments WHERE test = 'mcas' AND subject = 'ela' "
                    + "ORDER BY grade_tested::INT")).containsExactly("3", "4", "5", "6", "7", "8", "10");
            assertThat(db.count("SELECT count(*) FROM assessments WHERE test = 'access'")).isPositive();
            assertThat(db.count("SELECT count(*) FROM assessments WHERE test IN ('sbac', 'elpac')")).isZero();
        }
    }

    @Test
    void aParccStateUsesParccAndAccess(@TempDir Path folder) throws IOException, SQLException {
        GeneratorSettings settings = new GeneratorSettings(4_000, 2, 4, 2024, OutputFormat.CSV);
        GenerationSummary summary = new StateGenerator(settings, Parameters.defaults().withTestFamily(TestFamily.PARCC))
                .generate(folder, GenerationProgress.NONE);
        BundleChecks.assertValid(folder);
        try (BundleQueries db = new BundleQueries(folder)) {
            double proficient = db.number("SELECT avg((performance_level::INT >= 4)::INT) FROM assessments "
                    + "WHERE test = 'parcc' AND participation = 'tested'");
            assertThat(proficient).isBetween(0.3, 0.6);
            assertThat(db.count("SELECT count(*) FROM assessments WHERE test = 'access'")).isPositive();
        }
        assertThat(summary.notes()).anyMatch(note -> note.startsWith("msaa"));
    }
}
