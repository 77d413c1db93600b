package org.flashlight.duckdb.metric;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MeasurementSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.growth.GrowthSettings;
import org.flashlight.duckdb.growth.GrowthTables;
import org.flashlight.duckdb.DatabaseException;

/**
 * The drill-down of one number (issue 3): for a (metric, school year, entity, student group), the
 * population rows behind it, each with what it adds to the numerator and the denominator and the
 * population's columns, so that "my suspension rate says 0.23 and I didn't suspend anybody" is answered
 * by the records and the rule that placed each one there.
 *
 * <p>The rows come from {@link MetricEngine#factsSql}, the same per-row SQL the engine aggregates, so the
 * listed contributions add up to the numerator and denominator of {@code metric_aggregates}. Works in the
 * connection that ran {@link MetricEngine#compute} (its temp tables are reused) and on a results database
 * written by {@code flashlight run}, whose temp tables are gone: they are rebuilt here (temp tables only,
 * so a read-only database will do). Student-level output: for authorized internal users only.
 */
public final class MetricDrillDown {
    private static final Set<String> LEVELS = Set.of("school", "district", "state");
    /** Columns of the facts that are not population columns. */
    private static final Set<String> KEY_COLUMNS = Set.of("school_year", "level", "entity_id", "student_id",
            "student_group", "n0", "d0");
    private static final Pattern CONDITION = Pattern.compile("CASE WHEN (.+) THEN 1 ELSE 0 END");

    private MetricDrillDown() {
    }

    /**
     * One population row of the entity and year whose student is in the group.
     *
     * @param studentId     the student (for surveys the respondent, for CLASS observations empty)
     * @param numerator     what the row adds to the numerator; null when the expression is NULL (adds nothing)
     * @param denominator   what the row adds to the denominator
     * @param inNumerator   the numerator contribution is not 0 (and not NULL)
     * @param inDenominator the denominator contribution is not 0
     * @param columns       the population's columns, in the population's order, values as text (empty for NULL)
     */
    public record Row(String studentId, BigDecimal numerator, BigDecimal denominator, boolean inNumerator,
            boolean inDenominator, SequencedMap<String, String> columns) {
        public Row {
            Objects.requireNonNull(denominator, "denominator is null");
            columns = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(columns));
        }
    }

    /**
     * The explanation of one number.
     *
     * @param metric       the metric asked about
     * @param frameworkLevel the framework level of a split school's row asked about (STAR-1), or empty for a
     *                     whole entity
     * @param explained    the metric whose rows are listed: {@code metric} itself, or for a derived metric the
     *                     metric it is computed from (this year's rows)
     * @param studentGroup the group asked about
     * @param rowGroup     the group whose rows are listed: {@code studentGroup}, or for {@code lowest_race} the
     *                     race group it stands for
     * @param note         why {@code explained} or {@code rowGroup} differ from what was asked; empty otherwise
     * @param columns      the population's column names, as in every row
     * @param result       the row of {@code metric_aggregates} for the metric asked about, if there is one
     * @param explainedResult the row for {@code explained} and {@code rowGroup}, which the rows add up to
     */
    public record DrillDown(MetricDefinition metric, MetricDefinition explained, int schoolYear, String level,
            String entityId, String frameworkLevel, String studentGroup, String rowGroup, String note, List<String> columns, List<Row> rows,
            Optional<MetricResult> result, Optional<MetricResult> explainedResult) {
        public DrillDown {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** Who is in the population and why (the rule of {@link Population#rule()}). */
        public String populationRule() {
            return explained.population().rule();
        }

        /** What one row adds to the numerator, as SQL over the population's columns. */
        public String numerator() {
            return explained.numerator();
        }

        /** What one row adds to the denominator, as SQL over the population's columns. */
        public String denominator() {
            return explained.denominator();
        }

        public BigDecimal numeratorSum() {
            return rows.stream().map(Row::numerator).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal denominatorSum() {
            return rows.stream().map(Row::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public long rowsInNumerator() {
            return rows.stream().filter(Row::inNumerator).count();
        }

        public long rowsInDenominator() {
            return rows.stream().filter(Row::inDenominator).count();
        }
    }

    /**
     * Lists the rows behind {@code metric} for one school year, entity and group.
     *
     * @param level        {@code school}, {@code district} or {@code state} (entity {@code state})
     * @param assessment   the settings the results were computed with (as for {@link MetricEngine#compute})
     * @throws IllegalArgumentException for an unknown level, a group the metric has no row for, a
     *                                  {@code lowest_race} without a result to resolve it, or a derived
     *                                  metric whose source is not in the catalog
     */
    public static DrillDown explain(BundleDatabase db, MetricDefinition metric, int schoolYear, String level,
            String entityId, String studentGroup, AssessmentSettings assessment) {
        return explain(db, metric, schoolYear, level, entityId, "", studentGroup, assessment);
    }

    /**
     * As {@link #explain(BundleDatabase, MetricDefinition, int, String, String, String, AssessmentSettings)}
     * for one framework level of a split school (metric_results.csv {@code framework_level}): the rows of
     * that level's grades.
     *
     * @param frameworkLevel the framework level, or empty for the whole entity
     * @throws IllegalArgumentException also for a framework level with a level other than school
     */
    public static DrillDown explain(BundleDatabase db, MetricDefinition metric, int schoolYear, String level,
            String entityId, String frameworkLevel, String studentGroup, AssessmentSettings assessment) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("level " + level + ": expected school, district or state");
        }
        if (!frameworkLevel.isEmpty() && !level.equals("school")) {
            throw new IllegalArgumentException("framework level " + frameworkLevel + ": only a school is split into "
                    + "framework levels, not a " + level);
        }
        String entityLevel = MetricResultChoices.entityLevel(level, frameworkLevel);
        if (metric.excludedGroups().contains(studentGroup)) {
            throw new IllegalArgumentException(metric.id() + " has no " + studentGroup + " group");
        }
        List<String> notes = new ArrayList<>();
        MetricDefinition explained = metric;
        if (metric.population() == Population.DERIVED) {
            // the derived value is a change between two years' results: the students are this year's source rows
            explained = MetricCatalog.find(metric.numerator()).orElseThrow(() -> new IllegalArgumentException(
                    metric.id() + " is derived from " + metric.numerator() + ", which is not in the catalog"));
            notes.add(metric.id() + " is derived: this year's " + explained.id() + " value minus the prior year's, "
                    + "for the same entity and group; the rows are this year's " + explained.id() + " rows");
        }
        prepare(db, assessment);
        GrowthTables.ensure(db, List.of(explained.population()), GrowthSettings.of(assessment),
                TestDefinitions.catalog(db));
        Optional<MetricResult> result = result(db, metric.id(), schoolYear, entityLevel, entityId, studentGroup);
        String rowGroup = studentGroup;
        if (studentGroup.equals(StudentGroup.LOWEST_RACE.id())) {
            // the race the engine chose for this metric (for a derived metric: worst on the change, not the source)
            rowGroup = result.map(MetricResult::groupDetail).filter(g -> !g.isEmpty())
                    .orElseThrow(() -> new IllegalArgumentException("no lowest_race result for " + metric.id() + " at "
                            + level + " " + entityId + " in " + schoolYear + " (no race group with min n students)"));
            notes.add("lowest_race here is " + rowGroup + ", the race group with at least min n students that does "
                    + "worst on " + metric.id() + "; the rows are that group's");
        }
        Optional<MetricResult> explainedResult = explained.equals(metric) && rowGroup.equals(studentGroup) ? result
                : result(db, explained.id(), schoolYear, entityLevel, entityId, rowGroup);
        List<String> columns = new ArrayList<>();
        List<Row> rows = rows(db, explained, schoolYear, entityLevel, entityId, rowGroup, assessment, columns);
        return new DrillDown(metric, explained, schoolYear, level, entityId, frameworkLevel, studentGroup, rowGroup,
                String.join("; ", notes), columns, rows, result, explainedResult);
    }

    /**
     * A numerator or denominator expression in words where it has a common form ("1 when suspended, else 0",
     * "1 (every row counts once)"), else the expression itself ("the value of days_present").
     */
    public static String inWords(String expression) {
        Matcher condition = CONDITION.matcher(expression.strip());
        if (condition.matches()) {
            return "1 when " + condition.group(1) + ", else 0";
        }
        if (expression.strip().equals("1")) {
            return "1 (every row counts once)";
        }
        return "the value of " + expression.strip();
    }

    /** A number as metric_results.csv writes it: plain, without trailing zeros; empty for none. */
    public static String plain(BigDecimal value) {
        return MetricResultsCsv.plain(value);
    }

    /**
     * Rebuilds the engine's temp tables when this connection did not run the engine (a reopened results file),
     * with the split schools' parts the run wrote (none in a results file written before they existed).
     */
    private static void prepare(BundleDatabase db, AssessmentSettings assessment) {
        if (!hasTable(db, "entity_stays", true)) {
            if (!hasTable(db, "test_definitions", false)) {
                TestDefinitions.write(db);
            }
            if (!hasTable(db, FrameworkLevelParts.TABLE, false) && !hasTable(db, FrameworkLevelParts.TABLE, true)) {
                db.execute(FrameworkLevelParts.createEmptyTemp());
            }
            db.execute(PopulationSql.prepare(assessment));
        }
        if (!hasTable(db, "group_flags", true)) {
            db.execute(GroupColumns.createFlagsTable());
        }
    }

    private static boolean hasTable(BundleDatabase db, String table, boolean temporary) {
        return db.queryLong("SELECT count(*) FROM duckdb_tables() WHERE table_name = '" + table + "' AND temporary = "
                + temporary) > 0;
    }

    private static List<Row> rows(BundleDatabase db, MetricDefinition metric, int schoolYear, String level,
            String entityId, String group, AssessmentSettings assessment, List<String> columnsOut) {
        // a median counts the rows whose value is not NULL (MetricEngine: count(n)), whatever the denominator says
        String denominator = metric.kind() == ValueKind.MEDIAN ? "CASE WHEN n0 IS NULL THEN 0 ELSE 1 END" : "d0";
        String sql = "SELECT *, " + denominator + " AS contributes_to_denominator FROM ("
                + MetricEngine.factsSql(List.of(metric), MeasurementSettings.of(assessment), "p.*")
                + ") WHERE school_year = ? AND level = ? AND entity_id = ? AND student_group = ?"
                // rows that add nothing (a climate response when explaining sel_positive) are not listed
                + " AND (" + denominator + " <> 0 OR coalesce(n0, 0) <> 0)";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            statement.setInt(1, schoolYear);
            statement.setString(2, level);
            statement.setString(3, entityId);
            statement.setString(4, group);
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                int last = meta.getColumnCount(); // contributes_to_denominator
                List<Integer> populationColumns = new ArrayList<>();
                for (int i = 1; i < last; i++) {
                    if (!KEY_COLUMNS.contains(meta.getColumnName(i))) {
                        populationColumns.add(i);
                        columnsOut.add(meta.getColumnName(i));
                    }
                }
                while (rs.next()) {
                    BigDecimal numerator = rs.getBigDecimal("n0");
                    BigDecimal denominatorValue = Objects.requireNonNullElse(rs.getBigDecimal(last), BigDecimal.ZERO);
                    SequencedMap<String, String> columns = new LinkedHashMap<>();
                    for (int i : populationColumns) {
                        columns.put(meta.getColumnName(i), text(rs.getObject(i)));
                    }
                    rows.add(new Row(Objects.requireNonNullElse(rs.getString("student_id"), ""), numerator,
                            denominatorValue, numerator != null && numerator.signum() != 0,
                            denominatorValue.signum() != 0, columns));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        // the rows in the numerator first, then by student, then by their columns: the same order every time
        Comparator<Row> order = Comparator.comparing(Row::inNumerator).reversed()
                .thenComparing(Row::studentId)
                .thenComparing(r -> String.join("\u0000", r.columns().values()));
        rows.sort(order);
        return rows;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> plain(d);
            case BigInteger i -> i.toString();
            default -> value.toString();
        };
    }

    /** The result of {@code metric_aggregates} at an entity level ({@code school:<framework level>} for a part). */
    private static Optional<MetricResult> result(BundleDatabase db, String metric, int schoolYear, String level,
            String entityId, String group) {
        if (!hasTable(db, "metric_aggregates", false)) {
            return Optional.empty();
        }
        String sql = """
                SELECT numerator, denominator, students, value, coalesce(group_detail, '') FROM metric_aggregates
                WHERE metric = ? AND school_year = ? AND level = ? AND entity_id = ? AND student_group = ?""";
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            statement.setString(1, metric);
            statement.setInt(2, schoolYear);
            statement.setString(3, level);
            statement.setString(4, entityId);
            statement.setString(5, group);
            try (ResultSet rs = statement.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String frameworkLevel = level.startsWith(FrameworkLevelParts.LEVEL_PREFIX)
                        ? level.substring(FrameworkLevelParts.LEVEL_PREFIX.length()) : "";
                String wholeLevel = frameworkLevel.isEmpty() ? level : "school";
                return Optional.of(new MetricResult(schoolYear, wholeLevel, entityId, frameworkLevel, metric, group,
                        rs.getBigDecimal(1),
                        rs.getBigDecimal(2), rs.getLong(3), rs.getBigDecimal(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }
}
