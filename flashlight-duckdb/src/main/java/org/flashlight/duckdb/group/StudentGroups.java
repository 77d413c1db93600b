package org.flashlight.duckdb.group;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * Student-group membership of a loaded bundle, in SQL (shared/spec/metrics.md "Student groups",
 * the rules with a worked example are in docs/student-groups.md). {@link #create}
 * replaces these tables, in one transaction:
 *
 * <ul>
 * <li>{@value #STUDENT_GROUPS}{@code (school_year INTEGER, student_id VARCHAR, group_id VARCHAR)}: one
 * row per student-year and group the student is in that year, for the {@link StudentGroup.Membership#STUDENT_YEAR}
 * groups only ({@code all} has no rows: every counted student is in it; {@code lowest_race} and
 * {@code lowest_25pct} are decided per metric). Decided from that year's students.csv row (and, for
 * the over-age part of {@code dc_at_risk}, that year's enrollments), so a student has one designation
 * per year, the same at every school.</li>
 * <li>{@value #SCHOOL_FARMS}{@code (school_year INTEGER, school_id VARCHAR, cep BOOLEAN, enrolled BIGINT,
 * frl_or_direct_cert BIGINT, direct_certified BIGINT, farms_estimate DECIMAL(18,1))}: DC's school-level
 * FARMS estimate (reporting only), one row per schools.csv row.</li>
 * <li>{@value #NEAREST_STUDENT_YEAR}{@code (school_year INTEGER, student_id VARCHAR, source_year INTEGER)}:
 * for graduation groups, which year's students.csv row gives a graduation-cohort student's
 * groups when reporting {@code school_year}.</li>
 * <li>the view {@value #NEAREST_STUDENT_GROUPS}{@code (school_year, student_id, source_year, group_id)}:
 * the groups of a (reporting year, cohort student) through {@value #NEAREST_STUDENT_YEAR}.</li>
 * <li>{@value #GROUP_RULES}{@code (name VARCHAR, value VARCHAR)}: the rules used, so far
 * {@code ('econ_disadv_rule', rule id)}.</li>
 * </ul>
 *
 * <p>Everything is set-based SQL (a join, a GROUP BY and an unnest per table); DuckDB needs no index
 * for it. NULL booleans (missing values) count as false.
 */
public final class StudentGroups {
    public static final String STUDENT_GROUPS = "student_groups";
    public static final String SCHOOL_FARMS = "school_farms";
    public static final String NEAREST_STUDENT_YEAR = "nearest_student_year";
    public static final String NEAREST_STUDENT_GROUPS = "nearest_student_groups";
    public static final String GROUP_RULES = "group_rules";
    /** The {@value #GROUP_RULES} row naming the economic-disadvantage rule. */
    public static final String ECON_DISADV_RULE = "econ_disadv_rule";

    /** CEP schools: FARMS estimate = direct_certified x this multiplier, capped at enrollment. */
    public static final String CEP_MULTIPLIER = "1.6";

    private StudentGroups() {
    }

    /**
     * Creates (or replaces) the group tables from the bundle tables {@code students},
     * {@code enrollments}, {@code schools} and {@code graduation_cohorts} of {@code db}.
     *
     * @param rule who is in {@code econ_disadv}; {@code high_needs}, {@code target_group} and
     *             {@code not_target_group} use {@code frl_or_direct_cert} whatever it is
     */
    public static void create(BundleDatabase db, EconomicDisadvantageRule rule) {
        Connection c = db.connection();
        try {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(studentGroupsSql(rule));
                s.execute(SCHOOL_FARMS_SQL);
                s.execute(NEAREST_STUDENT_YEAR_SQL);
                s.execute(NEAREST_STUDENT_GROUPS_SQL);
                s.execute("CREATE OR REPLACE TABLE " + GROUP_RULES + " (name VARCHAR, value VARCHAR)");
                s.execute("INSERT INTO " + GROUP_RULES + " VALUES ('" + ECON_DISADV_RULE + "', '" + rule.id() + "')");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot create the student groups: " + e.getMessage(), e);
        }
    }

    /** The economic-disadvantage rule {@link #create} last recorded in {@code db}. */
    public static EconomicDisadvantageRule recordedRule(BundleDatabase db) {
        try (Statement s = db.connection().createStatement();
                var rs = s.executeQuery("SELECT value FROM " + GROUP_RULES + " WHERE name = '" + ECON_DISADV_RULE + "'")) {
            if (!rs.next()) {
                throw new IllegalStateException(GROUP_RULES + " names no " + ECON_DISADV_RULE);
            }
            return EconomicDisadvantageRule.fromId(rs.getString(1));
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------------------------ student_groups

    private static final String RACE_CODES = StudentGroup.RACES.stream().map(g -> "'" + g.id() + "'")
            .collect(Collectors.joining(", "));

    /**
     * The flags of one student-year, all non-NULL. {@code el_ever}: R-16, rfep reclassified within the
     * four school years ending with this one = July 1 of school_year - 4 .. June 30 of school_year.
     */
    private static final String FLAGS = """
            SELECT s.school_year, s.student_id,
                CASE WHEN s.race_ethnicity IN (%s) THEN s.race_ethnicity END AS race,
                coalesce(s.el_status = 'el', false) AS el,
                coalesce(s.el_status = 'el'
                    OR (s.el_status = 'rfep' AND s.reclassified_date
                        BETWEEN make_date(s.school_year - 4, 7, 1) AND make_date(s.school_year, 6, 30)), false) AS el_ever,
                coalesce(s.swd, false) AS swd,
                coalesce(s.frl, false) OR coalesce(s.direct_certified, false) AS frl_or_direct_cert,
                %s AS econ_disadv
            FROM students s
            %s
            """;

    /**
     * R-16 over-age, as a date comparison: whole years of age on Sept 30 of the fall (school_year - 1)
     * >= g + 6, where g = the lowest grade 9-12 of the student's stays that year, holds exactly when the
     * student was born on or before Sept 30 of (school_year - 1) - (g + 6). Since the reference day is
     * always Sept 30, no leap-day case arises.
     */
    private static final String DC_AT_RISK = """
            coalesce(s.tanf, false) OR coalesce(s.snap, false) OR coalesce(s.foster_care, false)
                    OR coalesce(s.homeless, false)
                    OR coalesce(s.birth_date <= make_date(s.school_year - 1 - (hs.lowest_hs_grade + 6), 9, 30), false)""";

    /** The lowest grade 9-12 of each student-year's stays (any school). */
    private static final String LOWEST_HS_GRADE_JOIN = """
            LEFT JOIN (
                SELECT school_year, student_id, min(grade_level) AS lowest_hs_grade
                FROM enrollments
                WHERE grade_level BETWEEN 9 AND 12
                GROUP BY school_year, student_id
            ) hs ON hs.school_year = s.school_year AND hs.student_id = s.student_id""";

    static String studentGroupsSql(EconomicDisadvantageRule rule) {
        String flags = switch (rule) {
            case FRL_OR_DIRECT_CERT -> FLAGS.formatted(RACE_CODES,
                    "coalesce(s.frl, false) OR coalesce(s.direct_certified, false)", "");
            case DC_AT_RISK -> FLAGS.formatted(RACE_CODES, DC_AT_RISK, LOWEST_HS_GRADE_JOIN);
        };
        // One list of (possibly NULL) group ids per student-year, unnested; high_needs and the target
        // pair use frl_or_direct_cert whatever the rule.
        return """
                CREATE OR REPLACE TABLE student_groups AS
                SELECT CAST(school_year AS INTEGER) AS school_year, student_id, group_id
                FROM (
                    SELECT school_year, student_id, unnest([
                        race,
                        CASE WHEN el THEN 'el' END,
                        CASE WHEN el_ever THEN 'el_ever' END,
                        CASE WHEN swd THEN 'swd' END,
                        CASE WHEN econ_disadv THEN 'econ_disadv' END,
                        CASE WHEN el OR swd OR frl_or_direct_cert THEN 'high_needs' END,
                        CASE WHEN race IN ('black', 'hispanic') AND frl_or_direct_cert THEN 'target_group'
                             ELSE 'not_target_group' END
                    ]) AS group_id
                    FROM (%s)
                )
                WHERE group_id IS NOT NULL""".formatted(flags);
    }

    // ------------------------------------------------------------------------------------ school_farms

    /**
     * enrolled = distinct students with a stay at the school that year. Non-CEP: students among them who
     * are frl or direct_certified (that year's row). CEP: direct_certified x 1.6, capped at enrolled.
     * Exact decimals: an integer x 1.6 has one decimal, so DECIMAL(18,1) holds it without rounding.
     * Every schools.csv row gets a row (a school without stays: 0 enrolled, estimate 0.0).
     */
    private static final String SCHOOL_FARMS_SQL = """
            CREATE OR REPLACE TABLE school_farms AS
            WITH counts AS (
                SELECT e.school_year, e.school_id, count(*) AS enrolled,
                    count(*) FILTER (WHERE coalesce(s.frl, false) OR coalesce(s.direct_certified, false))
                        AS frl_or_direct_cert,
                    count(*) FILTER (WHERE coalesce(s.direct_certified, false)) AS direct_certified
                FROM (SELECT DISTINCT school_year, school_id, student_id FROM enrollments) e
                LEFT JOIN students s ON s.school_year = e.school_year AND s.student_id = e.student_id
                GROUP BY e.school_year, e.school_id
            ),
            school AS (
                SELECT CAST(sc.school_year AS INTEGER) AS school_year, sc.school_id, coalesce(sc.cep, false) AS cep,
                    coalesce(c.enrolled, 0) AS enrolled,
                    coalesce(c.frl_or_direct_cert, 0) AS frl_or_direct_cert,
                    coalesce(c.direct_certified, 0) AS direct_certified
                FROM schools sc
                LEFT JOIN counts c ON c.school_year = sc.school_year AND c.school_id = sc.school_id
            )
            SELECT school_year, school_id, cep, enrolled, frl_or_direct_cert, direct_certified,
                CAST(CASE WHEN cep
                    THEN least(CAST(direct_certified AS DECIMAL(18,0)) * CAST(%s AS DECIMAL(2,1)),
                               CAST(enrolled AS DECIMAL(18,0)))
                    ELSE CAST(frl_or_direct_cert AS DECIMAL(18,0)) END AS DECIMAL(18,1)) AS farms_estimate
            FROM school""".formatted(CEP_MULTIPLIER);

    // ------------------------------------------------------------------------------------

    /**
     * For every school year of the bundle (distinct schools.school_year) and every graduation-cohort
     * student with at least one students.csv row: the reporting year's row if there is one, else the
     * latest earlier row, else the earliest later row ({@link #nearestRowYear}). A student with no row gets
     * no entry.
     */
    private static final String NEAREST_STUDENT_YEAR_SQL = """
            CREATE OR REPLACE TABLE nearest_student_year AS
            WITH years AS (SELECT DISTINCT school_year FROM schools),
            cohort_rows AS (
                SELECT s.student_id, s.school_year AS row_year
                FROM students s
                WHERE s.student_id IN (SELECT student_id FROM graduation_cohorts)
            )
            SELECT CAST(y.school_year AS INTEGER) AS school_year, r.student_id,
                CAST(%s AS INTEGER) AS source_year
            FROM years y CROSS JOIN cohort_rows r
            GROUP BY y.school_year, r.student_id""".formatted(nearestRowYear("r.row_year", "y.school_year"));

    /**
     * R-13 as one aggregate over a student's students.csv years: the reporting year's row if there is one,
     * else the latest earlier row, else the earliest later one ("the latest at or before the reporting
     * year, else the earliest after it"). The one definition of the rule, for this table and for the
     * engine's cohort populations.
     */
    public static String nearestRowYear(String rowYear, String reportingYear) {
        return "coalesce(max(%1$s) FILTER (WHERE %1$s <= %2$s), min(%1$s) FILTER (WHERE %1$s > %2$s))"
                .formatted(rowYear, reportingYear);
    }

    /**
     * The groups of a graduation student when reporting school_year: the student_groups rows of the
     * source year (so every rule, el_ever's window included, is applied as of the source year's row).
     */
    private static final String NEAREST_STUDENT_GROUPS_SQL = """
            CREATE OR REPLACE VIEW nearest_student_groups AS
            SELECT n.school_year, n.student_id, n.source_year, g.group_id
            FROM nearest_student_year n
            JOIN student_groups g ON g.school_year = n.source_year AND g.student_id = n.student_id""";
}
