package org.flashlight.core.colors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flashlight.core.colors.Color.BLUE;
import static org.flashlight.core.colors.Color.GREEN;
import static org.flashlight.core.colors.Color.ORANGE;
import static org.flashlight.core.colors.Color.RED;
import static org.flashlight.core.colors.Color.YELLOW;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TestDashboardDesignations {

    private final DashboardDesignations rules = DashboardDesignations.california();

    private static SortedMap<String, Color> colors(Color... colors) {
        SortedMap<String, Color> map = new TreeMap<>();
        for (int i = 0; i < colors.length; i++) {
            map.put("indicator" + i, colors[i]);
        }
        return map;
    }

    private static SchoolColors school(boolean titleI, SortedMap<String, Color> all) {
        return new SchoolColors("s1", titleI, all, new TreeMap<>(), Optional.empty());
    }

    @Test
    void patternsFollowTheirDefinitions() {
        assertThat(ColorPattern.ALL_RED.matches(List.of(RED, RED), 2)).isTrue();
        assertThat(ColorPattern.ALL_RED.matches(List.of(RED), 2)).isFalse();
        assertThat(ColorPattern.ALL_RED_BUT_ONE.matches(List.of(RED, RED, BLUE), 2)).isTrue();
        assertThat(ColorPattern.ALL_RED_BUT_ONE.matches(List.of(RED, BLUE, BLUE), 2)).isFalse();
        // five indicators, 3 red: 2 x 3 = 6 > 5, a majority; 2 red of 4 is not five or more.
        assertThat(ColorPattern.FIVE_OR_MORE_MAJORITY_RED.matches(List.of(RED, RED, RED, BLUE, BLUE), 2)).isTrue();
        assertThat(ColorPattern.FIVE_OR_MORE_MAJORITY_RED.matches(List.of(RED, RED, RED, BLUE), 2)).isFalse();
        // six indicators, 3 red: 6 > 6 is false, half is not a majority.
        assertThat(ColorPattern.FIVE_OR_MORE_MAJORITY_RED.matches(List.of(RED, RED, RED, BLUE, BLUE, GREEN), 2))
                .isFalse();
        assertThat(ColorPattern.ALL_RED_OR_ORANGE.matches(List.of(ORANGE, ORANGE, RED), 2)).isTrue();
        assertThat(ColorPattern.ALL_RED_OR_ORANGE.matches(List.of(ORANGE, YELLOW), 2)).isFalse();
    }

    @Test
    void aTitleISchoolMatchingAPatternIsCsiWithTheRulePrinted() {
        List<Designation> result = rules.designate(school(true, colors(RED, RED, RED, GREEN, YELLOW)));
        // 5 indicators, 3 red: not all red, not all-but-one (needs 4); five or more with a majority red.
        assertThat(result).containsExactly(new Designation(DashboardDesignations.CSI_LOW_PERFORMING, "all",
                "five or more indicators, a majority of them red (3 red, 0 orange of 5 indicators), Title I school"));
    }

    @Test
    void aSchoolOutsideTitleIIsNotCsiLowPerforming() {
        assertThat(rules.designate(school(false, colors(RED, RED)))).isEmpty();
    }

    @Test
    void csiGraduationPoolsTheTwoCohorts() {
        // 60/100 and 80/100: (60 + 80) / 200 = 70% -> not below 68%.
        // 50/100 and 80/90: 130/190 = 68.42% -> not below. 50/100 and 80/100: 130/200 = 65% -> below.
        SchoolColors ok = new SchoolColors("h", false, colors(BLUE), new TreeMap<>(),
                Optional.of(new GraduationCohorts(60, 100, 80, 100)));
        SchoolColors close = new SchoolColors("h", false, colors(BLUE), new TreeMap<>(),
                Optional.of(new GraduationCohorts(50, 100, 80, 90)));
        SchoolColors low = new SchoolColors("h", false, colors(BLUE), new TreeMap<>(),
                Optional.of(new GraduationCohorts(50, 100, 80, 100)));
        assertThat(rules.designate(ok)).isEmpty();
        assertThat(rules.designate(close)).isEmpty();
        assertThat(rules.designate(low)).containsExactly(new Designation(DashboardDesignations.CSI_GRADUATION, "all",
                "two-year average graduation rate 130/200 below 68%"));
        // exactly 68%: 136/200 -> 100 x 136 = 13600 = 68 x 200, not below.
        assertThat(new GraduationCohorts(68, 100, 68, 100).belowPercent(68)).isFalse();
    }

    @Test
    void atsiIsForAGroupMatchingAPatternInASchoolNotInCsi() {
        SortedMap<String, SortedMap<String, Color>> groups = new TreeMap<>();
        groups.put("swd", colors(RED, ORANGE, ORANGE));
        groups.put("el", colors(RED, GREEN, GREEN));
        groups.put("black", colors(RED, RED, YELLOW));
        SchoolColors school = new SchoolColors("s", true, colors(GREEN, YELLOW, ORANGE), groups, Optional.empty());
        assertThat(rules.designate(school)).extracting(Designation::group).containsExactly("black", "swd");
        assertThat(rules.designate(school).get(0).rule())
                .isEqualTo("group black: all indicators red but one (2 red, 0 orange of 3 indicators), school not in CSI");
    }

    @Test
    void aCsiSchoolIsNotAlsoAtsi() {
        SortedMap<String, SortedMap<String, Color>> groups = new TreeMap<>();
        groups.put("swd", colors(RED, RED));
        SchoolColors school = new SchoolColors("s", true, colors(RED, RED), groups, Optional.empty());
        assertThat(rules.designate(school)).extracting(Designation::kind)
                .containsExactly(DashboardDesignations.CSI_LOW_PERFORMING);
    }
}
