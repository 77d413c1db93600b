package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet bundle holds the same rows as the CSV one, with IDs kept as text. */
class TestParquetOutput {
    @Test
    void parquetFilesHoldEveryRowWithLeadingZerosKept(@TempDir Path folder) throws IOException, SQLException {
        GeneratorSettings settings = new GeneratorSettings(2_000, 1, 9, 2025, OutputFormat.PARQUET);
        GenerationSummary summary = new StateGenerator(settings).generate(folder, GenerationProgress.NONE);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(BundleContract.TABLES.stream().map(t -> t.name() + ".parquet").toList());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (Table table : BundleContract.TABLES) {
                String parquet = "'" + folder.resolve(table.name() + ".parquet").toAbsolutePath() + "'";
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + parquet + ")")) {
                    r.next();
                    assertThat(r.getLong(1)).as(table.name()).isEqualTo(summary.rowsPerFile().get(table.name() + ".parquet"));
                }
            }
            String students = "'" + folder.resolve("students.parquet").toAbsolutePath() + "'";
            try (ResultSet r = s.executeQuery("SELECT min(length(student_id)), max(length(student_id)), "
                    + "sum((student_id LIKE '0%')::INT), any_value(typeof(school_year)) FROM read_parquet(" + students + ")")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(10);
                assertThat(r.getInt(2)).isEqualTo(10);
                assertThat(r.getLong(3)).isPositive();
                assertThat(r.getString(4)).isEqualTo("VARCHAR");
            }
        }
    }
}
