package org.flashlight.web.ontrack;

import java.util.List;
import java.util.Optional;
import org.flashlight.web.view.TrendChart;

/**
 * One student's year (BTSC-5, BTSC-7): each indicator's probability at every checkpoint, the rule's components met
 * or not, the factors behind the latest probability, the other outcomes, and, when listed, the support list's why
 * and strengths. Printable as a report for the student's family and educators.
 */
public record StudentPage(String schoolId, String schoolName, String studentId, int year, String supportListUrl,
        List<Indicator> indicators, Optional<SupportListPage.Line> listed) {
    public StudentPage {
        indicators = List.copyOf(indicators);
    }

    /** One indicator's checkpoints, oldest first, and what its latest checkpoint says. */
    public record Indicator(String id, String label, List<Checkpoint> checkpoints, Optional<TrendChart> chart,
            String ruleName, List<Component> components, List<String> factors, List<Outcome> otherOutcomes) {
        public Indicator {
            checkpoints = List.copyOf(checkpoints);
            components = List.copyOf(components);
            factors = List.copyOf(factors);
            otherOutcomes = List.copyOf(otherOutcomes);
        }
    }

    public record Checkpoint(String name, String probability, String previousProbability, String change, String ruleMet) {
    }

    /** A condition of the rule: "GPA of 2.5 or higher", met or not yet. */
    public record Component(String label, boolean met) {
    }

    public record Outcome(String label, String probability) {
    }
}
