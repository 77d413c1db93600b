package org.flashlight.ontrack;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;

/**
 * One student at one moment of one indicator: the feature values known then (indexed by
 * {@link OnTrackFeature#ordinal()}, NaN where missing), the outcomes known now, and their groups.
 */
public record Snapshot(OnTrackIndicator indicator, int schoolYear, String studentId, String schoolId,
        int checkpointMonth, double[] features, Map<OnTrackOutcome, Boolean> labels, SortedSet<String> groups) {
    public Snapshot {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(studentId, "studentId is null");
        requireNonNull(schoolId, "schoolId is null");
        features = features.clone();
        labels = labels.isEmpty() ? Map.of() : new EnumMap<>(labels);
        groups = new TreeSet<>(groups);
    }

    public Optional<Boolean> label(OnTrackOutcome outcome) {
        return Optional.ofNullable(labels.get(outcome));
    }

    public double feature(OnTrackFeature feature) {
        return features[feature.ordinal()];
    }

    @Override
    public double[] features() {
        return features.clone();
    }
}
