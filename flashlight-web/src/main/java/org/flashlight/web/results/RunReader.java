package org.flashlight.web.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * Reads the output folder of one {@code flashlight run} (its run_manifest.json and flashlight.duckdb, read
 * only) into a {@link FrameworkRun}. Only the public view crosses this boundary: a cell's numerator and
 * denominator are never selected, and its number of students, points and level are kept only when the
 * cell is shown.
 */
public final class RunReader {
    public static final String DATABASE = "flashlight.duckdb";
    public static final String MANIFEST = "run_manifest.json";

    private RunReader() {
    }

    /** Whether {@code folder} looks like the output of {@code flashlight run}. */
    public static boolean isRunFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(DATABASE)) && Files.isRegularFile(folder.resolve(MANIFEST));
    }

    public static FrameworkRun read(Path folder) {
        Manifest manifest = Manifest.read(folder.resolve(MANIFEST));
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(DATABASE).toAbsolutePath(),
                readOnly)) {
            Map<ExplanationPolicy.ScopedKey, Visibility> scoped = new HashMap<>();
            List<PublicCell> cells = cells(db, scoped);
            ExplanationPolicy.Result explanations = ExplanationPolicy.apply(explanations(db),
                    key -> scoped.getOrDefault(key, scoped.get(new ExplanationPolicy.ScopedKey(key.key(), "")))
                            == Visibility.SHOWN, manifest.publishScore());
            return new FrameworkRun(manifest.id(), manifest.name(), manifest.publishScore(), manifest.minNPublic(),
                    cells, schools(db), outcomes(db), explanations);
        } catch (SQLException e) {
            throw new ResultsException("cannot read the results in " + folder + ": " + e.getMessage()
                    + " (is it the --out folder of flashlight run, and is no run writing it now?)", e);
        }
    }

    /** The framework facts the public view needs, from run_manifest.json. */
    record Manifest(String id, String name, int minNPublic, boolean publishScore) {
        static Manifest read(Path file) {
            try {
                JsonNode framework = new ObjectMapper().readTree(file.toFile()).path("framework");
                if (!framework.hasNonNull("id")) {
                    throw new ResultsException(file + ": no framework.id: not a run_manifest.json of flashlight run");
                }
                // an older run did not record publish_score: hide the score rather than guess
                return new Manifest(framework.get("id").asText(), framework.path("name").asText(""),
                        framework.path("min_n_public").asInt(10), framework.path("publish_score").asBoolean(false));
            } catch (IOException e) {
                throw new ResultsException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<PublicCell> cells(Connection db, Map<ExplanationPolicy.ScopedKey, Visibility> scoped)
            throws SQLException {
        // no numerator, no denominator: only the public view and the counts of shown cells
        String sql = "SELECT school_year, level, entity_id, coalesce(framework_level, '') AS framework_level, metric, "
                + "student_group, suppressed, public_value, points, metric_level, students, group_detail "
                + "FROM metric_results ORDER BY level, entity_id, school_year, metric, student_group, framework_level";
        Map<CellKey, PublicCell> wholeEntity = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                CellKey key = new CellKey(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(5),
                        rs.getString(6));
                PublicCell cell = cell(key, rs);
                String frameworkLevel = rs.getString(4);
                scoped.put(new ExplanationPolicy.ScopedKey(key, frameworkLevel), cell.visibility());
                // the whole-school row (no framework level) sorts first and wins; otherwise the only level's row
                wholeEntity.putIfAbsent(key, cell);
            }
        }
        return new ArrayList<>(wholeEntity.values());
    }

    private static PublicCell cell(CellKey key, ResultSet rs) throws SQLException {
        String published = rs.getString("public_value");
        if (rs.getBoolean("suppressed") || published == null || published.isBlank()) {
            return PublicCell.suppressed(key);
        }
        if (published.startsWith(">") || published.startsWith("<")) {
            return PublicCell.coded(key, published);
        }
        BigDecimal points = rs.getBigDecimal("points");
        int level = rs.getInt("metric_level");
        OptionalInt metricLevel = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(level);
        return PublicCell.shown(key, new BigDecimal(published), rs.getLong("students"))
                .withScore(Optional.ofNullable(points).map(BigDecimal::stripTrailingZeros), metricLevel)
                .withGroupDetail(rs.getString("group_detail"));
    }

    private static List<School> schools(Connection db) throws SQLException {
        Map<String, School> latest = new LinkedHashMap<>();
        String sql = "SELECT school_id, school_name, district_id, district_name, CAST(grade_low AS VARCHAR), "
                + "CAST(grade_high AS VARCHAR), school_type FROM schools ORDER BY school_year, school_id";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                latest.put(rs.getString(1), new School(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
            }
        }
        return new ArrayList<>(latest.values());
    }

    private static List<SchoolOutcome> outcomes(Connection db) throws SQLException {
        List<SchoolOutcome> outcomes = new ArrayList<>();
        String sql = "SELECT school_year, school_id, framework_level, score, rating, designations, detail "
                + "FROM school_results ORDER BY school_year, school_id, framework_level";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String designations = rs.getString(6);
                outcomes.add(new SchoolOutcome(rs.getInt(1), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getBigDecimal(4)), rs.getString(5),
                        designations == null || designations.isBlank() ? List.of()
                                : List.of(designations.split("\\|")), rs.getString(7)));
            }
        }
        return outcomes;
    }

    /** The lines in a fixed order: per indicator its groups (all first) then the combined line; the score last. */
    private static List<ExplanationLine> explanations(Connection db) throws SQLException {
        List<ExplanationLine> lines = new ArrayList<>();
        String sql = "SELECT school_year, school_id, framework_level, step, student_group, indicator, metric, text, "
                + "CASE WHEN step = 'color' THEN rule END "
                + "FROM score_explanations ORDER BY school_year, school_id, framework_level, step = 'score', "
                + "indicator NULLS LAST, student_group IS NULL, student_group <> 'all', student_group, step";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(new ExplanationLine(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        }
        return lines;
    }
}
