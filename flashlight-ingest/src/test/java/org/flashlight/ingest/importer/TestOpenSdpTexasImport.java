package org.flashlight.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Texas import of a whole file, on a four-record synth_texas.csv written here. */
class TestOpenSdpTexasImport {
    private static final String HEADER = "\"sid\",\"school_code\",\"grade_level\",\"year\",\"male\",\"race_ethnicity\","
            + "\"eco_dis\",\"title_1\",\"migrant\",\"lep\",\"iep\",\"rdg_ss\",\"math_ss\",\"wrtg_ss\",\"composition\"\n";

    @TempDir
    Path temp;

    private Path source(String rows) throws IOException {
        Path source = Files.createDirectories(temp.resolve("source"));
        Files.writeString(source.resolve("synth_texas.csv"), HEADER + rows);
        return source;
    }

    @Test
    void schoolsComeFromTheTestedGradesAndTheCampusNumber() throws IOException {
        Path source = source("""
                "000000001","057905101","3",2009,"M","W",0,NA,NA,0,"0",1500,1500,NA,NA
                "000000002","057905101","5",2009,"F","B",1,6,NA,0,"1",1500,NA,NA,NA
                "000000001","057905101","4",2010,"M","W",0,NA,NA,0,"0",1500,1500,NA,NA
                "000000003","057905042","7",2010,"F","A",2,NA,1,1,"0",NA,1500,NA,NA
                """);
        Path out = Files.createDirectories(temp.resolve("bundle"));

        ImportSummary summary = OpenSdpTexasImport.run(source, out);

        assertThat(summary.recordsRead()).containsEntry("synth_texas.csv", 4L);
        assertThat(summary.recordsSkipped()).isZero();
        // 14 definitions (6 reading, 6 math, 2 writing); scores: 2 + 1 + 2 + 1 = 6
        assertThat(summary.rowsPerFile()).containsEntry("tests.csv", 14L).containsEntry("schools.csv", 3L)
                .containsEntry("students.csv", 4L).containsEntry("enrollments.csv", 4L)
                .containsEntry("assessments.csv", 6L).containsEntry("discipline.csv", 0L)
                .containsEntry("course_grades.csv", 0L).containsEntry("graduation_cohorts.csv", 0L);
        // 2009: 057905101 tested grades 3 and 5 (elementary), a title_1 code 6 (school-wide program) -> title_i;
        // 2010: 057905042 grade 7 only (middle), 057905101 grade 4; the district is the first six digits, 057905
        assertThat(Files.readAllLines(out.resolve("schools.csv"))).containsExactly(
                "school_year,school_id,school_name,district_id,district_name,grade_low,grade_high,school_type,title_i,"
                        + "charter,cep",
                "2009,057905101,057905101,057905,,3,5,elementary,true,false,false",
                "2010,057905042,057905042,057905,,7,7,middle,false,false,false",
                "2010,057905101,057905101,057905,,4,4,elementary,false,false,false");
        assertThat(Files.readAllLines(out.resolve("students.csv")).get(4))
                .isEqualTo("2010,000000003,,f,asian,el,,,false,true,,,,,,true");
        assertThat(summary.notes()).contains("schools.csv: no student's title_1 code says the campus runs a Title I "
                + "program (6 or 7), title_i written false (2 times)");
    }

    @Test
    void theSameSourceGivesTheSameBytes() throws IOException {
        Path source = source("""
                "000000001","057905101","3",2009,"M","W",0,NA,NA,0,"0",1500.123,1500,NA,NA
                "000000003","057905042","7",2010,"F","A",2,NA,1,1,"0",NA,1500,NA,NA
                """);
        Path first = Files.createDirectories(temp.resolve("first"));
        Path second = Files.createDirectories(temp.resolve("second"));
        OpenSdpTexasImport.run(source, first);
        OpenSdpTexasImport.run(source, second);
        try (var files = Files.list(first)) {
            for (Path file : files.toList()) {
                assertThat(Files.readAllBytes(second.resolve(file.getFileName()))).as(file.getFileName().toString())
                        .isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    @Test
    void aMissingFileOrKeyColumnIsAnImportErrorThatSaysWhat() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertThatThrownBy(() -> OpenSdpTexasImport.run(empty, temp)).isInstanceOf(ImportException.class)
                .hasMessageContaining("no synth_texas.csv in the folder");

        Path source = Files.createDirectories(temp.resolve("nokey"));
        Files.writeString(source.resolve("synth_texas.csv"), "\"sid\",\"grade_level\",\"rdg_ss\"\n\"1\",\"3\",1500\n");
        assertThatThrownBy(() -> OpenSdpTexasImport.run(source, temp)).isInstanceOf(ImportException.class)
                .hasMessageEndingWith("the header lacks school_code, year");
    }
}
