package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.web.view.TrendChart.TrendPoint;
import org.junit.jupiter.api.Test;

class TestTrendChart {
    static TrendPoint point(int year, String value) {
        return new TrendPoint(year, value == null ? "hidden" : value, Optional.ofNullable(value).map(BigDecimal::new));
    }

    @Test
    void aRateIsPlacedOnAFixedZeroToHundredAxisAndAHiddenYearIsAGap() {
        TrendChart chart = TrendChart.of("ELA", ValueKind.RATE,
                List.of(point(2023, "0.5"), point(2024, null), point(2025, "0.6")), v -> v.toPlainString());
        // x: 45 + 165 x i / 2 for i = 0 and 2 -> 45 and 210; y: 70 - 10 - value x 50 -> 35.0 and 30.0
        assertThat(chart.dots()).extracting(TrendChart.Dot::x).containsExactly("45", "210");
        assertThat(chart.dots()).extracting(TrendChart.Dot::y).containsExactly("35.0", "30.0");
        assertThat(chart.lines()).isEmpty(); // no line across the hidden year
        assertThat(chart.summary()).isEqualTo("ELA by year: 2023 0.5, 2024 hidden, 2025 0.6");
        assertThat(chart.low()).isEqualTo("0");
        assertThat(chart.high()).isEqualTo("1");
    }

    @Test
    void consecutiveYearsAreJoinedAndAMeanSpansItsOwnValues() {
        TrendChart chart = TrendChart.of("Scale score", ValueKind.MEAN,
                List.of(point(2023, "2400"), point(2024, "2450"), point(2025, "2500")), v -> v.toPlainString());
        // low 2400 at the bottom (y 60.0), 2450 halfway (35.0), 2500 at the top (10.0); x 45, 127 (45 + 82), 210
        assertThat(chart.dots()).extracting(TrendChart.Dot::y).containsExactly("60.0", "35.0", "10.0");
        assertThat(chart.lines()).containsExactly(new TrendChart.Segment("45", "60.0", "127", "35.0"),
                new TrendChart.Segment("127", "35.0", "210", "10.0"));
        assertThat(chart.low()).isEqualTo("2400");
    }
}
