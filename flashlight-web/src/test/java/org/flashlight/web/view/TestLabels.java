package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.PublicCell;
import org.junit.jupiter.api.Test;

class TestLabels {
    static final CellKey ELA = CellKey.school(2025, "S1", "ela_proficiency", "all");

    @Test
    void aRateIsAPercentToOneDecimalRoundedHalfUp() {
        // 67 / 118 = 0.56779... -> 56.779...% -> 56.8%
        assertThat(Labels.display(PublicCell.shown(ELA, new BigDecimal("0.5677966101694915"), 118))).isEqualTo("56.8%");
        // 0.1235 -> 12.35% -> 12.4% (half up, not half even)
        assertThat(Labels.value("ela_proficiency", new BigDecimal("0.1235"))).isEqualTo("12.4%");
    }

    @Test
    void aChangeIsSignedInPointsAndAMeanKeepsItsScale() {
        assertThat(Labels.value("attendance_growth", new BigDecimal("0.03"))).isEqualTo("+3.0 pts");
        assertThat(Labels.value("attendance_growth", new BigDecimal("-0.007"))).isEqualTo("-0.7 pts");
        assertThat(Labels.value("ela_avg_scale_score", new BigDecimal("2432.58064516129"))).isEqualTo("2432.6");
    }

    @Test
    void aCodedCellShowsItsCodeAndASuppressedOneTheWordHidden() {
        assertThat(Labels.display(PublicCell.coded(ELA, ">= 95%"))).isEqualTo(">= 95%");
        assertThat(Labels.display(PublicCell.suppressed(ELA))).isEqualTo("hidden");
    }

    @Test
    void countsAreGroupedByThousands() {
        assertThat(Labels.count(999)).isEqualTo("999");
        assertThat(Labels.count(1000)).isEqualTo("1,000");
        assertThat(Labels.count(1234567)).isEqualTo("1,234,567");
        assertThat(Labels.count(-1234)).isEqualTo("-1,234");
    }

    @Test
    void groupsFollowTheCatalogWithAllStudentsFirstAndUnknownGroupsLast() {
        List<String> groups = new ArrayList<>(List.of("zz_custom", "swd", "hispanic", "all", "aa_custom"));
        groups.sort(Labels.groupOrder());
        assertThat(groups).containsExactly("all", "hispanic", "swd", "aa_custom", "zz_custom");
        assertThat(Labels.group("swd")).isEqualTo("Students with disabilities");
        assertThat(Labels.measure("my_own_metric")).isEqualTo("my own metric");
    }
}
