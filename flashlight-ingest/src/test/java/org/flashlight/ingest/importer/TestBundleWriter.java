package org.flashlight.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flashlight.core.bundle.BundleContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestBundleWriter {
    @TempDir
    Path folder;

    @Test
    void rowsFollowTheContractsColumnOrderAndEveryRequiredFileGetsItsHeader() throws IOException {
        try (BundleWriter writer = new BundleWriter(folder)) {
            writer.write(BundleContract.DISCIPLINE, Map.of("days", "1.5", "action", "other", "school_year", "2024",
                    "student_id", "007", "school_id", "S, 1", "incident_date", "2024-01-02"));
            writer.close();
            assertThat(writer.rowsPerFile()).containsEntry("discipline.csv", 1L).containsEntry("schools.csv", 0L)
                    .doesNotContainKey("tests.csv");
        }
        assertThat(Files.readString(folder.resolve("discipline.csv"))).isEqualTo(
                "school_year,student_id,school_id,incident_date,action,days\n2024,007,\"S, 1\",2024-01-02,other,1.5\n");
        for (String required : new String[] {"schools", "students", "enrollments", "assessments", "course_grades",
                "graduation_cohorts"}) {
            assertThat(Files.readAllLines(folder.resolve(required + ".csv"))).as(required).hasSize(1);
        }
        assertThat(folder.resolve("tests.csv")).doesNotExist();
    }

    @Test
    void aColumnTheContractDoesNotNameIsAProgrammingError() {
        try (BundleWriter writer = new BundleWriter(folder)) {
            assertThatThrownBy(() -> writer.write(BundleContract.SCHOOLS, Map.of("school_nmae", "x")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("schools has no column school_nmae");
        }
    }
}
