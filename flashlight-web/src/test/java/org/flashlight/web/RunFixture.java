package org.flashlight.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A small state written by hand as two run folders (frameworks {@code alpha}, which publishes its score, and
 * {@code beta}, which does not), in the layout flashlight run writes: run_manifest.json and flashlight.duckdb
 * with metric_results, schools, school_results and score_explanations.
 *
 * <p>The state: district D1 (North) with Alder Elementary (S1) and Birch Elementary (S2); district D2 (South)
 * with Cedar Elementary (S3) and Dogwood High (S4); years 2023-2025. The cells the tests reason about are
 * written out below with their meaning. Suppressed cells carry real-looking numerators and denominators
 * ({@link #SECRET_VALUE}, {@link #SECRET_STUDENTS}) that no public output may contain.
 */
public final class RunFixture {
    /** S1's hidden English-learner ELA value 3 / 7, as the run wrote it; must never be published. */
    public static final String SECRET_VALUE = "0.4285714285714286";
    /** The same cell's 42.9%, as a page would print it. */
    public static final String SECRET_PERCENT = "42.9";
    /** The number of students of S1's coded students-with-disabilities ELA cell (12 of 12 proficient). */
    public static final String SECRET_STUDENTS = "12";

    private final List<Object[]> cells = new ArrayList<>();
    private final List<Object[]> outcomes = new ArrayList<>();
    private final List<Object[]> lines = new ArrayList<>();

    private RunFixture() {
    }

    /** Writes {@code alpha} and {@code beta} under {@code root} and returns {@code root}. */
    public static Path write(Path root) throws IOException, SQLException {
        writeRun(root.resolve("alpha"), "alpha", "Alpha index", true, 61.25);
        writeRun(root.resolve("beta"), "beta", "Beta index", false, 70.0);
        return root;
    }

    private static void writeRun(Path folder, String id, String name, boolean publishScore, double s1Score)
            throws IOException, SQLException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("run_manifest.json"), "{\n  \"software\" : \"flashlight\",\n  \"framework\" : {"
                + "\"id\" : \"" + id + "\", \"name\" : \"" + name + "\", \"min_n\" : 20, \"min_n_public\" : 10, "
                + "\"publish_score\" : " + publishScore + "}\n}\n");
        RunFixture f = new RunFixture();
        f.state(id, s1Score);
        f.writeDatabase(folder.resolve("flashlight.duckdb"));
    }

    private void state(String fw, double s1Score) {
        for (int year = 2023; year <= 2025; year++) {
            int t = year - 2023;
            // all students, every year: ELA rises at S1 (50%, 55%, 60%)
            shown(fw, year, "school", "S1", "ela_proficiency", "all", 0.50 + 0.05 * t, 50, 7);
            shown(fw, year, "school", "S2", "ela_proficiency", "all", 0.70, 80, 8);
            shown(fw, year, "school", "S3", "ela_proficiency", "all", 0.40, 40, 4);
            hidden(fw, year, "school", "S4", "ela_proficiency", "all", 3, 6);
            shown(fw, year, "district", "D1", "ela_proficiency", "all", 0.58, 130, null);
            shown(fw, year, "district", "D2", "ela_proficiency", "all", 0.42, 46, null);
            shown(fw, year, "state", "state", "ela_proficiency", "all", 0.55, 176, null);
            shown(fw, year, "state", "state", "ela_proficiency", "el", 0.30, 40, null);
            hidden(fw, year, "state", "state", "ela_proficiency", "swd", 2, 8);
            // chronic absence (lower is better): S1 10% against the state's 15%: a strength
            shown(fw, year, "school", "S1", "chronic_absence", "all", 0.10, 100, null);
            shown(fw, year, "state", "state", "chronic_absence", "all", 0.15, 400, null);
            // math: S1 40% against the state's 45%: an area to improve
            shown(fw, year, "school", "S1", "math_proficiency", "all", 0.40, 50, 4);
            shown(fw, year, "state", "state", "math_proficiency", "all", 0.45, 176, null);
            // the demographic profile (swd_identification: students in each group, share identified)
            profile(fw, year);
        }
        // S1 2025, ELA by group
        hidden(fw, 2025, "school", "S1", "ela_proficiency", "el", 3, 7); // 3 / 7 = SECRET_VALUE, below min n
        coded(fw, 2025, "school", "S1", "ela_proficiency", "swd", ">= 95%", 12, 12); // 12 of 12: coded
        shown(fw, 2025, "school", "S1", "ela_proficiency", "hispanic", 0.55, 20, 6);
        outcomes.add(new Object[] {fw, 2025, "S1", "elementary", s1Score, "average", "tsi:swd",
            "tsi:swd because swd score 18.2 <= csi cut 21.4"});
        outcomes.add(new Object[] {fw, 2025, "S2", "elementary", 75.5, "above average", "", ""});
        outcomes.add(new Object[] {fw, 2025, "S3", "elementary", 12.0, "below average", "csi",
            "csi because score 12 is among the lowest 5% of schools"});
        line(fw, "S1", "metric", "all", "ela_proficiency", "ela_proficiency for all: 0.6 (50 students) is at level 7 of 10");
        line(fw, "S1", "metric", "el", "ela_proficiency", "ela_proficiency for el: " + SECRET_VALUE
                + " (7 students) is at level 3 of 10");
        line(fw, "S1", "metric", "", "ela_proficiency", "ela_proficiency: weight 12 x (0.5 x 7 + 0.5 x 3) / 10 = 6");
        line(fw, "S1", "metric", "all", "math_proficiency", "math_proficiency for all: 0.4 (50 students) is at level 4 of 10");
        line(fw, "S1", "metric", "", "math_proficiency", "math_proficiency: weight 12 x 4 / 10 = 4.8 points");
        line(fw, "S1", "score", "", "", "index = sum of the metrics' points = " + s1Score);
        // colours (a dashboard framework's): chronic absence for all rests on 2024 and 2025, both shown: public;
        // ELA for el rests on a hidden cell: its colour (and line) must not appear
        colorLine(fw, "S1", "all", "chronic_absence", "Orange", "chronic_absence for all: status High, change Increased = Orange");
        colorLine(fw, "S1", "el", "ela_proficiency", "Red", "ela_proficiency for el: status Very Low = Red");
    }

    /**
     * Shares (students in the group over all students; the share identified as swd is the all-students value):
     * S1 100 students, 60 econ, 20 el, 12%; S2 200, 100 econ, 50 el, 10%; S3 50, 45 econ, el hidden, 20%;
     * S4 (a high school) 300, 150 econ, 30 el, 15%.
     */
    private void profile(String fw, int year) {
        swd(fw, year, "S1", 100, 0.12, 60, 20);
        swd(fw, year, "S2", 200, 0.10, 100, 50);
        swd(fw, year, "S3", 50, 0.20, 45, -1);
        swd(fw, year, "S4", 300, 0.15, 150, 30);
    }

    private void swd(String fw, int year, String school, int all, double share, int econ, int el) {
        shown(fw, year, "school", school, "swd_identification", "all", share, all, null);
        shown(fw, year, "school", school, "swd_identification", "econ_disadv", share, econ, null);
        if (el < 0) {
            hidden(fw, year, "school", school, "swd_identification", "el", 1, 4);
        } else {
            shown(fw, year, "school", school, "swd_identification", "el", share, el, null);
        }
    }

    private void shown(String fw, int year, String level, String entity, String metric, String group, double value,
            long students, Integer metricLevel) {
        String v = new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        long numerator = Math.round(value * students);
        cells.add(new Object[] {fw, year, level, entity, "", metric, group, Long.toString(numerator),
            Long.toString(students), v, true, false, null, metricLevel, students, v, ""});
    }

    private void hidden(String fw, int year, String level, String entity, String metric, String group, long numerator,
            long students) {
        String v = new java.math.BigDecimal(numerator).divide(new java.math.BigDecimal(students),
                java.math.MathContext.DECIMAL64).toPlainString();
        cells.add(new Object[] {fw, year, level, entity, "", metric, group, Long.toString(numerator),
            Long.toString(students), v, false, true, null, 3, students, null, ""});
    }

    private void coded(String fw, int year, String level, String entity, String metric, String group, String code,
            long numerator, long students) {
        cells.add(new Object[] {fw, year, level, entity, "", metric, group, Long.toString(numerator),
            Long.toString(students), "1", true, false, "9.5", 10, students, code, ""});
    }

    private void line(String fw, String school, String step, String group, String metric, String text) {
        lines.add(new Object[] {fw, 2025, school, "elementary", step, group.isEmpty() ? null : group,
            metric.isEmpty() ? null : metric, metric.isEmpty() ? null : metric, text, null});
    }

    private void colorLine(String fw, String school, String group, String metric, String color, String text) {
        lines.add(new Object[] {fw, 2025, school, "elementary", "color", group, metric, metric, text, color});
    }

    private void writeDatabase(Path file) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE metric_results (framework VARCHAR, school_year INTEGER, level VARCHAR, "
                    + "entity_id VARCHAR, framework_level VARCHAR, metric VARCHAR, student_group VARCHAR, "
                    + "numerator DECIMAL(38,6), denominator DECIMAL(38,6), value DECIMAL(38,24), meets_min_n BOOLEAN, "
                    + "suppressed BOOLEAN, points DECIMAL(38,12), metric_level INTEGER, students BIGINT, "
                    + "public_value VARCHAR, group_detail VARCHAR)");
            s.execute("CREATE TABLE schools (school_year INTEGER, school_id VARCHAR, school_name VARCHAR, "
                    + "district_id VARCHAR, district_name VARCHAR, grade_low VARCHAR, grade_high VARCHAR, "
                    + "school_type VARCHAR, title_i BOOLEAN, charter BOOLEAN, cep BOOLEAN)");
            s.execute("INSERT INTO schools VALUES "
                    + "(2025, 'S1', 'Alder Elementary', 'D1', 'North District', 'K', '5', 'elementary', true, false, false),"
                    + "(2025, 'S2', 'Birch Elementary', 'D1', 'North District', 'K', '5', 'elementary', true, false, false),"
                    + "(2025, 'S3', 'Cedar Elementary', 'D2', 'South District', 'K', '5', 'elementary', true, false, false),"
                    + "(2025, 'S4', 'Dogwood High', 'D2', 'South District', '9', '12', 'high', false, false, false)");
            s.execute("CREATE TABLE school_results (framework VARCHAR, school_year INTEGER, school_id VARCHAR, "
                    + "framework_level VARCHAR, score DECIMAL(38,6), rating VARCHAR, designations VARCHAR, "
                    + "detail VARCHAR, group_scores VARCHAR)");
            s.execute("CREATE TABLE score_explanations (framework VARCHAR, school_year INTEGER, school_id VARCHAR, "
                    + "framework_level VARCHAR, step VARCHAR, student_group VARCHAR, indicator VARCHAR, metric VARCHAR, "
                    + "value DECIMAL(38,24), students BIGINT, rule VARCHAR, metric_level INTEGER, points DECIMAL(38,12), "
                    + "possible DECIMAL(38,12), weight DECIMAL(38,12), text VARCHAR)");
            insert(db, "INSERT INTO metric_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", cells);
            insert(db, "INSERT INTO school_results VALUES (?, ?, ?, ?, ?, ?, ?, ?, '')", outcomes);
            insert(db, "INSERT INTO score_explanations (framework, school_year, school_id, framework_level, step, "
                    + "student_group, indicator, metric, text, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", lines);
        }
    }

    private static void insert(Connection db, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
