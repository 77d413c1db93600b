package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Column;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.bundle.Reference;
import org.flashlight.core.bundle.Table;

/**
 * The rules a loader enforces, checked on a generated bundle in SQL: headers, value syntax, codes,
 * keys, references, ranges and the cross-file consistency the metrics rely on. A generated bundle
 * must pass all of them (zero rejections).
 */
final class BundleChecks {
    private BundleChecks() {
    }

    static void assertValid(Path folder) throws IOException, SQLException {
        for (Table table : BundleContract.TABLES) {
            Path file = folder.resolve(table.csvFileName());
            assertThat(file).as(table.csvFileName()).exists();
            byte[] bytes = Files.readAllBytes(file);
            String header = new String(bytes, 0, indexOf(bytes, (byte) '\n'), StandardCharsets.UTF_8);
            assertThat(header).isEqualTo(table.columns().stream().map(Column::name).collect(Collectors.joining(",")));
            assertThat(indexOf(bytes, (byte) '\r')).as(table.csvFileName() + " line endings").isEqualTo(-1);
            assertThat(bytes[bytes.length - 1]).isEqualTo((byte) '\n');
        }
        try (BundleQueries db = new BundleQueries(folder)) {
            for (Table table : BundleContract.TABLES) {
                checkColumns(db, table);
                if (!table.key().isEmpty()) {
                    String key = String.join(", ", table.key());
                    assertThat(db.count("SELECT count(*) - (SELECT count(*) FROM (SELECT DISTINCT " + key + " FROM "
                            + table.name() + ")) FROM " + table.name())).as(table.name() + " key " + key).isZero();
                }
                for (Reference ref : table.references()) {
                    String on = ref.columns().stream().map(c -> "t." + c + " = r." + c).collect(Collectors.joining(" AND "));
                    assertThat(db.count("SELECT count(*) FROM " + table.name() + " t WHERE NOT EXISTS (SELECT 1 FROM "
                            + ref.targetTable() + " r WHERE " + on + ")")).as(table.name() + " -> " + ref.targetTable())
                            .isZero();
                }
            }
            checkRanges(db);
            checkScores(db);
            checkStaysAndAttendance(db);
        }
    }

    private static void checkColumns(BundleQueries db, Table table) throws SQLException {
        for (Column column : table.columns()) {
            String c = column.name();
            String t = table.name();
            if (column.valueNeeded()) {
                assertThat(db.count("SELECT count(*) FROM " + t + " WHERE " + c + " IS NULL")).as(t + "." + c + " empty").isZero();
            }
            String bad = switch (column.type()) {
                case INT -> "NOT regexp_full_match(" + c + ", '-?[0-9]+')";
                case NUMBER -> "NOT regexp_full_match(" + c + ", '-?[0-9]+(\\.[0-9]{1,6})?')";
                case DATE -> "NOT regexp_full_match(" + c + ", '[0-9]{4}-[0-9]{2}-[0-9]{2}') OR try_cast(" + c + " AS DATE) IS NULL";
                case BOOL -> c + " NOT IN ('true', 'false')";
                case GRADE -> c + " NOT IN ('PK', 'KG', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12')";
                case CODE -> c + " NOT IN (" + column.codes().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                        + ")";
                case OPEN_CODE -> c + " <> lower(" + c + ") OR trim(" + c + ") = ''";
                case MARK -> "NOT regexp_full_match(" + c + ", '([ABCDF][+-]?|P|NP|I)')";
                case STRING -> "trim(" + c + ") = ''";
            };
            assertThat(db.count("SELECT count(*) FROM " + t + " WHERE " + c + " IS NOT NULL AND (" + bad + ")"))
                    .as(t + "." + c + " values of type " + column.type()).isZero();
        }
    }

    private static void checkRanges(BundleQueries db) throws SQLException {
        zero(db, "SELECT count(*) FROM schools WHERE grade_number(grade_low) > grade_number(grade_high)");
        zero(db, """
                SELECT count(*) FROM enrollments WHERE days_present::INT < 0 OR days_present::INT > days_enrolled::INT
                OR days_enrolled::INT < 0 OR exit_date::DATE < entry_date::DATE""");
        zero(db, """
                SELECT count(*) FROM attendance_monthly WHERE month::INT NOT BETWEEN 1 AND 12
                OR days_present::INT < 0 OR days_present::INT > days_enrolled::INT""");
        zero(db, "SELECT count(*) FROM course_grades WHERE grade_points::DOUBLE NOT BETWEEN 0 AND 5");
        zero(db, """
                SELECT count(*) FROM course_grades WHERE (mark IN ('P', 'NP', 'I')) <> (grade_points IS NULL)""");
        zero(db, "SELECT count(*) FROM course_grades WHERE credits_earned::DOUBLE > credits_attempted::DOUBLE");
        zero(db, "SELECT count(*) FROM surveys WHERE response::INT NOT BETWEEN 1 AND 5");
        zero(db, "SELECT count(*) FROM class_observations WHERE score::DOUBLE NOT BETWEEN 1 AND 7");
        zero(db, "SELECT count(*) FROM graduation_cohorts WHERE outcome_year::INT < cohort_year::INT");
        zero(db, "SELECT count(*) FROM postsecondary WHERE persisted_second_year = 'true' AND enrolled_fall = 'none'");
        zero(db, "SELECT count(*) FROM discipline WHERE days::DOUBLE < 0");
        zero(db, """
                SELECT count(*) FROM assessments WHERE (participation = 'tested') <> (scale_score IS NOT NULL)
                OR (participation <> 'tested' AND performance_level IS NOT NULL)""");
    }

    /** Every score inside its test's published range, every level the catalog's level of that score. */
    private static void checkScores(BundleQueries db) throws SQLException {
        TestCatalog catalog = TestCatalog.builtIn();
        List<String> rows = db.strings("""
                SELECT DISTINCT test || '|' || subject || '|' || grade_tested || '|' || scale_score || '|'
                       || coalesce(performance_level, '') FROM assessments WHERE scale_score IS NOT NULL""");
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] f = row.split("\\|", -1);
            TestDefinition d = catalog.find(f[0], f[1], Grades.parse(f[2]).orElseThrow()).orElse(null);
            assertThat(d).as("catalog definition of " + row).isNotNull();
            BigDecimal score = new BigDecimal(f[3]);
            assertThat(d.inRange(score)).as("range of " + row).isTrue();
            assertThat(f[4]).as("level of " + row).isEqualTo(d.levelOf(score).map(String::valueOf).orElse(""));
        }
        // tests.csv defines every test, subject (or *) and grade the assessments use, exactly as the catalog does
        zero(db, """
                SELECT count(*) FROM (SELECT DISTINCT test, subject, grade_tested FROM assessments) a
                WHERE NOT EXISTS (SELECT 1 FROM tests t WHERE t.test = a.test AND t.grade = a.grade_tested
                                  AND (t.subject = a.subject OR t.subject = '*'))""");
        for (String row : db.strings("SELECT test || '|' || subject || '|' || grade || '|' || min_scale_score || '|' "
                + "|| max_scale_score FROM tests")) {
            String[] f = row.split("\\|");
            TestDefinition d = catalog.find(f[0], f[1], Grades.parse(f[2]).orElseThrow()).orElseThrow();
            assertThat(new BigDecimal(f[3])).isEqualByComparingTo(d.minScaleScore());
            assertThat(new BigDecimal(f[4])).isEqualByComparingTo(d.maxScaleScore());
        }
    }

    private static void checkStaysAndAttendance(BundleQueries db) throws SQLException {
        // a stay's grade is one its school serves that year
        zero(db, """
                SELECT count(*) FROM enrollments e JOIN schools s USING (school_year, school_id)
                WHERE grade_number(e.grade_level) NOT BETWEEN grade_number(s.grade_low) AND grade_number(s.grade_high)""");
        // a student's stays in a year do not overlap
        zero(db, """
                SELECT count(*) FROM enrollments a JOIN enrollments b USING (school_year, student_id)
                WHERE a.entry_date < b.entry_date AND coalesce(a.exit_date, '9999-12-31') >= b.entry_date""");
        // every stay's instructional days fit between its dates (about 5 of 7 calendar days)
        zero(db, """
                SELECT count(*) FROM enrollments WHERE exit_date IS NOT NULL
                AND days_enrolled::INT > exit_date::DATE - entry_date::DATE + 1""");
        // the monthly rows add up to the stays they split
        zero(db, """
                WITH m AS (SELECT school_year, student_id, school_id, sum(days_enrolled::INT) e, sum(days_present::INT) p
                           FROM attendance_monthly GROUP BY ALL),
                     s AS (SELECT school_year, student_id, school_id, sum(days_enrolled::INT) e, sum(days_present::INT) p
                           FROM enrollments GROUP BY ALL)
                SELECT count(*) FROM m JOIN s USING (school_year, student_id, school_id) WHERE m.e <> s.e OR m.p <> s.p""");
        // tested at a school the student was enrolled in on the test date
        zero(db, """
                SELECT count(*) FROM assessments a WHERE NOT EXISTS (
                    SELECT 1 FROM enrollments e WHERE e.school_year = a.school_year AND e.student_id = a.student_id
                    AND e.school_id = a.school_id AND e.entry_date <= a.test_date
                    AND coalesce(e.exit_date, '9999-12-31') >= a.test_date)""");
        // every row about a student in a year has that student's students.csv row
        for (String table : List.of("assessments", "discipline", "course_grades", "attendance_monthly")) {
            assertThat(db.count("SELECT count(*) FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM students s "
                    + "WHERE s.school_year = t.school_year AND s.student_id = t.student_id)")).as(table).isZero();
        }
    }

    /** Asserts that a counting query finds nothing, naming the query when it does. */
    private static void zero(BundleQueries db, String sql) throws SQLException {
        assertThat(db.count(sql)).as(sql).isZero();
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
