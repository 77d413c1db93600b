package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;
import static org.flashlight.core.scoring.TestGroupWeighting.ordered;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.flashlight.core.scoring.DecilePoints.Domain;
import org.junit.jupiter.api.Test;

class TestDecilePoints {

    /** CORE-1/2 shaped: academic 60 over four metrics, social-emotional and culture-climate 40 over four. */
    private static final DecilePoints CORE = new DecilePoints(List.of(
            new Domain("academic", d("60"), List.of("ela_proficiency", "math_proficiency", "ela_growth", "math_growth")),
            new Domain("sel_culture", d("40"), List.of("chronic_absence", "suspension", "sel_positive", "climate_positive"))));

    @Test
    void allTensEarnTheFullHundred() {
        Map<String, BigDecimal> tens = ordered("ela_proficiency", "10", "math_proficiency", "10", "ela_growth", "10",
                "math_growth", "10", "chronic_absence", "10", "suspension", "10", "sel_positive", "10",
                "climate_positive", "10");
        assertThat(CORE.index(tens)).hasValue(d("100"));
        // 60 / 4 = 15 per academic metric, 40 / 4 = 10 per social-emotional metric
        assertThat(CORE.metricWeights(tens.keySet()).values()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("15"), d("15"), d("15"), d("15"), d("10"), d("10"), d("10"), d("10"));
    }

    @Test
    void aMissingMetricsShareGoesToTheRestOfItsDomain() {
        // no growth metrics: ela and math carry 60 / 2 = 30 each
        Map<String, BigDecimal> levels = ordered("ela_proficiency", "6", "math_proficiency", "4",
                "chronic_absence", "8", "suspension", "10", "sel_positive", "5", "climate_positive", "7");
        // points: 30 x 6/10 = 18, 30 x 4/10 = 12, 10 x 8/10 = 8, 10, 5, 7; sum 60
        // as computed: (60 x (6 + 4)/2 + 40 x (8 + 10 + 5 + 7)/4) / 100 = (300 + 300) / 100 = 6; 100 x 6 / 10 = 60
        assertThat(CORE.index(levels)).hasValueSatisfying(index -> assertThat(index).isEqualByComparingTo("60"));
        Map<String, BigDecimal> weights = CORE.metricWeights(levels.keySet());
        assertThat(weights.get("ela_proficiency")).isEqualByComparingTo("30");
        assertThat(DecilePoints.points(weights.get("ela_proficiency"), d("6"))).isEqualByComparingTo("18");
        assertThat(DecilePoints.points(weights.get("chronic_absence"), d("8"))).isEqualByComparingTo("8");
    }

    @Test
    void aMissingDomainsWeightGoesToTheOtherDomains() {
        // seed 001, 2015-16: only the academic domain counted. 50 x 6/10 + 50 x 4/10 = 30 + 20 = 50
        Map<String, BigDecimal> levels = ordered("ela_proficiency", "6", "math_proficiency", "4");
        assertThat(CORE.index(levels)).hasValueSatisfying(index -> assertThat(index).isEqualByComparingTo("50"));
        assertThat(CORE.metricWeights(levels.keySet()).get("math_proficiency")).isEqualByComparingTo("50");
    }

    @Test
    void combinedLevelsAndThirdsAddUpToTheIndex() {
        // three social-emotional metrics: 40 / 3 each (13.33.. to 34 digits); the academic metrics 15 each
        Map<String, BigDecimal> levels = ordered("ela_proficiency", "4.75", "math_proficiency", "6",
                "ela_growth", "5", "math_growth", "7", "chronic_absence", "3", "suspension", "9", "sel_positive", "6");
        // (60 x (4.75 + 6 + 5 + 7)/4 + 40 x (3 + 9 + 6)/3) / 100 = (60 x 5.6875 + 40 x 6) / 100 = (341.25 + 240) / 100
        // = 5.8125; index 100 x 5.8125 / 10 = 58.125
        assertThat(CORE.index(levels)).hasValueSatisfying(index -> assertThat(index).isEqualByComparingTo("58.125"));
        BigDecimal sum = CORE.metricWeights(levels.keySet()).entrySet().stream()
                .map(weight -> DecilePoints.points(weight.getValue(), levels.get(weight.getKey())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum.setScale(20, RoundingMode.HALF_UP)).isEqualByComparingTo("58.125");
    }

    @Test
    void noMetricsGiveNoIndex() {
        assertThat(CORE.index(Map.of())).isEmpty();
        assertThat(CORE.index(ordered("swd_identification", "5"))).isEmpty(); // reported, not scored
    }

    @Test
    void rejectsAMetricInTwoDomains() {
        assertThatThrownBy(() -> new DecilePoints(List.of(new Domain("a", d("50"), List.of("m")),
                new Domain("b", d("50"), List.of("m"))))).hasMessageContaining("m is in more than one weight slot");
    }
}
