package org.flashlight.duckdb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small, valid data bundle written by hand to the public contract (shared/spec/input-data.md), as
 * someone outside the project would write it, using the contract's freedoms: a byte-order mark
 * (schools.csv), CRLF line ends (students.csv), columns in another order (schools.csv,
 * enrollments.csv), upper-case header names and a column the contract does not name (schools.csv),
 * {@code Y}/{@code N} and {@code 1}/{@code 0} booleans, quoted fields with commas and with doubled
 * quotes, codes in any case, the optional columns a_g_approved and advanced left out, and a state
 * test ({@code state_eoc}) that Flashlight does not ship, declared in tests.csv.
 *
 * <p>Every row is valid: each key is unique, every enrollment has its students.csv row for that
 * year and every school_id its schools.csv row for that year. Test classes of this module and of
 * flashlight-cli (through the test-jar) start from it; {@link #files()} returns fresh, mutable
 * copies to corrupt.
 */
public final class ValidBundle {
    /** The warning the extra column of schools.csv gets. */
    public static final String EXTRA_COLUMN = "STATE_CODE";

    private ValidBundle() {
    }

    /**
     * One CSV file of the bundle: a header and rows of cells as written (before CSV quoting), and how
     * the file is encoded on disk.
     */
    public record CsvFile(String name, List<String> header, List<List<String>> rows, boolean bom, boolean crlf) {
        /** The table name (file name without {@code .csv}). */
        public String table() {
            return name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        }

        /** Index of a header column, matched case-insensitively; -1 when absent. */
        public int column(String contractName) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(contractName)) {
                    return i;
                }
            }
            return -1;
        }

        /** A deep, mutable copy. */
        public CsvFile copy() {
            List<List<String>> copied = new ArrayList<>();
            rows.forEach(r -> copied.add(new ArrayList<>(r)));
            return new CsvFile(name, new ArrayList<>(header), copied, bom, crlf);
        }

        /** The text lines of the file: the header, then one line per row (RFC 4180 quoting where needed). */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(csvLine(header));
            rows.forEach(r -> lines.add(csvLine(r)));
            return lines;
        }

        public String lineEnd() {
            return crlf ? "\r\n" : "\n";
        }

        /** The file's bytes: UTF-8, with the byte-order mark and line ends of this file. */
        public byte[] bytes() {
            return encode(lines());
        }

        /** These lines encoded as this file is (UTF-8, BOM, line ends). */
        public byte[] encode(List<String> lines) {
            StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
            lines.forEach(l -> text.append(l).append(lineEnd()));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }

        public void writeTo(Path folder) {
            try {
                Files.write(folder.resolve(name), bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
    public static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static String csvLine(List<String> fields) {
        return String.join(",", fields.stream().map(ValidBundle::csvField).toList());
    }

    /** Fresh copies of every file of the bundle, in the contract's load order. */
    public static List<CsvFile> files() {
        List<CsvFile> files = new ArrayList<>();
        files.add(file("tests.csv", false, false,
                "test,subject,grade,min_scale_score,max_scale_score,levels,proficient_level,cut_2,cut_3,cut_4,cut_5",
                // a state end-of-course test with 4 levels (proficient = 3) and one without levels
                row("state_eoc", "algebra1", "10", "0", "100", "4", "3", "30", "50", "70", ""),
                row("state_eoc", "biology", "10", "0", "100", "", "", "", "", "", "")));
        files.add(file("schools.csv", true, false,
                "SCHOOL_ID,SCHOOL_YEAR,SCHOOL_NAME,DISTRICT_ID,DISTRICT_NAME,SCHOOL_TYPE,GRADE_LOW,GRADE_HIGH,TITLE_I,CHARTER,CEP,"
                        + EXTRA_COLUMN,
                row("S001", "2023", "Lincoln Elementary, North Campus", "D01", "District One", "elementary", "PK", "5",
                        "Y", "N", "1", "CA-0001"),
                row("S001", "2024", "Lincoln Elementary, North Campus", "D01", "District One", "Elementary", "PK", "5",
                        "Y", "N", "1", "CA-0001"),
                row("S002", "2024", "Roosevelt High", "D01", "District One", "high", "9", "12", "N", "N", "0", "CA-0002"),
                row("S003", "2024", "The \"Annex\" School", "D02", "District Two", "K8", "KG", "8", "true", "Y", "false",
                        "CA-0003")));
        files.add(file("students.csv", false, true,
                "school_year,student_id,birth_date,sex,race_ethnicity,el_status,el_entry_date,reclassified_date,swd,frl,"
                        + "direct_certified,tanf,snap,foster_care,homeless,migrant",
                row("2023", "000123", "2014-05-01", "F", "hispanic", "el", "2019-08-20", "", "N", "Y", "Y", "N", "Y", "N",
                        "N", "N"),
                row("2024", "000123", "2014-05-01", "F", "hispanic", "el", "2019-08-20", "", "N", "Y", "Y", "N", "Y", "N",
                        "N", "N"),
                row("2024", "000124", "2008-03-15", "m", "white", "eo", "", "", "Y", "N", "N", "N", "N", "N", "N", "N"),
                row("2024", "000125", "2008-11-30", "x", "two_or_more", "rfep", "2012-09-01", "2020-06-01", "N", "N", "N",
                        "N", "N", "Y", "N", "N"),
                row("2024", "000126", "2019-02-28", "f", "asian", "tbd", "", "", "", "", "", "", "", "", "", "")));
        files.add(file("enrollments.csv", false, false,
                "student_id,school_year,school_id,entry_date,exit_date,exit_code,grade_level,days_present,days_enrolled",
                row("000123", "2023", "S001", "2022-08-22", "2023-06-09", "YEAR_END", "3", "170", "179"),
                row("000123", "2024", "S001", "2023-08-21", "", "", "4", "172", "180"),
                row("000124", "2024", "S002", "2023-08-21", "2024-06-07", "year_end", "10", "180", "180"),
                row("000125", "2024", "S002", "2023-08-21", "2023-08-21", "transfer_out_of_state", "10", "1", "1"),
                row("000126", "2024", "S001", "2023-09-05", "", "", "PK", "150", "160")));
        files.add(file("assessments.csv", false, false,
                "school_year,student_id,school_id,test,subject,grade_tested,test_date,scale_score,performance_level,"
                        + "participation,alternate",
                // built-in SBAC ELA grade 4, written in upper case
                row("2024", "000123", "S001", "SBAC", "ELA", "4", "2024-04-15", "2450.50", "2", "tested", "N"),
                row("2024", "000124", "S002", "state_eoc", "algebra1", "10", "2024-05-10", "45", "2", "tested", "N"),
                row("2024", "000124", "S002", "state_eoc", "biology", "10", "2024-05-12", "88.5", "", "tested", "N"),
                row("2024", "000125", "S002", "state_eoc", "algebra1", "10", "2024-05-10", "", "", "absent", "")));
        files.add(file("discipline.csv", false, false,
                "school_year,student_id,school_id,incident_date,action,days",
                row("2024", "000124", "S002", "2023-11-02", "suspension_out_of_school", "1.5"),
                row("2024", "000124", "S002", "2024-01-10", "SUSPENSION_IN_SCHOOL", "0.5"),
                row("2024", "000125", "S002", "2023-08-21", "other", "")));
        files.add(file("course_grades.csv", false, false,
                "school_year,student_id,school_id,term,course_id,course_name,subject_area,mark,grade_points,"
                        + "credits_attempted,credits_earned",
                row("2024", "000124", "S002", "final", "ENG10", "English 10", "ela", "b+", "3.3", "1.5", "1.5"),
                row("2024", "000124", "S002", "final", "ALG1H", "Algebra I, Honors", "math", "C-", "1.7", "1.5", "1.5"),
                row("2024", "000124", "S002", "s1", "PE10", "Physical Education", "pe", "P", "", "0.5", "0.5")));
        files.add(file("graduation_cohorts.csv", false, false,
                "cohort_year,student_id,school_id,outcome,outcome_year",
                row("2021", "000124", "S002", "still_enrolled", "2024"),
                row("2020", "000200", "S002", "graduated", "2023"),
                row("2020", "000201", "S002", "transferred_out", "2022")));
        files.add(file("attendance_monthly.csv", false, false,
                "school_year,student_id,school_id,month,days_enrolled,days_present",
                row("2024", "000123", "S001", "9", "20", "19"),
                row("2024", "000123", "S001", "10", "22", "22"),
                row("2024", "000124", "S002", "12", "15", "15")));
        files.add(file("surveys.csv", false, false,
                "school_year,school_id,respondent_id,respondent_type,grade_level,construct,item_id,response,favorable",
                row("2024", "S001", "R-1", "student", "4", "growth_mindset", "GM1", "4", "Y"),
                row("2024", "S001", "R-1", "student", "4", "belonging", "B1", "1", "N"),
                row("2024", "S002", "T-9", "staff", "", "safety", "SF2", "5", "true")));
        files.add(file("class_observations.csv", false, false,
                "school_year,school_id,classroom_id,domain,score",
                row("2024", "S001", "PK-A", "emotional_support", "5.75"),
                row("2024", "S001", "PK-A", "instructional_support", "2.5")));
        files.add(file("postsecondary.csv", false, false,
                "student_id,hs_exit_year,enrolled_fall,persisted_second_year,a_g_complete",
                row("000200", "2023", "four_year", "Y", "Y"),
                row("000201", "2022", "none", "N", "N")));
        return files;
    }

    /** Rows per table of the valid bundle, counted from {@link #files()}. */
    public static Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        files().forEach(f -> counts.put(f.table(), f.rows().size()));
        return counts;
    }

    /** Writes the whole valid bundle into {@code folder} and returns the folder. */
    public static Path write(Path folder) {
        return write(folder, files());
    }

    /** Writes these files into {@code folder} and returns the folder. */
    public static Path write(Path folder, List<CsvFile> files) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.forEach(f -> f.writeTo(folder));
        return folder;
    }

    /** The file named {@code name} of these files. */
    public static CsvFile named(List<CsvFile> files, String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + name));
    }

    @SafeVarargs
    private static CsvFile file(String name, boolean bom, boolean crlf, String header, List<String>... rows) {
        List<List<String>> copied = new ArrayList<>();
        for (List<String> r : rows) {
            copied.add(new ArrayList<>(r));
        }
        return new CsvFile(name, new ArrayList<>(Arrays.asList(header.split(","))), copied, bom, crlf);
    }

    private static List<String> row(String... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
