package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.util.List;
import org.flashlight.core.scoring.RatingBands.Band;
import org.junit.jupiter.api.Test;

class TestRatingBands {

    @Test
    void starsFollowStarFive() {
        assertThat(RatingBands.STAR_STARS.label(d("0"))).isEqualTo("1");
        assertThat(RatingBands.STAR_STARS.label(d("19.99"))).isEqualTo("1");
        assertThat(RatingBands.STAR_STARS.label(d("20"))).isEqualTo("2"); // on a bound: the higher band
        assertThat(RatingBands.STAR_STARS.label(d("28.35"))).isEqualTo("2");
        assertThat(RatingBands.STAR_STARS.label(d("59.999"))).isEqualTo("3");
        assertThat(RatingBands.STAR_STARS.label(d("60"))).isEqualTo("4");
        assertThat(RatingBands.STAR_STARS.label(d("80"))).isEqualTo("5");
        assertThat(RatingBands.STAR_STARS.label(d("100"))).isEqualTo("5");
    }

    @Test
    void coreLevelBandsFollowCoreFive() {
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("1"))).isEqualTo("below average");
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("3"))).isEqualTo("below average");
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("4"))).isEqualTo("average");
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("7"))).isEqualTo("average");
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("8"))).isEqualTo("above average");
        assertThat(RatingBands.CORE_LEVEL_BANDS.label(d("10"))).isEqualTo("above average");
    }

    @Test
    void aScoreBelowTheFirstBandAndUnorderedBandsAreErrors() {
        assertThatThrownBy(() -> RatingBands.STAR_STARS.label(d("-0.5")))
                .hasMessage("score -0.5 is below the lowest band, which starts at 0");
        assertThatThrownBy(() -> new RatingBands(List.of(new Band(d("20"), "b"), new Band(d("20"), "c"))))
                .hasMessageContaining("ascend strictly: 20 then 20");
    }
}
