package org.flashlight.duckdb.accountability;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.metric.MetricResult;

/**
 * What framework scoring reads from a run: the schools of every year (schools.csv) with their share of
 * economically disadvantaged students, and the school-level metric results as school values.
 */
public final class SchoolInputs {
    /** Enrolled students per group: the population of {@code swd_identification} (every enrolled student). */
    public static final String ENROLLMENT_METRIC = "swd_identification";

    private SchoolInputs() {
    }

    /**
     * The schools of every year in schools.csv order, each with its econ_disadv share of enrolled students
     * (under the run's economic-disadvantage rule; null when the school has no enrolled students), from the
     * whole-school rows.
     */
    public static List<SchoolProfile> profiles(BundleDatabase db, List<MetricResult> results) {
        Map<String, BigDecimal[]> enrolled = new HashMap<>(); // year|school -> {econ, all}
        for (MetricResult r : results) {
            if (r.level().equals("school") && r.frameworkLevel().isEmpty() && r.metric().equals(ENROLLMENT_METRIC)
                    && (r.studentGroup().equals("all") || r.studentGroup().equals("econ_disadv"))) {
                BigDecimal[] counts = enrolled.computeIfAbsent(r.schoolYear() + "|" + r.entityId(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, null});
                if (r.studentGroup().equals("all")) {
                    counts[1] = r.denominator();
                } else {
                    counts[0] = r.denominator();
                }
            }
        }
        String sql = "SELECT school_year, school_id, school_name, district_id, school_type, grade_low, grade_high, "
                + "title_i FROM schools ORDER BY school_year, school_id";
        List<SchoolProfile> profiles = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                BigDecimal[] counts = enrolled.get(rs.getInt(1) + "|" + rs.getString(2));
                BigDecimal share = counts == null || counts[1] == null || counts[1].signum() == 0 ? null
                        : counts[0].divide(counts[1], java.math.MathContext.DECIMAL64);
                profiles.add(new SchoolProfile(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8), share));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return profiles;
    }

    /** The school-level results (whole schools and framework-level parts) as the values scoring reads. */
    public static List<SchoolValue> values(List<MetricResult> results, List<MetricDefinition> metrics) {
        Map<String, Boolean> minNApplies = new HashMap<>();
        metrics.forEach(m -> minNApplies.put(m.id(), m.minNApplies()));
        List<SchoolValue> values = new ArrayList<>();
        for (MetricResult r : results) {
            if (r.level().equals("school")) {
                values.add(new SchoolValue(r.schoolYear(), r.entityId(), r.frameworkLevel(), r.metric(),
                        r.studentGroup(), r.numerator(), r.denominator(), r.students(), r.value(),
                        minNApplies.getOrDefault(r.metric(), true)));
            }
        }
        return values;
    }
}
