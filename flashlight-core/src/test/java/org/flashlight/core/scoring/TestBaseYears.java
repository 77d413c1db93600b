package org.flashlight.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.flashlight.core.scoring.BaseYears.NamedBaseYear;
import org.junit.jupiter.api.Test;

class TestBaseYears {

    private static final OptionalInt FROZEN = OptionalInt.empty();
    private static final OptionalInt EVERY_THREE = OptionalInt.of(3);

    /** Seed 002's timeline: 2016-17 floors for 2016-17 and 2017-18; 2017-18 for 2018-19..2020-21; 2020-21 from 2021-22. */
    private static final List<NamedBaseYear> DC_TIMELINE = List.of(
            new NamedBaseYear(2017, 2017), new NamedBaseYear(2019, 2018), new NamedBaseYear(2022, 2021));

    @Test
    void coreKeepsTheNamedBaseYearUntilANewOneIsNamed() {
        List<NamedBaseYear> named = List.of(NamedBaseYear.of(2015));
        for (int year = 2015; year <= 2018; year++) {
            assertThat(BaseYears.baseYearFor(year, named, years(2015, 2018), FROZEN)).isEqualTo(2015);
        }
        List<NamedBaseYear> renamed = List.of(NamedBaseYear.of(2015), NamedBaseYear.of(2017));
        assertThat(BaseYears.baseYearFor(2016, renamed, years(2015, 2018), FROZEN)).isEqualTo(2015);
        assertThat(BaseYears.baseYearFor(2018, renamed, years(2015, 2018), FROZEN)).isEqualTo(2017);
    }

    @Test
    void withoutNamesCoreUsesTheEarliestYearOfTheBundle() {
        assertThat(BaseYears.baseYearFor(2024, List.of(), years(2022, 2024), FROZEN)).isEqualTo(2022);
        // named, but not in the bundle: the earliest year of the bundle
        assertThat(BaseYears.baseYearFor(2024, List.of(NamedBaseYear.of(2015)), years(2022, 2024), FROZEN))
                .isEqualTo(2022);
    }

    @Test
    void starFollowsSeedTwosTimeline() {
        SortedSet<Integer> bundle = years(2017, 2024);
        assertThat(BaseYears.baseYearFor(2017, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2017);
        assertThat(BaseYears.baseYearFor(2018, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2017);
        assertThat(BaseYears.baseYearFor(2019, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2018);
        assertThat(BaseYears.baseYearFor(2021, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2018);
        assertThat(BaseYears.baseYearFor(2022, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2021);
        assertThat(BaseYears.baseYearFor(2024, DC_TIMELINE, bundle, EVERY_THREE)).isEqualTo(2021);
        // a year before every named one takes the first
        assertThat(BaseYears.baseYearFor(2016, DC_TIMELINE, years(2016, 2018), EVERY_THREE)).isEqualTo(2017);
    }

    @Test
    void onABundleTheFileDoesNotNameStarStartsACycleEveryThirdYear() {
        SortedSet<Integer> bundle = years(2030, 2037);
        int[] expected = {2030, 2030, 2030, 2033, 2033, 2033, 2036, 2036};
        for (int i = 0; i < expected.length; i++) {
            assertThat(BaseYears.baseYearFor(2030 + i, DC_TIMELINE, bundle, EVERY_THREE)).as("%d", 2030 + i)
                    .isEqualTo(expected[i]);
        }
    }

    @Test
    void rejectsAnEmptyBundleTwoNamesFromOneYearAndShortCycles() {
        assertThatThrownBy(() -> BaseYears.baseYearFor(2020, List.of(), new TreeSet<>(), FROZEN))
                .hasMessageContaining("at least one school year");
        assertThatThrownBy(() -> BaseYears.baseYearFor(2020, List.of(NamedBaseYear.of(2019), new NamedBaseYear(2019, 2018)),
                years(2018, 2020), FROZEN)).hasMessageContaining("same year");
        assertThatThrownBy(() -> BaseYears.baseYearFor(2020, List.of(), years(2018, 2020), OptionalInt.of(0)))
                .hasMessageContaining("at least 1 year");
    }

    private static SortedSet<Integer> years(int first, int last) {
        return new TreeSet<>(IntStream.rangeClosed(first, last).boxed().toList());
    }
}
