package org.flashlight.web.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestDesignationReasonPolicy {
    static final String TSI_SWD = "tsi:swd because swd score 18.2 <= csi cut 21.4";

    static FrameworkRun run(PublicCell... cells) {
        return new FrameworkRun("alpha", "Alpha", true, 10, List.of(cells), List.of(), List.of(),
                new ExplanationPolicy.Result(List.of(), Map.of()));
    }

    static PublicCell shown(String metric, String group) {
        return PublicCell.shown(CellKey.school(2025, "S1", metric, group), new BigDecimal("0.5"), 20);
    }

    @Test
    void aReasonQuotingAGroupIsPublicWhenEveryCellOfThatGroupIsShown() {
        FrameworkRun run = run(shown("ela", "swd"), shown("math", "swd"), shown("ela", "all"));
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025, TSI_SWD)).isEmpty();
    }

    @Test
    void oneHiddenOrCodedCellOfTheGroupWithholdsIt() {
        FrameworkRun hidden = run(shown("ela", "swd"), PublicCell.suppressed(CellKey.school(2025, "S1", "math", "swd")));
        FrameworkRun coded = run(shown("ela", "swd"), PublicCell.coded(CellKey.school(2025, "S1", "math", "swd"),
                ">= 95%"));
        assertThat(DesignationReasonPolicy.withheldGroups(hidden, "S1", 2025, TSI_SWD)).containsExactly("swd");
        assertThat(DesignationReasonPolicy.withheldGroups(coded, "S1", 2025, TSI_SWD)).containsExactly("swd");
    }

    @Test
    void onlyTheSchoolAndYearOfTheReasonCount() {
        // swd is hidden at another school and in another year; S1's own 2025 swd cell is shown
        FrameworkRun run = run(shown("ela", "swd"),
                PublicCell.suppressed(CellKey.school(2024, "S1", "ela", "swd")),
                PublicCell.suppressed(CellKey.school(2025, "S2", "ela", "swd")));
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025, TSI_SWD)).isEmpty();
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2024, TSI_SWD)).containsExactly("swd");
    }

    @Test
    void aGroupWithNoPublishedCellIsWithheld() {
        // the catalog's groups are looked for even where the school has no cell of them
        FrameworkRun run = run(shown("ela", "all"));
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025, TSI_SWD)).containsExactly("swd");
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025,
                "atsi because econ_disadv: Red on 2 indicators")).containsExactly("econ_disadv");
    }

    @Test
    void aReasonAboutTheWholeSchoolNamesNoGroup() {
        FrameworkRun run = run(PublicCell.suppressed(CellKey.school(2025, "S1", "ela", "all")));
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025,
                "csi because score 12 is among the lowest 5% of schools")).isEmpty();
    }

    @Test
    void groupsAreMatchedAsWholeWords() {
        assertThat(DesignationReasonPolicy.names("tsi:swd because", "swd")).isTrue();
        assertThat(DesignationReasonPolicy.names("el score 3", "el")).isTrue();
        // "el" inside "level" or "el_ever" is not the English learners group
        assertThat(DesignationReasonPolicy.names("level 3 of 10", "el")).isFalse();
        assertThat(DesignationReasonPolicy.names("el_ever score 3", "el")).isFalse();
        // every group a reason names is listed, in id order
        FrameworkRun run = run(shown("ela", "all"));
        assertThat(DesignationReasonPolicy.withheldGroups(run, "S1", 2025, "tsi because swd and el scores"))
                .containsExactly("el", "swd");
    }
}
