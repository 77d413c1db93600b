package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestLinearPoints {

    private static final FloorTarget FORTY_EIGHTY = new FloorTarget(d("0.40"), d("0.80"));
    private static final FloorTarget THIRTY_TEN = new FloorTarget(d("0.30"), d("0.10")); // lower is better

    @Test
    void higherIsBetterIsLinearBetweenFloorAndTarget() {
        assertThat(points("0.30", FORTY_EIGHTY, "10", Direction.HIGHER)).isEqualByComparingTo("0"); // below floor
        assertThat(points("0.40", FORTY_EIGHTY, "10", Direction.HIGHER)).isEqualByComparingTo("0"); // on the floor
        // 10 x (0.50 - 0.40) / (0.80 - 0.40) = 1.00 / 0.40 = 2.5
        assertThat(points("0.50", FORTY_EIGHTY, "10", Direction.HIGHER)).isEqualByComparingTo("2.5");
        assertThat(points("0.80", FORTY_EIGHTY, "10", Direction.HIGHER)).isEqualByComparingTo("10"); // on target
        assertThat(points("0.95", FORTY_EIGHTY, "10", Direction.HIGHER)).isEqualByComparingTo("10");
    }

    @Test
    void lowerIsBetterIsTheMirror() {
        assertThat(points("0.35", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("0"); // above floor
        assertThat(points("0.30", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("0");
        // 5 x (0.30 - 0.25) / (0.30 - 0.10) = 0.25 / 0.20 = 1.25
        assertThat(points("0.25", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("1.25");
        // 5 x (0.30 - 0.20) / 0.20 = 2.5
        assertThat(points("0.20", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("2.5");
        assertThat(points("0.10", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("5");
        assertThat(points("0.05", THIRTY_TEN, "5", Direction.LOWER)).isEqualByComparingTo("5");
    }

    @Test
    void divisionKeepsThirtyFourSignificantDigits() {
        // 1 x (1 - 0) / (3 - 0) = 0.3333333333333333333333333333333333 (34 threes, half-even)
        assertThat(points("1", new FloorTarget(d("0"), d("3")), "1", Direction.HIGHER))
                .isEqualTo(d("0.3333333333333333333333333333333333"));
    }

    @Test
    void aTargetOnTheFloorIsAStep() {
        FloorTarget same = new FloorTarget(d("0.5"), d("0.5"));
        assertThat(points("0.5", same, "10", Direction.HIGHER)).isEqualByComparingTo("10");
        assertThat(points("0.49", same, "10", Direction.HIGHER)).isEqualByComparingTo("0");
        assertThat(points("0.5", same, "10", Direction.LOWER)).isEqualByComparingTo("10");
        assertThat(points("0.51", same, "10", Direction.LOWER)).isEqualByComparingTo("0");
        // an ltg target below the floor: full at or above the target, else 0
        FloorTarget crossed = new FloorTarget(d("0.5"), d("0.4"));
        assertThat(points("0.45", crossed, "10", Direction.HIGHER)).isEqualByComparingTo("10");
        assertThat(points("0.39", crossed, "10", Direction.HIGHER)).isEqualByComparingTo("0");
    }

    @Test
    void rejectsUnscoredMetricsAndNegativeFullPoints() {
        assertThatThrownBy(() -> points("0.5", FORTY_EIGHTY, "10", Direction.NONE)).hasMessageContaining("'none'");
        assertThatThrownBy(() -> points("0.5", FORTY_EIGHTY, "-1", Direction.HIGHER)).hasMessageContaining("negative");
    }

    /** Property: over random floors, targets and values, points stay in 0..full and never fall as the value improves. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void pointsNeverFallAsTheValueImproves(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Direction direction = random.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            FloorTarget floorTarget = new FloorTarget(randomRate(random), randomRate(random));
            BigDecimal full = BigDecimal.valueOf(random.nextInt(2001), 2);
            List<BigDecimal> values = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                values.add(randomRate(random));
            }
            values.add(floorTarget.floor());
            values.add(floorTarget.target());
            // worst first: ascending for higher is better, descending for lower
            values.sort(direction == Direction.HIGHER ? BigDecimal::compareTo : (a, b) -> b.compareTo(a));
            BigDecimal previous = BigDecimal.ZERO;
            for (BigDecimal value : values) {
                BigDecimal points = LinearPoints.points(value, floorTarget, full, direction);
                assertThat(points).as("%s %s %s", direction, floorTarget, value)
                        .isGreaterThanOrEqualTo(previous).isBetween(BigDecimal.ZERO, full);
                previous = points;
            }
        }
    }

    private static BigDecimal randomRate(Random random) {
        return BigDecimal.valueOf(random.nextInt(10_001), 4);
    }

    private static BigDecimal points(String value, FloorTarget floorTarget, String full, Direction direction) {
        return LinearPoints.points(d(value), floorTarget, d(full), direction);
    }
}
