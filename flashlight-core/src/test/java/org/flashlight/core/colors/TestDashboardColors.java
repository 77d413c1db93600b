package org.flashlight.core.colors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestDashboardColors {

    private final DashboardColors colors = new DashboardColors(GroupSizeRule.california());
    private final IndicatorTable chronic = CaliforniaTables.chronicAbsence();

    private static Measurement rate(String proportion, int students) {
        return new Measurement(new BigDecimal(proportion), students);
    }

    @Test
    void theChronicAbsenteeismGridReadsAsCdePrintsIt() {
        // CDE 2023, rows Very Low..Very High, columns Increased Significantly..Declined Significantly:
        String printed = """
                Yellow Green Blue Blue Blue
                Orange Yellow Green Green Blue
                Orange Orange Yellow Green Green
                Red Orange Orange Yellow Yellow
                Red Red Red Orange Yellow""";
        List<String> rows = printed.lines().toList();
        ColorGrid grid = chronic.grid().orElseThrow();
        for (int status = 0; status < 5; status++) {
            String[] cells = rows.get(status).split(" ");
            for (int printedColumn = 0; printedColumn < 5; printedColumn++) {
                int change = 4 - printedColumn; // printed from the largest increase; ours ascend
                assertThat(grid.color(status, change).label()).as("status %d change %d", status, change)
                        .isEqualTo(cells[printedColumn]);
            }
        }
    }

    @Test
    void aHigherIsBetterGridMirrorsTheSamePattern() {
        ColorGrid grid = ColorGrid.higherIsBetter();
        // Very High status (4) with Increased Significantly (4) is the best cell; Very Low with a
        // significant decline the worst.
        assertThat(grid.color(4, 4)).isEqualTo(Color.BLUE);
        assertThat(grid.color(0, 0)).isEqualTo(Color.RED);
        // Very High and Declined Significantly: Yellow, like Very Low chronic absence that increased
        // significantly.
        assertThat(grid.color(4, 0)).isEqualTo(Color.YELLOW);
        assertThat(grid.color(0, 4)).isEqualTo(Color.YELLOW);
    }

    @Test
    void statusIsRoundedHalfUpToOneDecimalBeforeTheCutIsApplied() {
        // 0.02549 -> 2.549% -> 2.5: Very Low. 0.02550 -> 2.550% -> 2.6: Low (half up).
        IndicatorColor veryLow = colors.color(chronic, rate("0.02549", 200), Optional.of(rate("0.02549", 200)));
        IndicatorColor low = colors.color(chronic, rate("0.02550", 200), Optional.of(rate("0.02550", 200)));
        assertThat(veryLow.status()).hasValue(new BigDecimal("2.5"));
        assertThat(veryLow.statusLevel()).hasValue("Very Low");
        assertThat(low.status()).hasValue(new BigDecimal("2.6"));
        assertThat(low.statusLevel()).hasValue("Low");
        // change 0.0 is Maintained: Very Low x Maintained = Blue, Low x Maintained = Green.
        assertThat(veryLow.color()).hasValue(Color.BLUE);
        assertThat(low.color()).hasValue(Color.GREEN);
    }

    @Test
    void changeComesFromTheUnroundedValues() {
        // current 12.04% (status 12.0, High), prior 11.56% (shown 11.6): unrounded change 0.48 -> 0.5,
        // Increased; from the rounded values it would be 0.4, Maintained. High x Increased = Orange.
        IndicatorColor result = colors.color(chronic, rate("0.1204", 400), Optional.of(rate("0.1156", 400)));
        assertThat(result.change()).hasValue(new BigDecimal("0.5"));
        assertThat(result.changeLevel()).hasValue("Increased");
        assertThat(result.color()).hasValue(Color.ORANGE);
    }

    @Test
    void aValueOnABoundaryBelongsToTheLevelItEnds() {
        // 20.0% is the top of High; 20.1% starts Very High. Change -3.0 is Declined Significantly.
        IndicatorColor high = colors.color(chronic, rate("0.200", 300), Optional.of(rate("0.230", 300)));
        IndicatorColor veryHigh = colors.color(chronic, rate("0.201", 300), Optional.of(rate("0.231", 300)));
        assertThat(high.statusLevel()).hasValue("High");
        assertThat(high.changeLevel()).hasValue("Declined Significantly");
        assertThat(high.color()).hasValue(Color.YELLOW);
        assertThat(veryHigh.statusLevel()).hasValue("Very High");
        assertThat(veryHigh.color()).hasValue(Color.YELLOW);
    }

    @Test
    void fewerThanThirtyStudentsAreNotRated() {
        IndicatorColor result = colors.color(chronic, rate("0.5", 29), Optional.of(rate("0.1", 29)));
        assertThat(result.color()).isEmpty();
        assertThat(result.status()).isEmpty();
        assertThat(result.note()).contains("29 students").contains("fewer than 30");
        assertThat(colors.color(chronic, rate("0.5", 30), Optional.of(rate("0.1", 30))).color()).isPresent();
    }

    @Test
    void aGroupUnder150UsesTheSmallGroupGrid() {
        // Very Low (2.0%) after a 6.0-point decline: Declined Significantly, or Declined for a small group.
        Measurement now = rate("0.020", 149);
        Measurement before = rate("0.080", 149);
        IndicatorColor small = colors.color(chronic, now, Optional.of(before));
        IndicatorColor large = colors.color(chronic, rate("0.020", 150), Optional.of(rate("0.080", 150)));
        // Very Low x Declined Significantly = Blue; Very Low x Declined = Blue too (CDE row: ... Blue Blue).
        assertThat(large.color()).hasValue(Color.BLUE);
        assertThat(small.color()).hasValue(Color.BLUE);
        assertThat(small.smallGroupGrid()).isTrue();
        assertThat(small.changeLevel()).hasValue("Declined");
        // Low status (4.0%) with +4.0 points: Increased Significantly -> Orange; small group -> Increased -> Yellow.
        IndicatorColor smallUp = colors.color(chronic, rate("0.040", 60), Optional.of(rate("0.000", 60)));
        IndicatorColor largeUp = colors.color(chronic, rate("0.040", 600), Optional.of(rate("0.000", 600)));
        assertThat(largeUp.color()).hasValue(Color.ORANGE);
        assertThat(smallUp.color()).hasValue(Color.YELLOW);
        assertThat(smallUp.note()).contains("Increased Significantly counts as Increased");
    }

    @Test
    void withoutAPriorYearOnlyTheStatusIsGiven() {
        IndicatorColor result = colors.color(chronic, rate("0.07", 100), Optional.empty());
        assertThat(result.statusLevel()).hasValue("Medium");
        assertThat(result.color()).isEmpty();
        assertThat(result.note()).contains("no prior-year value");
    }

    @Test
    void distanceFromStandardIsInPointsNotPercent() {
        // ELA DFS -5.04 -> -5.0: Medium; prior -20.0: change +15.04 -> 15.0: Increased Significantly.
        // Medium x Increased Significantly = Green.
        IndicatorTable ela = CaliforniaTables.elaDistanceFromStandard();
        IndicatorColor result = colors.color(ela, new Measurement(new BigDecimal("-5.04"), 500),
                Optional.of(new Measurement(new BigDecimal("-20.0"), 500)));
        assertThat(result.status()).hasValue(new BigDecimal("-5.0"));
        assertThat(result.statusLevel()).hasValue("Medium");
        assertThat(result.changeLevel()).hasValue("Increased Significantly");
        assertThat(result.color()).hasValue(Color.GREEN);
        // -5.05 rounds half up (away from zero) to -5.1: Low.
        assertThat(colors.color(ela, new Measurement(new BigDecimal("-5.05"), 500), Optional.empty()).statusLevel())
                .hasValue("Low");
    }

    @Test
    void theTwentySeventeenElaGridDiffersInOneCell() {
        // Low status (-30 points), Maintained (0 change): 2017 Yellow, 2023 Orange.
        Measurement value = new Measurement(new BigDecimal("-30"), 100);
        assertThat(colors.color(CaliforniaTables.elaDistanceFromStandard2017(), value, Optional.of(value)).color())
                .hasValue(Color.YELLOW);
        assertThat(colors.color(CaliforniaTables.elaDistanceFromStandard(), value, Optional.of(value)).color())
                .hasValue(Color.ORANGE);
    }

    @Test
    void aStatusOnlyIndicatorHasALevelButNoColor() {
        IndicatorColor result = colors.color(CaliforniaTables.collegeCareer(), rate("0.55", 120),
                Optional.of(rate("0.40", 120)));
        assertThat(result.statusLevel()).hasValue("High");
        assertThat(result.color()).isEmpty();
    }

    @Test
    void cutScalesRejectBoundsThatDoNotRise() {
        assertThatThrownBy(() -> CutScale.of(CaliforniaTables.STATUS, "1", "1", "2", "3"))
                .hasMessageContaining("rise");
        assertThatThrownBy(() -> CutScale.of(CaliforniaTables.STATUS, "1", "2", "3"))
                .hasMessageContaining("4 upper bounds");
    }

    @Test
    void everyShippedTableCitesItsSource() {
        assertThat(CaliforniaTables.dashboard2023()).hasSize(7)
                .allSatisfy(table -> assertThat(table.source()).contains("CDE"));
    }
}
