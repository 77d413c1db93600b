package org.flashlight.web.view;

import java.util.List;

/**
 * The district or state dashboard for one framework and year: the schools as a sortable table with one chosen
 * measure, that measure's distribution over the schools, the gaps between student groups at the district or
 * state level, and the designation list. Display text only, from the public view.
 *
 * @param scope   {@code district} or {@code state}
 * @param sort    the column the rows are sorted by ({@link Dashboards#SORT_KEYS})
 * @param showScore whether the framework publishes its score (the column is absent otherwise)
 */
public record DashboardPage(String scope, String entityId, String title, String frameworkId, String frameworkName,
        int year, List<Choice> frameworks, List<Choice> years, List<Choice> measures, String metricId,
        String metricLabel, String sort, boolean descending, boolean showScore, List<Row> rows,
        List<Bin> distribution, int schoolsWithoutValue, List<Gap> gaps, List<DesignatedSchool> designated,
        List<Choice> districts, String csvUrl, String xlsxUrl) {
    public DashboardPage {
        frameworks = List.copyOf(frameworks);
        years = List.copyOf(years);
        measures = List.copyOf(measures);
        rows = List.copyOf(rows);
        distribution = List.copyOf(distribution);
        gaps = List.copyOf(gaps);
        designated = List.copyOf(designated);
        districts = List.copyOf(districts);
    }

    /** One school: the chosen measure for all students, the rating, the score (when published), designations. */
    public record Row(String schoolId, String name, String url, String type, String value, String rating,
            String score, String designations) {
    }

    /** A bar of the distribution: how many schools have a shown value in [from, to). */
    public record Bin(String label, int schools, int widthPercent) {
    }

    /** A student group's value at the district or state, and its gap to all students (shown values only). */
    public record Gap(String group, String value, String gap) {
    }

    public record DesignatedSchool(String name, String url, String designation, String reason) {
    }

    /** The URL of this page sorted by {@code column}: toggles the direction when it is already the sort. */
    public String sortUrl(String column) {
        boolean nextDescending = column.equals(sort) && !descending;
        String base = scope.equals("state") ? Urls.state(frameworkId, year) : Urls.district(entityId, frameworkId, year);
        return base + "&measure=" + Urls.encode(metricId) + "&sort=" + column + "&dir=" + (nextDescending ? "desc" : "asc");
    }

    /** {@code ascending}, {@code descending} or {@code none}, for aria-sort. */
    public String ariaSort(String column) {
        return !column.equals(sort) ? "none" : descending ? "descending" : "ascending";
    }
}
