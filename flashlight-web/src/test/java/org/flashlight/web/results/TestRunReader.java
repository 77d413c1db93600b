package org.flashlight.web.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flashlight.web.RunFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the run folders of {@link RunFixture}: only the public view crosses into the app. */
class TestRunReader {
    @TempDir
    static Path folder;
    static ResultsLibrary library;

    @BeforeAll
    static void write() throws Exception {
        library = ResultsLibrary.open(RunFixture.write(folder.resolve("runs")));
    }

    static FrameworkRun alpha() {
        return library.run("alpha").orElseThrow();
    }

    @Test
    void aSuppressedCellCarriesNothingButItsPlace() {
        PublicCell el = alpha().cell(CellKey.school(2025, "S1", "ela_proficiency", "el")).orElseThrow();
        assertThat(el.visibility()).isEqualTo(Visibility.SUPPRESSED);
        assertThat(el.value()).isEmpty();
        assertThat(el.students()).isEmpty();
        assertThat(el.metricLevel()).isEmpty(); // the run wrote level 3 for it
    }

    @Test
    void aCodedCellKeepsItsCodeAndLosesItsCountsAndPoints() {
        // the run wrote 12 students, points 9.5 and level 10 beside ">= 95%": points would give the value back
        PublicCell swd = alpha().cell(CellKey.school(2025, "S1", "ela_proficiency", "swd")).orElseThrow();
        assertThat(swd.visibility()).isEqualTo(Visibility.CODED);
        assertThat(swd.code()).isEqualTo(">= 95%");
        assertThat(swd.students()).isEmpty();
        assertThat(swd.points()).isEmpty();
        assertThat(swd.metricLevel()).isEmpty();
    }

    @Test
    void aShownCellKeepsItsValueStudentsAndLevel() {
        PublicCell all = alpha().cell(CellKey.school(2025, "S1", "ela_proficiency", "all")).orElseThrow();
        assertThat(all.value()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.6"));
        assertThat(all.students()).hasValue(50);
        assertThat(all.metricLevel()).hasValue(7);
    }

    @Test
    void theFrameworkSettingsComeFromTheManifest() {
        assertThat(library.runs()).extracting(FrameworkRun::id).containsExactly("alpha", "beta");
        assertThat(alpha().publishScore()).isTrue();
        assertThat(alpha().years()).containsExactly(2023, 2024, 2025);
        assertThat(library.run("beta").orElseThrow().outcomesOf("S1", 2025).get(0).score()).isEmpty();
        assertThat(alpha().outcomesOf("S1", 2025).get(0).score()).hasValueSatisfying(
                s -> assertThat(s).isEqualByComparingTo("61.25"));
        assertThat(alpha().school("S4").orElseThrow().grades()).isEqualTo("Grades 9-12");
    }

    @Test
    void onlyThePublicExplanationLinesAreKept() {
        assertThat(alpha().explanationsOf("S1", 2025)).extracting(ExplanationLine::text)
                .noneMatch(t -> t.contains(RunFixture.SECRET_VALUE)).hasSize(5);
        // withheld: the el value line, the ELA line combining it, el's colour line
        assertThat(alpha().withheldExplanationsOf("S1", 2025)).isEqualTo(3);
        assertThat(alpha().color(CellKey.school(2025, "S1", "chronic_absence", "all"))).hasValue("Orange");
        assertThat(alpha().color(CellKey.school(2025, "S1", "ela_proficiency", "el"))).isEmpty();
    }

    @Test
    void aManifestWithoutPublishScoreHidesTheScore() throws Exception {
        Path run = folder.resolve("old-run");
        Files.createDirectories(run);
        Files.copy(folder.resolve("runs/alpha/flashlight.duckdb"), run.resolve("flashlight.duckdb"));
        Files.writeString(run.resolve("run_manifest.json"), "{\"framework\": {\"id\": \"alpha\", \"min_n_public\": 10}}");
        FrameworkRun old = RunReader.read(run);
        assertThat(old.publishScore()).isFalse();
        assertThat(old.outcomesOf("S1", 2025).get(0).score()).isEmpty();
    }

    @Test
    void theDatabaseFileOfARunStandsForItsFolder() {
        ResultsLibrary one = ResultsLibrary.open(folder.resolve("runs/beta/flashlight.duckdb"));
        assertThat(one.runs()).extracting(FrameworkRun::id).containsExactly("beta");
    }

    @Test
    void aFolderWithoutResultsIsAnErrorThatSaysWhatToGive() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        assertThatThrownBy(() -> ResultsLibrary.open(empty)).isInstanceOf(ResultsException.class)
                .hasMessageContaining("--out folder of flashlight run");
        assertThatThrownBy(() -> ResultsLibrary.open(folder.resolve("missing"))).isInstanceOf(ResultsException.class)
                .hasMessageContaining("is not a folder");
    }
}
