package org.flashlight.web.ontrack;

import java.util.List;

/**
 * A district's or the state's on-track view for system leaders (BTSC-3, BTSC-5): per indicator the roll-up for all
 * students, the target group and the rest with the gap between them; 9th-grade on-track by group with last
 * year and the change; the target-group gap and its change; and the schools (or districts) below it.
 *
 * @param notes what is missing and why (no report folder, no group rates), in words
 */
public record SystemPage(String title, String level, String entityId, String name, List<Rollup> rollups,
        List<Rates> rates, List<Gap> gaps, String unitsHeading, List<Unit> units, List<String> notes) {
    public SystemPage {
        rollups = List.copyOf(rollups);
        rates = List.copyOf(rates);
        gaps = List.copyOf(gaps);
        units = List.copyOf(units);
        notes = List.copyOf(notes);
    }

    /** One indicator's roll-up. {@code gap...} is the target group minus the rest, empty without both groups. */
    public record Rollup(String indicator, int year, List<RollupLine> lines, String gapMeanProbability,
            String gapRuleMet, String gapChange) {
        public Rollup {
            lines = List.copyOf(lines);
        }
    }

    public record RollupLine(String group, String students, String meanProbability, String belowThreshold,
            String ruleMet, String changeOverYear) {
    }

    /** One metric's rates by group from group_rates.csv. */
    public record Rates(String metricId, String measure, int year, List<RateLine> lines) {
        public Rates {
            lines = List.copyOf(lines);
        }
    }

    public record RateLine(String group, String students, String percent, String percentPriorYear, String change) {
    }

    /** One metric's target-group gap from gap_tables.csv. */
    public record Gap(String metricId, String measure, int year, String groupPercent, String groupN,
            String comparisonPercent, String comparisonN, String gapPoints, String gapPointsPriorYear, String gapChange) {
    }

    /** A school of the district (or a district of the state); {@code url} is empty where the user may not open it. */
    public record Unit(String id, String name, String url, String listed, String newlyFlagged, String meanProbability) {
    }
}
