package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flashlight.core.scoring.Decimals.d;

import java.util.List;
import java.util.Optional;
import org.flashlight.core.scoring.LowestShare.Candidate;
import org.flashlight.core.scoring.LowestShare.Selection;
import org.junit.jupiter.api.Test;

class TestLowestShare {

    /** Ten schools; S02, S03, S04 and S07 tie on the lowest score, S09 and S10 on the highest. */
    private static final List<Candidate> SCHOOLS = List.of(
            school("S10", "60", "50"), school("S01", "30", "20"), school("S04", "20", "35"), school("S02", "20", "40"),
            school("S03", "20", "35"), new Candidate("S07", d("20"), Optional.empty()), school("S05", "50", "10"),
            school("S06", "45", "30"), school("S08", "25", "5"), school("S09", "60", "55"));

    @Test
    void lowestTakesCeilOfShareTimesNWithTiesByTheFirstIndicatorThenSchoolId() {
        // ceil(0.15 x 10) = ceil(1.5) = 2; score 20: S03 (35), S04 (35), S02 (40), S07 (none);
        // S03 and S04 also tie on the indicator: school_id decides
        Selection selection = LowestShare.lowest(d("0.15"), SCHOOLS, "index", "ela_proficiency");
        assertThat(selection.schoolIds()).containsExactly("S03", "S04");
        assertThat(selection.rule()).isEqualTo("lowest 15% of 10 schools by index: ceil(0.15 x 10) = ceil(1.5) = 2; "
                + "ties: lower ela_proficiency, then school_id");
    }

    @Test
    void aSchoolWithoutTheIndicatorLosesTheTie() {
        // ceil(0.4 x 10) = 4: the four schools at 20, S07 (no indicator) last among them
        assertThat(LowestShare.lowest(d("0.4"), SCHOOLS, "index", "ela_proficiency").schoolIds())
                .containsExactly("S03", "S04", "S02", "S07");
    }

    @Test
    void topIsTheMirror() {
        // ceil(0.1 x 10) = 1: S09 and S10 tie at 60; S09's indicator 55 is higher
        Selection selection = LowestShare.highest(d("0.1"), SCHOOLS, "index", "ela_proficiency");
        assertThat(selection.schoolIds()).containsExactly("S09");
        assertThat(selection.rule()).startsWith("top 10% of 10 schools by index: ceil(0.1 x 10) = ceil(1) = 1; "
                + "ties: higher ela_proficiency");
    }

    @Test
    void theCountIsExactWhereDoublesRoundUpTooFar() {
        // 0.07 * 100 = 7.000000000000001 in doubles, whose ceiling is 8; exactly it is 7
        assertThat(LowestShare.count(d("0.07"), 100)).isEqualTo(7);
        assertThat(LowestShare.count(d("0.05"), 41)).isEqualTo(3); // ceil(2.05)
        assertThat(LowestShare.count(d("0.05"), 0)).isZero();
        assertThat(LowestShare.lowest(d("0.05"), List.of(), "index", "ela_proficiency").schoolIds()).isEmpty();
    }

    @Test
    void rejectsSharesOutsideZeroToOneAndRepeatedSchools() {
        assertThatThrownBy(() -> LowestShare.count(d("5"), 10)).hasMessageContaining("0..1, not 5");
        assertThatThrownBy(() -> LowestShare.lowest(d("0.05"), List.of(school("S1", "1", "1"), school("S1", "2", "2")),
                "index", "ela_proficiency")).hasMessageContaining("S1 is a candidate twice");
    }

    private static Candidate school(String id, String score, String firstIndicator) {
        return new Candidate(id, d(score), Optional.of(d(firstIndicator)));
    }
}
