package org.flashlight.web.view;

import java.util.List;

/**
 * Everything the public report card of one school shows for one framework and year, as display text. Built by
 * {@link ReportCards} from the public view only.
 *
 * @param score        the summative score, or empty when the framework does not publish it
 * @param withheldExplanations lines of "how was this calculated" withheld because they rest on hidden cells
 */
public record ReportCardPage(String schoolId, String schoolName, String districtName, String districtUrl,
        String grades, String frameworkId, String frameworkName, int year, List<Choice> frameworks,
        List<Choice> years, String rating, String score, List<DesignationView> designations,
        List<String> strengths, List<String> weaknesses, List<MeasureView> measures, List<ComparisonRow> comparison,
        List<SimilarSchoolView> similarSchools, List<ExplanationView> explanations, int withheldExplanations,
        int minNPublic, String csvUrl, String xlsxUrl, String pdfUrl, String stateUrl) {
    public ReportCardPage {
        frameworks = List.copyOf(frameworks);
        years = List.copyOf(years);
        designations = List.copyOf(designations);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
        measures = List.copyOf(measures);
        comparison = List.copyOf(comparison);
        similarSchools = List.copyOf(similarSchools);
        explanations = List.copyOf(explanations);
    }

    /**
     * A designation: its plain-language title and meaning, why this school has it, and how it exits; {@code anchor}
     * is its element id on the page (a school scored under two levels can hold one designation twice).
     */
    public record DesignationView(String anchor, String id, String title, String meaning, String reason, String exit) {
    }

    /** One measure: its value for every student group this year and its trend for all students. */
    public record MeasureView(String metricId, String label, String direction, List<GroupValue> groups,
            TrendChart trend) {
        public MeasureView {
            groups = List.copyOf(groups);
        }
    }

    /**
     * One group's public value.
     *
     * @param students the number of students, empty unless the value is shown exactly
     * @param scored   the framework's level, points or colour for it ("Level 7 of 10", "12.5 points", "Orange"),
     *                 or empty
     * @param status   {@code shown}, {@code coded} or {@code hidden}
     * @param color    the colour when {@code scored} is one (lower case, for the swatch beside the word), or empty
     */
    public record GroupValue(String groupId, String group, String display, String students, String scored,
            String status, String color) {
    }

    /** A measure for all students beside the district, the state and the similar schools (their median). */
    public record ComparisonRow(String metricId, String label, String school, String district, String state,
            String similar) {
    }

    public record SimilarSchoolView(String name, String url, String profile) {
    }

    /** The public lines of the calculation of one indicator (or of the score). */
    public record ExplanationView(String heading, List<String> lines) {
        public ExplanationView {
            lines = List.copyOf(lines);
        }
    }
}
