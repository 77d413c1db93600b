package org.flashlight.web.results;

import java.util.Objects;

/**
 * Where a result cell sits: school year, entity ({@code school}, {@code district} or {@code state} and its
 * id), metric and student group. A school scored under two framework levels keeps its whole-school row here.
 */
public record CellKey(int year, String level, String entityId, String metric, String group) {
    public CellKey {
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(entityId, "entityId is null");
        Objects.requireNonNull(metric, "metric is null");
        Objects.requireNonNull(group, "group is null");
    }

    public static CellKey school(int year, String schoolId, String metric, String group) {
        return new CellKey(year, "school", schoolId, metric, group);
    }

    public CellKey inYear(int otherYear) {
        return new CellKey(otherYear, level, entityId, metric, group);
    }

    public CellKey forGroup(String otherGroup) {
        return new CellKey(year, level, entityId, metric, otherGroup);
    }

    public CellKey forEntity(String otherLevel, String otherEntityId) {
        return new CellKey(year, otherLevel, otherEntityId, metric, group);
    }
}
