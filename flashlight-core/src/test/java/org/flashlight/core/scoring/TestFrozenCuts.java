package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flashlight.core.metric.Direction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CORE-4's reason for freezing cuts (seed 001: "schools can all show improvement on a metric"): with
 * the base year's cuts, a uniform improvement raises every school's level or keeps it; cuts
 * recomputed on the improved values move with them (percentiles of shifted values are the shifted
 * percentiles, exactly) and leave every level where it was.
 */
class TestFrozenCuts {

    @ParameterizedTest
    @ValueSource(longs = {3, 14, 15, 92, 65, 35, 89, 79})
    void aUniformImprovementNeverLowersALevelUnderFrozenCuts(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            Direction direction = random.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            List<BigDecimal> base = randomRates(random, 5 + random.nextInt(200));
            DecileCuts frozen = DecileCuts.of(base);
            BigDecimal step = BigDecimal.valueOf(1 + random.nextInt(500), 4); // 0.0001 .. 0.05
            BigDecimal change = direction == Direction.HIGHER ? step : step.negate();
            List<BigDecimal> improved = base.stream().map(value -> value.add(change)).toList();
            DecileCuts recomputed = DecileCuts.of(improved);

            for (int i = 0; i < base.size(); i++) {
                int before = frozen.level(base.get(i), direction);
                int after = frozen.level(improved.get(i), direction);
                assertThat(after).as("%s %s -> %s", direction, base.get(i), improved.get(i)).isGreaterThanOrEqualTo(before);
                // recomputed cuts shift by the same exact amount: nobody moves
                assertThat(recomputed.level(improved.get(i), direction)).isEqualTo(before);
            }
        }
    }

    private static List<BigDecimal> randomRates(Random random, int n) {
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(BigDecimal.valueOf(random.nextInt(10_001), 4));
        }
        return values;
    }
}
