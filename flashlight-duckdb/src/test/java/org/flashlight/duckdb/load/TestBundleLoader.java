package org.flashlight.duckdb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.flashlight.duckdb.load.Loads.query;
import static org.flashlight.duckdb.load.Loads.rejections;
import static org.flashlight.duckdb.load.Loads.report;
import static org.flashlight.duckdb.load.Loads.rows;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.ValidBundle.CsvFile;
import org.flashlight.ingest.BundleException;
import org.flashlight.ingest.BundleFiles;
import org.flashlight.ingest.FileReport;
import org.flashlight.ingest.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads hand-written bundles into a real in-process DuckDB: a valid bundle that uses the contract's
 * freedoms, then one bundle per class of rejection, each with its exact rejections and per-file counts.
 * Line numbers count the header as line 1, so the n-th data row of a file is line n + 1.
 */
class TestBundleLoader {
    @TempDir
    Path temp;

    private BundleDatabase db;

    @BeforeEach
    void openDatabase() {
        db = BundleDatabase.inMemory();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** Rows per table of {@link ValidBundle}, counted by hand from its files. */
    private static final Map<String, Long> VALID_ROWS = orderedMap(
            "tests", 2, "schools", 4, "students", 5, "enrollments", 5, "assessments", 4, "discipline", 3,
            "course_grades", 3, "graduation_cohorts", 3, "attendance_monthly", 3, "surveys", 3,
            "class_observations", 2, "postsecondary", 2);

    // ------------------------------------------------------------------------------------ valid bundle

    @Test
    void handWrittenBundleUsingTheContractsFreedomsIsAcceptedWhole() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Files.writeString(bundle.resolve("README.txt"), "extract notes, not part of the contract");

        LoadReport report = Loads.load(bundle, db);

        assertThat(rejections(db)).isEmpty();
        assertThat(report.hasRejections()).isFalse();
        assertThat(report.files()).extracting(FileReport::table)
                .containsExactlyElementsOf(BundleContract.TABLES.stream().map(t -> t.name()).toList());
        for (FileReport f : report.files()) {
            long expected = VALID_ROWS.get(f.table());
            assertThat(f.present()).as(f.file()).isTrue();
            assertThat(f.fileError()).as(f.file()).isEmpty();
            assertThat(List.of(f.read(), f.accepted(), f.rejected())).as(f.file()).containsExactly(expected, expected, 0L);
            assertThat(rows(db, f.table())).as(f.table()).isEqualTo(expected);
        }
        assertThat(report.rowsRead()).isEqualTo(39);
        assertThat(report.ignoredFiles()).containsExactly("README.txt");
        // the extra column is warned about once, and rejects nothing
        assertThat(report(report, "schools").warnings())
                .containsExactly("columns not in the contract were ignored: " + ValidBundle.EXTRA_COLUMN);
        assertThat(report.files()).filteredOn(f -> !f.table().equals("schools"))
                .allSatisfy(f -> assertThat(f.warnings()).as(f.file()).isEmpty());
    }

    @Test
    void acceptedValuesAreStoredTypedAndCanonical() {
        Loads.load(ValidBundle.write(temp.resolve("bundle")), db);

        assertThat(query(db, "SELECT typeof(grade_low), typeof(title_i), typeof(school_year) FROM schools LIMIT 1"))
                .containsExactly(List.of("SMALLINT", "BOOLEAN", "INTEGER"));
        assertThat(query(db, "SELECT typeof(scale_score), typeof(test_date) FROM assessments LIMIT 1"))
                .containsExactly(List.of("DECIMAL(18,6)", "DATE"));
        // PK = -1, KG = 0; Y/N, 1/0 and true/false booleans; codes lower-cased; quoted names kept whole
        assertThat(query(db, "SELECT school_id, grade_low, grade_high, school_type, title_i, charter, cep, school_name "
                + "FROM schools WHERE school_year = 2024 ORDER BY school_id")).containsExactly(
                        List.of("S001", "-1", "5", "elementary", "true", "false", "true", "Lincoln Elementary, North Campus"),
                        List.of("S002", "9", "12", "high", "false", "false", "false", "Roosevelt High"),
                        List.of("S003", "0", "8", "k8", "true", "true", "false", "The \"Annex\" School"));
        // IDs keep their leading zeros; each row knows its line in the file
        assertThat(query(db, "SELECT _line, student_id, sex FROM students ORDER BY _line")).containsExactly(
                List.of("2", "000123", "f"), List.of("3", "000123", "f"), List.of("4", "000124", "m"),
                List.of("5", "000125", "x"), List.of("6", "000126", "f"));
        // dates; an empty exit date is missing (NULL); PK enrollment stored as -1
        assertThat(query(db, "SELECT student_id, entry_date, exit_date, exit_code, grade_level FROM enrollments "
                + "WHERE school_year = 2024 ORDER BY student_id")).containsExactly(
                        row("000123", "2023-08-21", null, null, "4"),
                        row("000124", "2023-08-21", "2024-06-07", "year_end", "10"),
                        row("000125", "2023-08-21", "2023-08-21", "transfer_out_of_state", "10"),
                        row("000126", "2023-09-05", null, null, "-1"));
        // DECIMAL is exact: 3.3 * 1.5 + 1.7 * 1.5 = 4.95 + 2.55 = 7.5 (the P mark has no grade points)
        assertThat(decimal("SELECT sum(grade_points * credits_attempted) FROM course_grades")).isEqualByComparingTo("7.5");
        assertThat(db.queryLong("SELECT count(*) FROM course_grades WHERE grade_points IS NULL")).isEqualTo(1);
        assertThat(query(db, "SELECT mark, a_g_approved, advanced FROM course_grades ORDER BY _line"))
                .containsExactly(row("B+", null, null), row("C-", null, null), row("P", null, null));
        // the test code is lower-cased; the declared state test's rows are accepted
        assertThat(query(db, "SELECT test, subject, CAST(scale_score AS VARCHAR), performance_level FROM assessments "
                + "ORDER BY _line")).containsExactly(
                        row("sbac", "ela", "2450.500000", "2"), row("state_eoc", "algebra1", "45.000000", "2"),
                        row("state_eoc", "biology", "88.500000", null), row("state_eoc", "algebra1", null, null));
        assertThat(query(db, "SELECT test, subject, grade, levels, cut_2, cut_5 FROM tests ORDER BY _line"))
                .containsExactly(row("state_eoc", "algebra1", "10", "4", "30.000000", null),
                        row("state_eoc", "biology", "10", null, null, null));
    }

    // ------------------------------------------------------------------------------ whole-table checks

    @Test
    void duplicateKeyKeepsTheFirstRowAndRejectsTheLaterOneNamingTheFirstLine() {
        List<CsvFile> files = ValidBundle.files();
        // students.csv: line 4 is 2024/000124 (sex m); the copy (sex f) becomes line 7
        ValidBundle.named(files, "students.csv").rows()
                .add(List.of("2024", "000124", "2008-03-15", "f", "white", "eo", "", "", "Y", "N", "N", "N", "N", "N", "N", "N"));
        // enrollments.csv: line 4 is 000124/2024/S002/2023-08-21; the copy becomes line 7
        ValidBundle.named(files, "enrollments.csv").rows()
                .add(List.of("000124", "2024", "S002", "2023-08-21", "", "", "10", "90", "90"));
        // tests.csv: the key has a grade; line 2 is state_eoc/algebra1/10, the copy becomes line 4
        ValidBundle.named(files, "tests.csv").rows()
                .add(List.of("state_eoc", "algebra1", "10", "0", "200", "", "", "", "", "", ""));
        LoadReport report = Loads.load(ValidBundle.write(temp.resolve("bundle"), files), db);

        assertThat(rejections(db)).extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::value)
                .containsExactly(
                        tuple("tests.csv", 4L, "test+subject+grade", "state_eoc|algebra1|10"),
                        tuple("students.csv", 7L, "school_year+student_id", "2024|000124"),
                        tuple("enrollments.csv", 7L, "school_year+student_id+school_id+entry_date",
                                "2024|000124|S002|2023-08-21"));
        assertThat(rejections(db)).extracting(Rejection::reason).containsExactly(
                "duplicate key: line 2 has the same test, subject, grade",
                "duplicate key: line 4 has the same school_year, student_id",
                "duplicate key: line 4 has the same school_year, student_id, school_id, entry_date");
        assertCounts(report, "tests", 3, 2, 1);
        assertCounts(report, "students", 6, 5, 1);
        assertCounts(report, "enrollments", 6, 5, 1);
        // the first row is the one kept
        assertThat(query(db, "SELECT sex FROM students WHERE student_id = '000124'")).containsExactly(List.of("m"));
        assertThat(query(db, "SELECT days_enrolled FROM enrollments WHERE student_id = '000124'"))
                .containsExactly(List.of("180"));
        // and the first test definition is the one in force: 45 is inside 0..100 either way, so check the table
        assertThat(query(db, "SELECT CAST(max_scale_score AS INTEGER) FROM tests WHERE subject = 'algebra1'"))
                .containsExactly(List.of("100"));
    }

    @Test
    void enrollmentWithoutAStudentsRowForThatYearIsRejected() {
        List<CsvFile> files = ValidBundle.files();
        // 000124 has a students.csv row for 2024 only; S001 exists in 2023
        ValidBundle.named(files, "enrollments.csv").rows()
                .add(List.of("000124", "2023", "S001", "2022-08-22", "", "", "9", "100", "100"));
        LoadReport report = Loads.load(ValidBundle.write(temp.resolve("bundle"), files), db);

        assertThat(rejections(db)).containsExactly(new Rejection("enrollments.csv", 7, "school_year+student_id",
                "2023|000124", "no row in students.csv with this school_year and student_id"));
        assertCounts(report, "enrollments", 6, 5, 1);
        assertThat(rows(db, "enrollments")).isEqualTo(5);
    }

    @Test
    void rowsPointingAtASchoolNotInSchoolsForThatYearAreRejected() {
        List<CsvFile> files = ValidBundle.files();
        // S002 is in schools.csv for 2024 only; S009 is in no year
        ValidBundle.named(files, "discipline.csv").rows()
                .add(List.of("2023", "000124", "S002", "2023-03-01", "other", ""));
        ValidBundle.named(files, "enrollments.csv").rows()
                .add(List.of("000124", "2024", "S009", "2024-01-08", "", "", "10", "50", "50"));
        ValidBundle.named(files, "surveys.csv").rows()
                .add(List.of("2024", "S009", "R-7", "parent", "", "safety", "P1", "3", "N"));
        LoadReport report = Loads.load(ValidBundle.write(temp.resolve("bundle"), files), db);

        String reason = "no row in schools.csv with this school_year and school_id";
        assertThat(rejections(db)).containsExactly(
                new Rejection("enrollments.csv", 7, "school_year+school_id", "2024|S009", reason),
                new Rejection("discipline.csv", 5, "school_year+school_id", "2023|S002", reason),
                new Rejection("surveys.csv", 5, "school_year+school_id", "2024|S009", reason));
        assertCounts(report, "enrollments", 6, 5, 1);
        assertCounts(report, "discipline", 4, 3, 1);
        assertCounts(report, "surveys", 4, 3, 1);
    }

    // ----------------------------------------------------------------------------------- file problems

    @Test
    void headerMissingARequiredColumnRejectsTheFileBeforeAnyRowIsRead() {
        List<CsvFile> files = ValidBundle.files();
        removeColumn(ValidBundle.named(files, "enrollments.csv"), "days_present");
        removeColumn(ValidBundle.named(files, "discipline.csv"), "action");
        removeColumn(ValidBundle.named(files, "discipline.csv"), "incident_date");
        LoadReport report = Loads.load(ValidBundle.write(temp.resolve("bundle"), files), db);

        List<Rejection> rejections = rejections(db);
        assertThat(rejections).extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::value)
                .containsExactly(tuple("enrollments.csv", 1L, "", ""), tuple("discipline.csv", 1L, "", ""));
        assertThat(rejections.get(0).reason()).startsWith("missing required column days_present; the file was not read");
        // the contract's column order: incident_date comes before action
        assertThat(rejections.get(1).reason()).startsWith("missing required columns incident_date, action;");
        for (String table : List.of("enrollments", "discipline")) {
            FileReport f = report(report, table);
            assertThat(List.of(f.read(), f.accepted(), f.rejected())).as(table).containsExactly(0L, 0L, 0L);
            assertThat(f.fileError()).as(table).isPresent();
            assertThat(rows(db, table)).as(table).isZero();
        }
        assertThat(report.hasRejections()).isTrue();
    }

    @Test
    void absentRequiredFileIsRejectedAndAbsentOptionalFileIsNot() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Files.delete(bundle.resolve("graduation_cohorts.csv"));
        Files.delete(bundle.resolve("postsecondary.csv"));
        LoadReport report = Loads.load(bundle, db);

        assertThat(rejections(db)).containsExactly(new Rejection("graduation_cohorts.csv", 0, "", "", "required file is missing"));
        FileReport cohorts = report(report, "graduation_cohorts");
        assertThat(cohorts.present()).isFalse();
        assertThat(cohorts.fileError()).contains("required file is missing");
        FileReport postsecondary = report(report, "postsecondary");
        assertThat(postsecondary.present()).isFalse();
        assertThat(postsecondary.clean()).isTrue();
        assertThat(report.hasRejections()).isTrue();
        // the table exists, empty
        assertThat(rows(db, "graduation_cohorts")).isZero();
        assertThat(rows(db, "postsecondary")).isZero();
    }

    @Test
    void emptyFileIsRejectedForItsMissingHeaderAndAHeaderOnlyFileIsJustEmpty() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Files.write(bundle.resolve("attendance_monthly.csv"), new byte[0]);
        Files.writeString(bundle.resolve("discipline.csv"), "school_year,student_id,school_id,incident_date,action,days\r\n");
        LoadReport report = Loads.load(bundle, db);

        assertThat(rejections(db)).containsExactly(
                new Rejection("attendance_monthly.csv", 1, "", "", "the file is empty: a header row is required"));
        assertCounts(report, "attendance_monthly", 0, 0, 0);
        assertThat(report(report, "attendance_monthly").fileError()).isPresent();
        assertCounts(report, "discipline", 0, 0, 0);
        assertThat(report(report, "discipline").clean()).isTrue();
    }

    @Test
    void parquetFileThatIsNotParquetIsRejectedAsAFile() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        Files.move(bundle.resolve("postsecondary.csv"), bundle.resolve("postsecondary.parquet"));
        LoadReport report = Loads.load(bundle, db);

        List<Rejection> rejections = rejections(db);
        assertThat(rejections).extracting(Rejection::file, Rejection::line).containsExactly(tuple("postsecondary.parquet", 0L));
        assertThat(rejections.get(0).reason()).startsWith("not a readable Parquet file");
        assertCounts(report, "postsecondary", 0, 0, 0);
        assertThat(report(report, "postsecondary").fileError()).isPresent();
    }

    @Test
    void rowWithAWrongNumberOfFieldsIsRejectedAndReadingGoesOn() {
        List<CsvFile> files = ValidBundle.files();
        List<List<String>> rows = ValidBundle.named(files, "course_grades.csv").rows();
        rows.add(List.of("2024", "000125", "S002", "s1", "ART1", "Art", "arts", "A", "4.0", "1", "1", "extra")); // line 5
        rows.add(List.of("2024", "000125", "S002", "s1", "MUS1", "Music", "arts", "A", "4.0", "1"));          // line 6
        rows.add(List.of("2024", "000125", "S002", "s1", "CHO1", "Choir", "arts", "A", "4.0", "1", "1"));     // line 7
        LoadReport report = Loads.load(ValidBundle.write(temp.resolve("bundle"), files), db);

        assertThat(rejections(db)).containsExactly(
                new Rejection("course_grades.csv", 5, "", "2024,000125,S002,s1,ART1,Art,arts,A,4.0,1,1,extra",
                        "expected 11 fields as in the header, found 12"),
                new Rejection("course_grades.csv", 6, "", "2024,000125,S002,s1,MUS1,Music,arts,A,4.0,1",
                        "expected 11 fields as in the header, found 10"));
        assertCounts(report, "course_grades", 6, 4, 2);
        assertThat(query(db, "SELECT course_id FROM course_grades WHERE _line = 7")).containsExactly(List.of("CHO1"));
    }

    @Test
    void brokenQuotingStopsTheFileAtTheBrokenRowAndSaysTheRestWasNotRead() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        // surveys.csv: line 2 a row; lines 3-4 one row whose quoted item_id holds a line break;
        // line 5 opens a quote that never closes; line 6 a valid row that can no longer be read
        Files.writeString(bundle.resolve("surveys.csv"), String.join("\n",
                "school_year,school_id,respondent_id,respondent_type,grade_level,construct,item_id,response,favorable",
                "2024,S001,R-1,student,4,growth_mindset,GM1,4,Y",
                "2024,S001,R-1,student,4,belonging,\"B1", "(reverse coded)\",1,N",
                "2024,S002,\"T-9,staff,,safety,SF2,5,true",
                "2024,S002,T-10,staff,,safety,SF2,4,true", ""));
        // class_observations.csv: line 3 has text after a closing quote
        Files.writeString(bundle.resolve("class_observations.csv"), String.join("\n",
                "school_year,school_id,classroom_id,domain,score",
                "2024,S001,PK-A,emotional_support,5.75",
                "2024,S001,\"PK-B\"x,emotional_support,4",
                "2024,S001,PK-A,instructional_support,2.5", ""));
        LoadReport report = Loads.load(bundle, db);

        List<Rejection> rejections = rejections(db);
        assertThat(rejections).extracting(Rejection::file, Rejection::line, Rejection::column, Rejection::value)
                .containsExactly(tuple("surveys.csv", 5L, "", ""), tuple("class_observations.csv", 3L, "", ""));
        assertThat(rejections).allSatisfy(r -> assertThat(r.reason()).startsWith("cannot read past this point: ")
                .endsWith("; the rest of the file was not read"));
        assertCounts(report, "surveys", 2, 2, 0);
        assertCounts(report, "class_observations", 1, 1, 0);
        assertThat(report(report, "surveys").fileError()).isPresent();
        assertThat(report(report, "class_observations").fileError()).isPresent();
        assertThat(report.hasRejections()).isTrue();
        assertThat(query(db, "SELECT item_id FROM surveys ORDER BY _line"))
                .containsExactly(List.of("GM1"), List.of("B1\n(reverse coded)"));
    }

    @Test
    void fileThatIsNotUtf8StopsAtTheLineWithTheBadBytes() throws IOException {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        CsvFile schools = ValidBundle.named(ValidBundle.files(), "schools.csv");
        schools.rows().get(3).set(2, "Escuela Peña"); // S003, line 5, written below in Latin-1: ñ is the byte F1
        Files.write(bundle.resolve("schools.csv"),
                (String.join("\n", schools.lines()) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        // students.csv: a Latin-1 byte in the header itself
        Files.write(bundle.resolve("students.csv"), concat(
                "school_year,student_id,birth_date,sex,race_ethnicity,el_status,el_entry_date,reclassified_date,swd,frl,"
                        .getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9},
                ",direct_certified,tanf,snap,foster_care,homeless,migrant\n".getBytes(StandardCharsets.UTF_8)));
        LoadReport report = Loads.load(bundle, db);

        List<Rejection> schoolsRejections = rejections(db, "schools.csv");
        assertThat(schoolsRejections).extracting(Rejection::line, Rejection::column, Rejection::value)
                .containsExactly(tuple(5L, "", ""));
        assertThat(schoolsRejections.get(0).reason())
                .isEqualTo("cannot read past this point: the file is not valid UTF-8; the rest of the file was not read");
        assertCounts(report, "schools", 3, 3, 0);
        assertThat(report(report, "schools").fileError()).isPresent();

        List<Rejection> studentsRejections = rejections(db, "students.csv");
        assertThat(studentsRejections).extracting(Rejection::line, Rejection::reason)
                .containsExactly(tuple(1L, "cannot read the header: the file is not valid UTF-8"));
        assertCounts(report, "students", 0, 0, 0);
    }

    @Test
    void parquetBundleValidatesExactlyAsItsCsvTwin() throws IOException, SQLException {
        List<CsvFile> files = ValidBundle.files();
        // a few bad rows, so that the rejections are compared too
        ValidBundle.named(files, "enrollments.csv").rows()
                .add(List.of("000124", "2024", "S001", "2024-01-08", "", "", "10", "51", "50"));
        ValidBundle.named(files, "discipline.csv").rows()
                .add(List.of("2024", "000124", "S002", "2023-02-30", "other", "1"));
        ValidBundle.named(files, "students.csv").rows()
                .add(List.of("2024", "000125", "2008-11-30", "x", "two_or_more", "rfep", "", "", "", "", "", "", "", "", "", ""));
        Path csv = ValidBundle.write(temp.resolve("csv"), files);
        Path parquet = Files.createDirectories(temp.resolve("parquet"));
        try (BundleDatabase writer = BundleDatabase.inMemory()) {
            for (CsvFile f : files) {
                String select = "SELECT * FROM " + readCsv(csv.resolve(f.name()));
                if (f.table().equals("enrollments")) {
                    // typed Parquet columns, as a warehouse export would write them
                    select = "SELECT student_id, CAST(school_year AS INTEGER) AS school_year, school_id, "
                            + "CAST(entry_date AS DATE) AS entry_date, CAST(exit_date AS DATE) AS exit_date, exit_code, "
                            + "grade_level, CAST(days_present AS INTEGER) AS days_present, "
                            + "CAST(days_enrolled AS SMALLINT) AS days_enrolled FROM " + readCsv(csv.resolve(f.name()));
                } else if (f.table().equals("course_grades")) {
                    select = "SELECT * REPLACE (CAST(grade_points AS DECIMAL(4,2)) AS grade_points, "
                            + "CAST(credits_attempted AS DOUBLE) AS credits_attempted) FROM " + readCsv(csv.resolve(f.name()));
                }
                writer.execute("COPY (" + select + ") TO " + sql(parquet.resolve(f.table() + ".parquet")) + " (FORMAT parquet)");
            }
        }

        LoadReport fromCsv = Loads.load(csv, db);
        List<Rejection> csvRejections = rejections(db);
        Map<String, List<List<String>>> csvTables = allTables();
        LoadReport fromParquet;
        List<Rejection> parquetRejections;
        Map<String, List<List<String>>> parquetTables;
        try (BundleDatabase second = BundleDatabase.inMemory()) {
            fromParquet = Loads.load(parquet, second);
            parquetRejections = rejections(second);
            BundleDatabase first = db;
            db = second;
            parquetTables = allTables();
            db = first;
        }

        assertThat(fromParquet.files()).extracting(FileReport::file).allSatisfy(n -> assertThat(n).endsWith(".parquet"));
        assertThat(fromParquet.files()).extracting(FileReport::table, FileReport::read, FileReport::accepted,
                FileReport::rejected, FileReport::warnings)
                .containsExactlyElementsOf(fromCsv.files().stream().map(f -> tuple(f.table(), f.read(), f.accepted(),
                        f.rejected(), f.warnings())).toList());
        assertThat(parquetRejections).containsExactlyElementsOf(csvRejections.stream()
                .map(r -> new Rejection(r.file().replace(".csv", ".parquet"), r.line(), r.column(), r.value(), r.reason()))
                .toList());
        // the three bad rows, found the same way in both
        assertThat(csvRejections).extracting(Rejection::file, Rejection::line, Rejection::column)
                .containsExactly(tuple("students.csv", 7L, "school_year+student_id"),
                        tuple("enrollments.csv", 7L, "days_present"), tuple("discipline.csv", 5L, "incident_date"));
        assertThat(parquetTables).isEqualTo(csvTables);
    }

    @Test
    void csvAndParquetOfTheSameTableInOneBundleIsABundleError() {
        Path bundle = ValidBundle.write(temp.resolve("bundle"));
        try (BundleDatabase writer = BundleDatabase.inMemory()) {
            writer.execute("COPY (SELECT * FROM " + readCsv(bundle.resolve("students.csv")) + ") TO "
                    + sql(bundle.resolve("students.parquet")) + " (FORMAT parquet)");
        }

        assertThatThrownBy(() -> BundleFiles.scan(bundle)).isInstanceOf(BundleException.class)
                .hasMessageContaining("students.csv and students.parquet both hold table students");
    }

    // --------------------------------------------------------------------------------- rejections.csv

    @Test
    void rejectionsCsvIsSortedByFileThenLineAndReconcilesWithTheCounts() throws IOException {
        List<CsvFile> files = ValidBundle.files();
        // schools.csv line 6: two problems in one row (counted once)
        ValidBundle.named(files, "schools.csv").rows()
                .add(List.of("S004", "2024", "Bad School", "D01", "District One", "junior", "6", "8", "maybe", "N", "N", "x"));
        List<List<String>> enrollments = ValidBundle.named(files, "enrollments.csv").rows();
        enrollments.add(List.of("000124", "2023", "S001", "2022-08-22", "", "", "9", "100", "100"));   // line 7: no student
        enrollments.add(List.of("000124", "2024", "S001", "2024-01-08", "", "", "10", "51", "50"));    // line 8: row rule
        enrollments.add(List.of("000124", "2024", "S002", "2023-08-21", "", "", "10", "90", "90"));    // line 9: duplicate
        ValidBundle.named(files, "course_grades.csv").rows()
                .add(List.of("2024", "000124", "S002", "final", "BIO", "Biology", "science", "E", "5.01", "1", "-1")); // line 5
        removeColumn(ValidBundle.named(files, "surveys.csv"), "response");
        Path bundle = ValidBundle.write(temp.resolve("bundle"), files);
        Files.delete(bundle.resolve("graduation_cohorts.csv"));
        LoadReport report = Loads.load(bundle, db);
        Path target = temp.resolve("out/rejections.csv");
        Files.createDirectories(target.getParent());

        BundleLoader.writeRejectionsCsv(db, target);

        List<List<String>> csv = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(target)) {
            reader.forEach(r -> csv.add(r.getFields()));
        }
        assertThat(csv.get(0)).containsExactly("file", "line", "column", "value", "reason");
        List<List<String>> body = csv.subList(1, csv.size());
        assertThat(body).extracting(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(2)).containsExactly(
                "schools.csv:6:school_type", "schools.csv:6:title_i",
                "enrollments.csv:7:school_year+student_id", "enrollments.csv:8:days_present",
                "enrollments.csv:9:school_year+student_id+school_id+entry_date",
                "course_grades.csv:5:mark", "graduation_cohorts.csv::", "surveys.csv:1:");
        // the order is the contract's file order, then the line
        List<Integer> order = body.stream().map(r -> tableIndex(r.get(0))).toList();
        assertThat(order).isSorted();

        // reconcile: distinct (file, line) of row rejections per file == the file's rejected count
        Map<String, Set<Long>> rowLines = new LinkedHashMap<>();
        for (List<String> r : body) {
            Rejection rejection = new Rejection(r.get(0), r.get(1).isEmpty() ? 0 : Long.parseLong(r.get(1)), r.get(2),
                    r.get(3), r.get(4));
            if (Loads.isRowRejection(rejection)) {
                rowLines.computeIfAbsent(rejection.file(), k -> new HashSet<>()).add(rejection.line());
            }
        }
        for (FileReport f : report.files()) {
            assertThat((long) rowLines.getOrDefault(f.file(), Set.of()).size()).as(f.file()).isEqualTo(f.rejected());
        }
        assertCounts(report, "schools", 5, 4, 1);
        assertCounts(report, "enrollments", 8, 5, 3);
        assertCounts(report, "course_grades", 4, 3, 1);
        assertCounts(report, "surveys", 0, 0, 0);
    }

    // -------------------------------------------------------------------------------------- helpers

    static void assertCounts(LoadReport report, String table, long read, long accepted, long rejected) {
        FileReport f = report(report, table);
        assertThat(List.of(f.read(), f.accepted(), f.rejected())).as(table + " read, accepted, rejected")
                .containsExactly(read, accepted, rejected);
    }

    /** Removes a column (header and cells) from a file. */
    static void removeColumn(CsvFile file, String column) {
        int i = file.column(column);
        file.header().remove(i);
        file.rows().forEach(r -> r.remove(i));
    }

    private static int tableIndex(String file) {
        String table = file.substring(0, file.indexOf('.'));
        return BundleContract.TABLES.indexOf(BundleContract.table(table).orElseThrow());
    }

    private BigDecimal decimal(String sql) {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private Map<String, List<List<String>>> allTables() {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        BundleContract.TABLES.forEach(t -> tables.put(t.name(), query(db, "SELECT * FROM " + t.name() + " ORDER BY _line")));
        return tables;
    }

    private static String readCsv(Path file) {
        return "read_csv(" + sql(file) + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')";
    }

    private static String sql(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static byte[] concat(byte[]... parts) {
        int n = Stream.of(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static List<String> row(String... values) {
        return java.util.Arrays.asList(values);
    }

    private static Map<String, Long> orderedMap(Object... pairs) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], ((Integer) pairs[i + 1]).longValue());
        }
        return map;
    }
}
