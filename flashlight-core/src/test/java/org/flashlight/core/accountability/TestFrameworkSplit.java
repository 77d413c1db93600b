package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flashlight.core.framework.FrameworkLevel;
import org.flashlight.core.framework.ScoringSettings;
import org.flashlight.core.framework.ScoringSystem;
import org.junit.jupiter.api.Test;

/** Which schools the engine measures per framework level (STAR-1), and over which grades. */
class TestFrameworkSplit {
    private static final FrameworkLevel ELEMENTARY = level("elementary", -1, 5);
    private static final FrameworkLevel MIDDLE = level("middle", 6, 8);
    private static final FrameworkLevel HIGH = level("high", 9, 12);
    private static final FrameworkLevel ALTERNATIVE = new FrameworkLevel("alternative", null, null,
            List.of("alternative"), null, List.of());

    private static FrameworkLevel level(String id, int low, int high) {
        return new FrameworkLevel(id, low, high, List.of(), null, List.of());
    }

    private static ScoringSettings scoring(boolean split) {
        return new ScoringSettings(ScoringSystem.FLOORS_AND_TARGETS, List.of(ELEMENTARY, MIDDLE, HIGH, ALTERNATIVE),
                split, List.of(), 0, ScoringSettings.ALL_ONLY, List.of(), List.of(), null, true, List.of(), null);
    }

    private static SchoolProfile school(String type, int low, int high) {
        return new SchoolProfile(2024, "S", "S", "D1", type, low, high, false, null);
    }

    @Test
    void aPreKTo8SchoolGetsAnElementaryAndAMiddlePartWithTheLevelsGrades() {
        FrameworkSplit split = new FrameworkSplit(scoring(true));
        // PK-8 overlaps elementary (PK-5) and middle (6-8): two parts, the levels' own grades
        assertThat(split.parts(school("k8", -1, 8))).containsExactly(
                new FrameworkSplit.LevelPart("elementary", -1, 5), new FrameworkSplit.LevelPart("middle", 6, 8));
        // a K-12 school: three parts, in the framework's level order
        assertThat(split.parts(school("k12", 0, 12))).extracting(FrameworkSplit.LevelPart::frameworkLevel)
                .containsExactly("elementary", "middle", "high");
    }

    @Test
    void aSchoolOfOneLevelOrPlacedByItsTypeHasNoPart() {
        FrameworkSplit split = new FrameworkSplit(scoring(true));
        assertThat(split.parts(school("elementary", 0, 5))).isEmpty();
        assertThat(split.parts(school("middle", 6, 8))).isEmpty();
        // an alternative school serving 6-12 is placed by its type, in one level
        assertThat(split.parts(school("alternative", 6, 12))).isEmpty();
    }

    @Test
    void aFrameworkThatDoesNotSplitHasNoPart() {
        assertThat(new FrameworkSplit(scoring(false)).parts(school("k8", -1, 8))).isEmpty();
        assertThat(new FrameworkSplit(scoring(false)).splits()).isFalse();
        assertThat(FrameworkSplit.NONE.parts(school("k8", -1, 8))).isEmpty();
        assertThat(FrameworkSplit.NONE.splits()).isFalse();
    }

    @Test
    void thePartsAreExactlyTheSchoolsPlacementSplits() {
        // the one definition: a school has parts exactly when SchoolPlacement.isSplit, one per placed level
        ScoringSettings scoring = scoring(true);
        FrameworkSplit split = new FrameworkSplit(scoring);
        for (int low = -1; low <= 12; low++) {
            for (int high = low; high <= 12; high++) {
                SchoolProfile school = school("", low, high);
                List<FrameworkSplit.LevelPart> parts = split.parts(school);
                assertThat(!parts.isEmpty()).isEqualTo(SchoolPlacement.isSplit(school, scoring));
                if (!parts.isEmpty()) {
                    assertThat(parts).extracting(FrameworkSplit.LevelPart::frameworkLevel)
                            .isEqualTo(SchoolPlacement.levels(school, scoring));
                }
            }
        }
    }

    @Test
    void aLevelIdThatCannotNameAnEntityIsRefused() {
        assertThatThrownBy(() -> new FrameworkSplit.LevelPart("a:b", 0, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without ':'");
        assertThatThrownBy(() -> new FrameworkSplit.LevelPart("middle", 8, 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grade_low 8 is above");
    }
}
