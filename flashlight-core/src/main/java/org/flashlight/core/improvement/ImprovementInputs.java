package org.flashlight.core.improvement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flashlight.core.accountability.SchoolProfile;
import org.flashlight.core.accountability.SchoolValue;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.core.framework.FrameworkSettings;
import org.flashlight.core.metric.Direction;

/**
 * What the support outputs read: the framework, what it made of the run, and the run's values.
 *
 * @param values         school-level values of every year (whole schools and framework-level parts)
 * @param schools        the schools of every year (schools.csv) with their econ_disadv share
 * @param districtValues district-level values of every year
 * @param directions     each metric's direction
 */
public record ImprovementInputs(FrameworkSettings framework, ScoringOutcome outcome, List<SchoolValue> values,
        List<SchoolProfile> schools, List<DistrictValue> districtValues, Map<String, Direction> directions) {
    public ImprovementInputs {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(outcome, "outcome");
        values = List.copyOf(values);
        schools = List.copyOf(schools);
        districtValues = List.copyOf(districtValues);
        directions = Map.copyOf(directions);
    }

    /** An index of the values of {@code metrics} by year, school, row level, metric and group. */
    Values index(java.util.Set<String> metrics) {
        return new Values(values.stream().filter(v -> metrics.contains(v.metric())).toList());
    }

    Direction direction(String metric) {
        return directions.getOrDefault(metric, Direction.NONE);
    }

    /** School values by key; a split school's framework-level rows are preferred to its whole-school rows. */
    static final class Values {
        private final Map<String, SchoolValue> byKey = new HashMap<>();

        Values(List<SchoolValue> values) {
            values.forEach(v -> byKey.put(key(v.schoolYear(), v.schoolId(), v.frameworkLevel(), v.metric(), v.group()), v));
        }

        /** The value of the school's rows for {@code level} when it was split, else its whole-school value. */
        Optional<SchoolValue> get(int year, String schoolId, String level, String metric, String group) {
            SchoolValue ofLevel = level.isEmpty() ? null : byKey.get(key(year, schoolId, level, metric, group));
            return Optional.ofNullable(ofLevel != null ? ofLevel : byKey.get(key(year, schoolId, "", metric, group)));
        }

        private static String key(int year, String school, String level, String metric, String group) {
            return year + "|" + school + "|" + level + "|" + metric + "|" + group;
        }
    }
}
