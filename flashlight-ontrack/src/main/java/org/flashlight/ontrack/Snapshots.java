package org.flashlight.ontrack;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.ontrack.OnTrackTables;

/** Reads the snapshots of {@link OnTrackTables} (which must exist) in (year, student, checkpoint) order. */
public final class Snapshots {
    private Snapshots() {
    }

    /** Every snapshot of {@code indicator}, of one school year or of all. */
    public static List<Snapshot> read(BundleDatabase db, OnTrackIndicator indicator, Optional<Integer> schoolYear) {
        Map<String, SortedSet<String>> groups = groups(db, schoolYear);
        OnTrackOutcome[] outcomes = OnTrackOutcome.values();
        StringBuilder labelColumns = new StringBuilder();
        for (OnTrackOutcome o : outcomes) {
            labelColumns.append(", l.").append(o.id());
        }
        String sql = "SELECT s.school_year, s.student_id, s.school_id, s.checkpoint_month, "
                + OnTrackTables.featureColumns() + labelColumns
                + " FROM ontrack_snapshots s LEFT JOIN ontrack_labels l USING (student_id)"
                + " WHERE s.indicator = ?" + (schoolYear.isPresent() ? " AND s.school_year = ?" : "")
                + " ORDER BY s.school_year, s.student_id, s.checkpoint_month";
        List<Snapshot> snapshots = new ArrayList<>();
        int featureCount = OnTrackFeature.values().length;
        try (PreparedStatement s = db.connection().prepareStatement(sql)) {
            s.setString(1, indicator.id());
            if (schoolYear.isPresent()) {
                s.setInt(2, schoolYear.get());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    double[] features = new double[featureCount];
                    for (int f = 0; f < featureCount; f++) {
                        double value = rs.getDouble(5 + f);
                        features[f] = rs.wasNull() ? Double.NaN : value;
                    }
                    Map<OnTrackOutcome, Boolean> labels = new EnumMap<>(OnTrackOutcome.class);
                    for (int o = 0; o < outcomes.length; o++) {
                        boolean value = rs.getBoolean(5 + featureCount + o);
                        if (!rs.wasNull()) {
                            labels.put(outcomes[o], value);
                        }
                    }
                    int year = rs.getInt(1);
                    String student = rs.getString(2);
                    snapshots.add(new Snapshot(indicator, year, student, rs.getString(3), rs.getInt(4), features, labels,
                            groups.getOrDefault(year + "|" + student, new TreeSet<>())));
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the " + indicator.id() + " snapshots: " + e.getMessage(), e);
        }
        return snapshots;
    }

    private static Map<String, SortedSet<String>> groups(BundleDatabase db, Optional<Integer> schoolYear) {
        Map<String, SortedSet<String>> groups = new HashMap<>();
        String sql = "SELECT school_year, student_id, group_id FROM ontrack_groups"
                + (schoolYear.isPresent() ? " WHERE school_year = " + schoolYear.get() : "");
        try (var s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                groups.computeIfAbsent(rs.getInt(1) + "|" + rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the students' groups: " + e.getMessage(), e);
        }
        return groups;
    }
}
