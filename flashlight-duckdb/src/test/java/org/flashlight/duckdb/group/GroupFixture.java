package org.flashlight.duckdb.group;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Grades;
import org.flashlight.core.bundle.Table;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.Schema;

/**
 * A hand-made bundle inside the database: every contract table created empty with
 * {@link Schema#createTable}, then the few rows a test needs inserted as a loaded bundle would hold
 * them (codes lower-case, grades as numbers, NULL for an empty cell).
 */
final class GroupFixture {
    /** The boolean columns of students.csv, in the contract's order. */
    static final List<String> STUDENT_FLAGS =
            List.of("swd", "frl", "direct_certified", "tanf", "snap", "foster_care", "homeless", "migrant");

    private final BundleDatabase db;
    private long line = 2;

    GroupFixture(BundleDatabase db) {
        this.db = db;
        for (Table table : BundleContract.TABLES) {
            db.execute(Schema.createTable(table));
        }
    }

    GroupFixture school(int year, String schoolId, boolean cep) {
        insert("schools", "school_year, school_id, school_name, district_id, grade_low, grade_high, title_i, charter, cep",
                year, text(schoolId), text(schoolId + " School"), text("D1"), Grades.PK, 12, false, false, cep);
        return this;
    }

    /**
     * A students.csv row. {@code flags} lists boolean columns: {@code frl} = true, {@code !frl} = false,
     * a column not listed = NULL (empty cell). Null race, el status or dates stand for empty cells.
     */
    GroupFixture student(int year, String studentId, String birthDate, String race, String elStatus,
            String reclassifiedDate, String flags) {
        Map<String, Boolean> values = new HashMap<>();
        for (String token : flags.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            boolean value = !token.startsWith("!");
            String column = value ? token : token.substring(1);
            if (!STUDENT_FLAGS.contains(column)) {
                throw new IllegalArgumentException("not a boolean column of students: " + column);
            }
            values.put(column, value);
        }
        List<Object> row = new ArrayList<>(List.of(year, text(studentId), date(birthDate), text(race), text(elStatus),
                date(reclassifiedDate)));
        STUDENT_FLAGS.forEach(f -> row.add(values.containsKey(f) ? values.get(f) : "NULL"));
        insert("students", "school_year, student_id, birth_date, race_ethnicity, el_status, reclassified_date, "
                + String.join(", ", STUDENT_FLAGS), row.toArray());
        return this;
    }

    /** A students.csv row with only a race and these flags (born 2010-01-15, el_status eo). */
    GroupFixture student(int year, String studentId, String race, String flags) {
        return student(year, studentId, "2010-01-15", race, "eo", null, flags);
    }

    /** An enrollments.csv row (a stay) in grade {@code grade} ({@code PK}, {@code KG}, {@code 1}..{@code 12}). */
    GroupFixture stay(int year, String studentId, String schoolId, String grade, String entryDate) {
        int g = Grades.parse(grade).orElseThrow(() -> new IllegalArgumentException("not a grade: " + grade));
        insert("enrollments", "school_year, student_id, school_id, grade_level, entry_date, days_enrolled, days_present",
                year, text(studentId), text(schoolId), g, date(entryDate), 100, 95);
        return this;
    }

    GroupFixture cohort(int cohortYear, String studentId, String schoolId) {
        insert("graduation_cohorts", "cohort_year, student_id, school_id, outcome, outcome_year",
                cohortYear, text(studentId), text(schoolId), text("still_enrolled"), cohortYear + 3);
        return this;
    }

    private void insert(String table, String columns, Object... values) {
        StringBuilder sql = new StringBuilder("INSERT INTO " + table + " (" + Schema.LINE + ", " + columns + ") VALUES (")
                .append(line++);
        for (Object v : values) {
            sql.append(", ").append(v);
        }
        db.execute(sql.append(")").toString());
    }

    private static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    private static String date(String value) {
        return value == null ? "NULL" : "DATE '" + value + "'";
    }

    // ------------------------------------------------------------------------------------ reading back

    /** The student_groups rows as "year/student" -> its group ids. */
    static Map<String, Set<String>> memberships(BundleDatabase db) {
        Map<String, Set<String>> result = new TreeMap<>();
        for (List<String> row : query(db, "SELECT school_year, student_id, group_id FROM student_groups")) {
            result.computeIfAbsent(row.get(0) + "/" + row.get(1), k -> new TreeSet<>()).add(row.get(2));
        }
        return result;
    }

    /** The group ids of one student-year (empty when it has no row). */
    static Set<String> groupsOf(BundleDatabase db, int year, String studentId) {
        return memberships(db).getOrDefault(year + "/" + studentId, Set.of());
    }

    /** Group ids written as one space-separated string, as a set. */
    static Set<String> groups(String ids) {
        return new TreeSet<>(Arrays.asList(ids.trim().split("\\s+")));
    }

    /** The rows of a query, each as a list of its values as text (null stays null). */
    static List<List<String>> query(BundleDatabase db, String sql) {
        List<List<String>> result = new ArrayList<>();
        try (var s = db.connection().createStatement(); var rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                result.add(row);
            }
        } catch (SQLException e) {
            throw new AssertionError(sql + ": " + e.getMessage(), e);
        }
        return result;
    }

    /** The column names and types of a table or view, as "name TYPE". */
    static Set<String> columns(BundleDatabase db, String table) {
        Set<String> result = new LinkedHashSet<>();
        query(db, "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '" + table
                + "' ORDER BY ordinal_position").forEach(r -> result.add(r.get(0) + " " + r.get(1)));
        return result;
    }
}
