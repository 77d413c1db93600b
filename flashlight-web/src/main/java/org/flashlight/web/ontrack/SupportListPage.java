package org.flashlight.web.ontrack;

import java.util.List;

/**
 * A school's support list (BTSC-6): who needs help now and why, newly flagged students first, then the lowest
 * probabilities, as support_lists.csv orders them.
 *
 * @param indicator the indicator shown, or empty for all
 */
public record SupportListPage(String schoolId, String schoolName, String districtName, int year, String indicator,
        List<Choice> indicators, List<Line> lines, long newlyFlagged, String csvUrl, String xlsxUrl) {
    public SupportListPage {
        indicators = List.copyOf(indicators);
        lines = List.copyOf(lines);
    }

    /** A link that narrows the list; {@code current} marks the one shown. */
    public record Choice(String label, String url, boolean current) {
    }

    /** One listed student, as the page and the downloads show them. */
    public record Line(String studentId, String studentUrl, String indicator, String checkpoint, String probability,
            String previousProbability, String change, boolean newSinceLastUpdate, List<String> reasons,
            List<String> why, List<String> strengths) {
        public Line {
            reasons = List.copyOf(reasons);
            why = List.copyOf(why);
            strengths = List.copyOf(strengths);
        }
    }
}
