package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;
import static org.flashlight.core.scoring.Decimals.ds;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDecileCuts {

    /** 0, 10, .., 100 (n - 1 = 10): the k-th percentile is x_(k/10) = k, so the cuts are 10 .. 90. */
    private static final DecileCuts TENS = DecileCuts.of(
            IntStream.rangeClosed(0, 10).mapToObj(i -> BigDecimal.valueOf(10L * i)).toList());

    @Test
    void cutsAreTheTenthToNinetiethPercentiles() {
        assertThat(TENS.cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("10", "20", "30", "40", "50", "60", "70", "80", "90"));
        // 1..10 (n - 1 = 9): cut k = x_0 + 9k/100, i.e. 1 + 0.09k: 1.9, 2.8, .., 9.1
        DecileCuts ones = DecileCuts.of(IntStream.rangeClosed(1, 10).mapToObj(BigDecimal::valueOf).toList());
        assertThat(ones.cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("1.9", "2.8", "3.7", "4.6", "5.5", "6.4", "7.3", "8.2", "9.1"));
    }

    @Test
    void higherIsBetterCountsTheCutsAtOrBelowTheValue() {
        assertThat(TENS.level(d("0"), Direction.HIGHER)).isEqualTo(1);
        assertThat(TENS.level(d("9.99"), Direction.HIGHER)).isEqualTo(1);
        assertThat(TENS.level(d("10"), Direction.HIGHER)).isEqualTo(2); // on a cut: the higher level
        assertThat(TENS.level(d("55"), Direction.HIGHER)).isEqualTo(6); // 10..50: five cuts
        assertThat(TENS.level(d("90"), Direction.HIGHER)).isEqualTo(10);
        assertThat(TENS.level(d("100"), Direction.HIGHER)).isEqualTo(10);
    }

    @Test
    void lowerIsBetterCountsTheCutsAtOrAboveTheValue() {
        assertThat(TENS.level(d("0"), Direction.LOWER)).isEqualTo(10); // all nine cuts >= 0
        assertThat(TENS.level(d("50"), Direction.LOWER)).isEqualTo(6); // 50, 60, 70, 80, 90
        assertThat(TENS.level(d("55"), Direction.LOWER)).isEqualTo(5); // 60, 70, 80, 90
        assertThat(TENS.level(d("90"), Direction.LOWER)).isEqualTo(2); // on a cut: the higher level
        assertThat(TENS.level(d("90.01"), Direction.LOWER)).isEqualTo(1);
    }

    @Test
    void changesToMoveUpAreTheNextCutsMinusTheValue() {
        // 55 is level 6; level 7 needs >= 60 (+5), level 8 >= 70 (+15), level 9 >= 80 (+25)
        assertThat(TENS.changesToMoveUp(d("55"), Direction.HIGHER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("5", "15", "25"));
        // lower is better: 55 is level 5; level 6 needs <= 50 (-5), 7 <= 40 (-15), 8 <= 30 (-25)
        assertThat(TENS.changesToMoveUp(d("55"), Direction.LOWER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("-5", "-15", "-25"));
    }

    /** The worked example of docs/scoring.md, section 2: value; higher level; its changes; lower level; its changes. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0;     1;  10 20 30;  10; ",
        "10;    2;  10 20 30;  10; ",
        "50;    6;  10 20 30;  6;  -10 -20 -30",
        "55;    6;  5 15 25;   5;  -5 -15 -25",
        "85;    9;  5;         2;  -5 -15 -25",
        "90;    10; ;          2;  -10 -20 -30",
        "90.01; 10; ;          1;  -0.01 -10.01 -20.01"})
    void theWorkedExampleOfTheScoringDoc(String value, int higherLevel, String higherChanges, int lowerLevel,
            String lowerChanges) {
        assertThat(TENS.level(d(value), Direction.HIGHER)).isEqualTo(higherLevel);
        assertThat(TENS.changesToMoveUp(d(value), Direction.HIGHER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(list(higherChanges));
        assertThat(TENS.level(d(value), Direction.LOWER)).isEqualTo(lowerLevel);
        assertThat(TENS.changesToMoveUp(d(value), Direction.LOWER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(list(lowerChanges));
    }

    private static List<BigDecimal> list(String spaced) {
        return spaced == null ? List.of() : ds(spaced.trim().split(" +"));
    }

    @Test
    void changesStopAtLevelTen() {
        // 85 is level 9: only level 10 is left, at 90 (+5)
        assertThat(TENS.changesToMoveUp(d("85"), Direction.HIGHER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("5"));
        assertThat(TENS.changesToMoveUp(d("95"), Direction.HIGHER, 3)).isEmpty();
        assertThat(TENS.changesToMoveUp(d("5"), Direction.LOWER, 3)).isEmpty();
    }

    @Test
    void equalCutsNeedTheSameChangeForSeveralLevels() {
        DecileCuts tied = new DecileCuts(ds("1", "2", "2", "2", "3", "4", "5", "6", "7"));
        // 1.5 is level 2 (one cut <= 1.5); 2 reaches level 5 at once, so levels 3, 4, 5 each need +0.5
        assertThat(tied.level(d("1.5"), Direction.HIGHER)).isEqualTo(2);
        assertThat(tied.changesToMoveUp(d("1.5"), Direction.HIGHER, 3)).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(ds("0.5", "0.5", "0.5"));
        assertThat(tied.level(d("2"), Direction.HIGHER)).isEqualTo(5);
    }

    @Test
    void movingByTheChangeReachesAtLeastThatLevel() {
        for (String value : List.of("0", "12.5", "40", "61", "89.9")) {
            for (Direction direction : List.of(Direction.HIGHER, Direction.LOWER)) {
                int level = TENS.level(d(value), direction);
                List<BigDecimal> changes = TENS.changesToMoveUp(d(value), direction, 3);
                for (int j = 0; j < changes.size(); j++) {
                    assertThat(TENS.level(d(value).add(changes.get(j)), direction))
                            .as("%s %s + %s", value, direction, changes.get(j)).isGreaterThanOrEqualTo(level + j + 1);
                }
            }
        }
    }

    @Test
    void rejectsWhatIsNotNineAscendingCutsAndUnscoredMetrics() {
        assertThatThrownBy(() -> new DecileCuts(ds("1", "2"))).hasMessageContaining("nine values, not 2");
        assertThatThrownBy(() -> new DecileCuts(ds("1", "2", "3", "4", "5", "6", "7", "9", "8")))
                .hasMessageContaining("must ascend");
        assertThatThrownBy(() -> DecileCuts.of(List.of())).hasMessageContaining("at least one value");
        assertThatThrownBy(() -> TENS.level(d("1"), Direction.NONE)).hasMessageContaining("'none'");
    }
}
