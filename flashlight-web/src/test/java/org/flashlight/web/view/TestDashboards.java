package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.junit.jupiter.api.Test;

class TestDashboards {
    static final String ELA = "ela_proficiency";

    /** ELA 2025: S1 60%, S2 70%, S3 40%, S4 hidden; S1 in D1 with S2; scores S1 61.25, S2 75.5, S3 none. */
    static FrameworkRun run(boolean publishScore) {
        return new Runs().school(Runs.school("S1", "Alder", "D1", "elementary"))
                .school(Runs.school("S2", "Birch", "D1", "elementary"))
                .school(Runs.school("S3", "Cedar", "D2", "elementary")).school(Runs.school("S4", "Dogwood", "D2", "high"))
                .shown(2025, "S1", ELA, "all", "0.6", 50).shown(2025, "S2", ELA, "all", "0.7", 80)
                .shown(2025, "S3", ELA, "all", "0.4", 40).hidden(2025, "S4", ELA, "all")
                .shown(2025, "state", "state", ELA, "all", "0.55", 176).shown(2025, "state", "state", ELA, "el", "0.30", 40)
                .hidden(2025, "state", "state", ELA, "swd")
                .outcome(2025, "S1", "61.25", "average", "tsi:swd", "tsi:swd because swd score 18.2 <= csi cut 21.4")
                .outcome(2025, "S2", "75.5", "above average", "", "")
                .build("alpha", publishScore);
    }

    static DashboardPage state(String sort, boolean descending) {
        FrameworkRun run = run(true);
        return Dashboards.build(new ResultsLibrary(List.of(run)), run, Optional.empty(), 2025, ELA, sort, descending);
    }

    static List<String> names(DashboardPage page) {
        return page.rows().stream().map(DashboardPage.Row::name).toList();
    }

    @Test
    void schoolsAreListedByNameUnlessAnotherColumnIsChosen() {
        assertThat(names(state("name", false))).containsExactly("Alder", "Birch", "Cedar", "Dogwood");
        assertThat(names(state("name", true))).containsExactly("Dogwood", "Cedar", "Birch", "Alder");
    }

    @Test
    void sortingByValueOrScoreKeepsSchoolsWithoutOneLastEitherWay() {
        assertThat(names(state("value", false))).containsExactly("Cedar", "Alder", "Birch", "Dogwood");
        assertThat(names(state("value", true))).containsExactly("Birch", "Alder", "Cedar", "Dogwood");
        // S3 and S4 have no score: last, by name
        assertThat(names(state("score", true))).containsExactly("Birch", "Alder", "Cedar", "Dogwood");
    }

    @Test
    void theDistributionCountsShownValuesInTenthsOfTheRateScale() {
        DashboardPage page = state("name", false);
        // 0.4 / 0.1 = 4, 0.6 -> 6, 0.7 -> 7; the hidden S4 is counted apart
        assertThat(page.distribution()).extracting(DashboardPage.Bin::schools).containsExactly(0, 0, 0, 0, 1, 0, 1, 1, 0, 0);
        assertThat(page.distribution().get(4).label()).isEqualTo("40.0% to 50.0%");
        assertThat(page.schoolsWithoutValue()).isEqualTo(1);
    }

    @Test
    void gapsCompareShownGroupsWithAllStudents() {
        // el 30% - all 55% = -25 points; swd hidden: no gap
        assertThat(state("name", false).gaps()).containsExactly(new DashboardPage.Gap("English learners", "30.0%", "-25.0 pts"),
                new DashboardPage.Gap("Students with disabilities", "hidden", ""));
    }

    @Test
    void aDistrictShowsItsSchoolsAndDesignationsOnly() {
        FrameworkRun run = run(false);
        DashboardPage page = Dashboards.build(new ResultsLibrary(List.of(run)), run, Optional.of("D1"), 2025, "", "name",
                false);
        assertThat(names(page)).containsExactly("Alder", "Birch");
        assertThat(page.title()).isEqualTo("D1 District");
        assertThat(page.metricId()).isEqualTo(ELA); // the first measure when none is asked
        assertThat(page.showScore()).isFalse();
        assertThat(page.rows()).allSatisfy(r -> assertThat(r.score()).isEmpty());
        assertThat(page.designated()).extracting(DashboardPage.DesignatedSchool::name).containsExactly("Alder");
        assertThat(page.sortUrl("value")).isEqualTo("/districts/D1?framework=alpha&year=2025&measure=ela_proficiency"
                + "&sort=value&dir=asc");
        assertThat(page.sortUrl("name")).endsWith("&sort=name&dir=desc"); // already the sort: toggles
    }
}
