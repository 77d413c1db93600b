package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestGeneratorSettings {
    @Test
    void defaultsAreTenThousandStudentsOverThreeYearsEndingIn2025() {
        GeneratorSettings d = GeneratorSettings.defaults();
        assertThat(d).isEqualTo(new GeneratorSettings(10_000, 3, 1, 2025, OutputFormat.CSV));
        assertThat(d.firstSchoolYear()).isEqualTo(2023);
    }

    @Test
    void outOfRangeSettingsAreRejectedWithAReadableMessage() {
        assertThatThrownBy(() -> new GeneratorSettings(999, 3, 1, 2025, OutputFormat.CSV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("students must be between 1,000 and 6,000,000 (got 999)");
        assertThatThrownBy(() -> new GeneratorSettings(6_000_001, 3, 1, 2025, OutputFormat.CSV))
                .hasMessageContaining("students must be between 1,000 and 6,000,000");
        assertThatThrownBy(() -> new GeneratorSettings(10_000, 0, 1, 2025, OutputFormat.CSV))
                .hasMessage("years must be between 1 and 12 (got 0)");
        assertThatThrownBy(() -> new GeneratorSettings(10_000, 13, 1, 2025, OutputFormat.CSV))
                .hasMessage("years must be between 1 and 12 (got 13)");
        assertThatThrownBy(() -> new GeneratorSettings(10_000, 3, 1, 2025, null)).hasMessage("format is null");
    }

    @Test
    void aFileIsNotAnOutputFolder(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("bundle"), "x");
        assertThatThrownBy(() -> new StateGenerator(GeneratorSettings.defaults()).generate(file, GenerationProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a file, not a folder");
    }

    @Test
    void theSmallestStateAndTheLongestSpanGenerate(@TempDir Path folder) throws Exception {
        GenerationSummary summary = new StateGenerator(new GeneratorSettings(1_000, 12, 1, 2025, OutputFormat.CSV))
                .generate(folder, GenerationProgress.NONE);
        assertThat(summary.studentsPerYear()).hasSize(12);
        assertThat(summary.studentsPerYear().values()).allMatch(n -> n > 700 && n < 1_300);
        BundleChecks.assertValid(folder);
    }
}
