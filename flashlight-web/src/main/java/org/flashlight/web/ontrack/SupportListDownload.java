package org.flashlight.web.ontrack;

import org.flashlight.web.Table;

/** A support list's download: the page's rows and text, one row per listed student. Written as CSV or XLSX. */
final class SupportListDownload {
    private SupportListDownload() {
    }

    static Table table(SupportListPage page) {
        Table.Builder table = new Table.Builder().row("school_id", "school_name", "school_year", "student_id", "indicator",
                "checkpoint", "probability", "previous_probability", "change", "new_since_last_update", "reasons",
                "what_to_act_on", "what_to_build_on");
        for (SupportListPage.Line l : page.lines()) {
            table.row(page.schoolId(), page.schoolName(), Integer.toString(page.year()), l.studentId(), l.indicator(),
                    l.checkpoint(), l.probability(), l.previousProbability(), l.change(),
                    l.newSinceLastUpdate() ? "yes" : "no", String.join("; ", l.reasons()), String.join("; ", l.why()),
                    String.join("; ", l.strengths()));
        }
        return table.build();
    }
}
