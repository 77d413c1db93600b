package org.flashlight.web.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestExplanationPolicy {
    static ExplanationLine line(int year, String step, String group, String metric, String text) {
        return new ExplanationLine(year, "S1", "elementary", step, group, metric, metric, text);
    }

    /** Shown cells of S1: ELA and math for all, 2025; CA's change for all in 2024 and 2025; el is hidden. */
    static final Set<CellKey> SHOWN = Set.of(CellKey.school(2025, "S1", "ela", "all"),
            CellKey.school(2025, "S1", "math", "all"), CellKey.school(2025, "S1", "absence", "all"),
            CellKey.school(2024, "S1", "absence", "all"), CellKey.school(2025, "S1", "absence", "swd"));

    static ExplanationPolicy.Result apply(List<ExplanationLine> lines, boolean publishScore) {
        return ExplanationPolicy.apply(lines, k -> SHOWN.contains(k.key()), publishScore);
    }

    @Test
    void aLineIsPublicOnlyWhenEveryCellItRestsOnIsShown() {
        List<ExplanationLine> lines = List.of(line(2025, "metric", "all", "ela", "ela all"),
                line(2025, "metric", "el", "ela", "ela el"), line(2025, "metric", "", "ela", "ela combined"),
                line(2025, "metric", "all", "math", "math all"), line(2025, "metric", "", "math", "math combined"),
                new ExplanationLine(2025, "S1", "elementary", "group", "el", "", "", "el group score"),
                new ExplanationLine(2025, "S1", "elementary", "group", "all", "", "", "all group score"),
                line(2025, "score", "", "", "the score"));
        ExplanationPolicy.Result result = apply(lines, true);
        // withheld: the el line, the ELA line that combines it, and el's group line
        assertThat(result.publicLines()).extracting(ExplanationLine::text)
                .containsExactly("ela all", "math all", "math combined", "all group score", "the score");
        assertThat(result.withheldBySchoolYear()).containsEntry("S1/2025", 3);
    }

    @Test
    void theScoreLineFollowsPublishScore() {
        List<ExplanationLine> lines = List.of(line(2025, "score", "", "", "the score"));
        assertThat(apply(lines, false).publicLines()).isEmpty();
        assertThat(apply(lines, true).publicLines()).hasSize(1);
    }

    @Test
    void aColourRestsOnThePriorYearToo() {
        // all: both years shown; swd: 2024 not shown, so its change would give 2024 away
        List<ExplanationLine> lines = List.of(line(2025, "color", "all", "absence", "all green"),
                line(2025, "color", "swd", "absence", "swd orange"),
                line(2025, "color", "swd", "absence", "swd: no colour: no prior-year value: status only"));
        assertThat(apply(lines, true).publicLines()).extracting(ExplanationLine::text)
                .containsExactly("all green", "swd: no colour: no prior-year value: status only");
    }
}
