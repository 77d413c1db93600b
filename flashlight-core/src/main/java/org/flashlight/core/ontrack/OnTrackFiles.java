package org.flashlight.core.ontrack;

import java.util.List;

/**
 * The columns of the on-track files ({@code ontrack score} and {@code ontrack report}, docs/ontrack.md): one
 * definition for the writers and for the internal web views that read them. Keep them: they are an interface.
 */
public final class OnTrackFiles {
    /** student_ontrack.csv: one row per student, indicator and checkpoint. */
    public static final List<String> STUDENT_ONTRACK = List.of("school_year", "student_id", "school_id", "indicator",
            "checkpoint_month", "probability", "previous_probability", "change", "rule_met", "flags", "top_factors",
            "p_graduation", "p_college_enrollment", "p_a_g_completion");

    /** support_lists.csv: per school, the students to support, with reasons and strengths. */
    public static final List<String> SUPPORT_LISTS = List.of("school_id", "school_year", "student_id", "indicator",
            "checkpoint_month", "probability", "previous_probability", "reasons", "why", "strengths");

    /** ontrack_rollup.csv: per school, district and state, indicator and group. */
    public static final List<String> ROLLUP = List.of("school_year", "level", "entity_id", "indicator",
            "student_group", "students", "mean_probability", "below_threshold", "rule_met",
            "mean_probability_first_update", "change_over_year");

    /** schools.csv of a score folder: the scored year's schools, names and districts. */
    public static final List<String> SCHOOLS = List.of("school_year", "school_id", "school_name", "district_id",
            "district_name");

    /** gap_tables.csv (and gap_tables_public.csv): two groups per metric, entity and year. */
    public static final List<String> GAP_TABLES = List.of("metric", "school_year", "level", "entity_id", "group",
            "group_percent", "group_n", "comparison", "comparison_percent", "comparison_n", "gap_points",
            "gap_points_prior_year", "gap_change");

    /** group_rates.csv (and group_rates_public.csv): every group's rate and its change since the year before. */
    public static final List<String> GROUP_RATES = List.of("metric", "school_year", "level", "entity_id",
            "student_group", "numerator", "denominator", "percent", "percent_prior_year", "change_points");

    private OnTrackFiles() {
    }
}
