package org.flashlight.core.metric;

/**
 * Who a metric counts, as the attribution rules of metrics.md define it. Each population is one
 * SQL building block of the engine producing, per school year, entity and student, the columns a
 * metric's numerator and denominator may use (listed here, so a framework file can define a new
 * metric over a population without Java code).
 */
public enum Population {
    /** Students with at least one day enrolled at the entity. Columns: days_enrolled, days_present, swd. */
    ENROLLED("days_enrolled, days_present, swd, suspended"),
    /** Students enrolled at least 31 days at the entity, days summed over their stays there. */
    ATTENDANCE("days_enrolled, days_present"),
    /** Pre-K stays of students enrolled at least 31 days in pre-K at the entity. */
    PREK_ATTENDANCE("days_enrolled, days_present"),
    /** Distinct students with a grade 9-12 stay at the entity. Columns: dropped_out. */
    HIGH_SCHOOL_ENROLLED("dropped_out");

    private final String columns;

    Population(String columns) {
        this.columns = columns;
    }

    /** Columns a numerator or denominator expression may name, comma separated. */
    public String columns() {
        return columns;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
