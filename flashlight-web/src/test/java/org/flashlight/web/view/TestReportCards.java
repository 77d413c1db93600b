package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.view.ReportCardPage.GroupValue;
import org.junit.jupiter.api.Test;

class TestReportCards {
    /**
     * S1 (district D1) and its two similar schools S2 and S3, 2022-2025. ELA: S1 60% in 2025 (levels 7), S2 70%,
     * S3 40%, district 58%, state 55%. Chronic absence (lower is better): S1 10%, state 15%. Math: S1 40%,
     * state 45%. Attendance 90%+: S1 and the state both 80%.
     */
    static Runs state() {
        Runs runs = new Runs().school(Runs.school("S1", "Alder", "D1", "elementary"))
                .school(Runs.school("S2", "Birch", "D1", "elementary"))
                .school(Runs.school("S3", "Cedar", "D2", "elementary"));
        for (int year = 2022; year <= 2025; year++) {
            runs.shown(year, "S1", "ela_proficiency", "all", "0." + (year - 1972), 50);
        }
        runs.cells.removeIf(c -> c.key().year() == 2025 && c.key().entityId().equals("S1"));
        runs.scored(2025, "S1", "ela_proficiency", "all", "0.6", 50, 7)
                .hidden(2025, "S1", "ela_proficiency", "el").coded(2025, "S1", "ela_proficiency", "swd", ">= 95%")
                .shown(2025, "S1", "ela_proficiency", "hispanic", "0.55", 20)
                .shown(2025, "S2", "ela_proficiency", "all", "0.7", 80).shown(2025, "S3", "ela_proficiency", "all", "0.4", 40)
                .shown(2025, "district", "D1", "ela_proficiency", "all", "0.58", 130)
                .shown(2025, "state", "state", "ela_proficiency", "all", "0.55", 170)
                .shown(2025, "S1", "chronic_absence", "all", "0.10", 100)
                .shown(2025, "state", "state", "chronic_absence", "all", "0.15", 400)
                .shown(2025, "S1", "math_proficiency", "all", "0.40", 50)
                .shown(2025, "state", "state", "math_proficiency", "all", "0.45", 170)
                .shown(2025, "S1", "attendance_90plus", "all", "0.8", 100)
                .shown(2025, "state", "state", "attendance_90plus", "all", "0.80", 400);
        for (String s : List.of("S1", "S2", "S3")) {
            runs.shown(2025, s, "swd_identification", "all", "0.1", 100).shown(2025, s, "swd_identification",
                    "econ_disadv", "0.1", 50);
        }
        return runs.outcome(2025, "S1", "61.25", "average", "tsi:swd|reward",
                "tsi:swd because swd score 18.2 <= csi cut 21.4; reward because score 61.25 is among the top 10%");
    }

    static ReportCardPage page(boolean publishScore) {
        FrameworkRun run = state().build("alpha", publishScore);
        return ReportCards.build(new ResultsLibrary(List.of(run)), run, run.school("S1").orElseThrow(), 2025);
    }

    @Test
    void strengthsAndWeaknessesCompareWithTheStateInTheMeasuresDirection() {
        ReportCardPage page = page(true);
        // ELA 60% > 55% and chronic absence 10% < 15% (lower is better) are strengths; math 40% < 45% is not;
        // attendance 80% = 80% is neither
        assertThat(page.strengths()).containsExactly("Chronic absence: 10.0% (state 15.0%)",
                "ELA: proficient: 60.0% (state 55.0%)");
        assertThat(page.weaknesses()).containsExactly("Math: proficient: 40.0% (state 45.0%)");
    }

    @Test
    void theScoreIsShownOnlyWhereTheFrameworkPublishesIt() {
        assertThat(page(true).score()).isEqualTo("61.3"); // 61.25 half up to one decimal
        assertThat(page(false).score()).isEmpty();
        assertThat(page(false).rating()).isEqualTo("average");
    }

    @Test
    void eachDesignationGetsItsOwnReasonAndExit() {
        // S1's students with disabilities with their ELA cell shown (not coded): tsi:swd's reason is public
        Runs runs = state();
        runs.cells.removeIf(c -> c.key().equals(CellKey.school(2025, "S1", "ela_proficiency", "swd")));
        FrameworkRun run = runs.shown(2025, "S1", "ela_proficiency", "swd", "0.30", 20).build("alpha", true);
        ReportCardPage page = ReportCards.build(new ResultsLibrary(List.of(run)), run, run.school("S1").orElseThrow(),
                2025);
        assertThat(page.designations()).extracting(ReportCardPage.DesignationView::reason).containsExactly(
                "tsi:swd because swd score 18.2 <= csi cut 21.4", "reward because score 61.25 is among the top 10%");
        assertThat(page.designations().get(0).title())
                .isEqualTo("Targeted support and improvement (Students with disabilities)");
        assertThat(page.designations().get(0).exit()).isNotEmpty();
    }

    @Test
    void aReasonQuotingAGroupWithAHiddenCellIsWithheld() {
        // S1's ELA for students with disabilities is coded (>= 95%), not shown: their score is not quoted
        FrameworkRun run = state().build("alpha", true);
        ReportCardPage page = ReportCards.build(new ResultsLibrary(List.of(run)), run, run.school("S1").orElseThrow(),
                2025);
        assertThat(page.designations()).extracting(ReportCardPage.DesignationView::reason).containsExactly(
                "The Students with disabilities group's results meet this rule; the numbers are withheld to protect"
                        + " student privacy.",
                "reward because score 61.25 is among the top 10%");
    }

    @Test
    void aSchoolScoredUnderTwoLevelsSaysAtWhichLevelEachDesignationHolds() {
        Runs runs = state();
        runs.outcomes.clear();
        runs.outcomes.add(new org.flashlight.web.results.SchoolOutcome(2025, "S1", "elementary",
                java.util.Optional.empty(), "2 stars", List.of("tsi:swd"), "tsi:swd because swd score 1 <= csi cut 2"));
        runs.outcomes.add(new org.flashlight.web.results.SchoolOutcome(2025, "S1", "middle",
                java.util.Optional.empty(), "3 stars", List.of("tsi:swd"), "tsi:swd because swd score 1.5 <= csi cut 2"));
        FrameworkRun run = runs.build("alpha", true);
        ReportCardPage page = ReportCards.build(new ResultsLibrary(List.of(run)), run, run.school("S1").orElseThrow(), 2025);
        assertThat(page.designations()).extracting(ReportCardPage.DesignationView::title).containsExactly(
                "Targeted support and improvement (Students with disabilities) (elementary grades)",
                "Targeted support and improvement (Students with disabilities) (middle grades)");
        assertThat(page.designations()).extracting(ReportCardPage.DesignationView::anchor).containsExactly("d-1", "d-2");
        assertThat(page.rating()).isEqualTo("elementary: 2 stars; middle: 3 stars");
    }

    @Test
    void everyGroupShowsItsPublicValueOnlyAllStudentsFirst() {
        ReportCardPage.MeasureView ela = page(true).measures().stream()
                .filter(m -> m.metricId().equals("ela_proficiency")).findFirst().orElseThrow();
        assertThat(ela.groups()).containsExactly(
                new GroupValue("all", "All students", "60.0%", "50", "Level 7 of 10", "shown", ""),
                new GroupValue("hispanic", "Hispanic or Latino", "55.0%", "20", "", "shown", ""),
                new GroupValue("el", "English learners", "hidden", "", "", "hidden", ""),
                new GroupValue("swd", "Students with disabilities", ">= 95%", "", "", "coded", ""));
    }

    @Test
    void theTrendCoversTheLastThreeYearsUpToTheChosenOne() {
        FrameworkRun run = state().build("alpha", true);
        TrendChart trend = ReportCards.trend(run, org.flashlight.web.results.CellKey.school(2025, "S1",
                "ela_proficiency", "all"));
        assertThat(trend.points()).extracting(TrendChart.TrendPoint::year).containsExactly(2023, 2024, 2025);
        assertThat(trend.points()).extracting(TrendChart.TrendPoint::display).containsExactly("51.0%", "52.0%", "60.0%");
        trend = ReportCards.trend(run, org.flashlight.web.results.CellKey.school(2023, "S1", "ela_proficiency", "all"));
        assertThat(trend.points()).extracting(TrendChart.TrendPoint::year).containsExactly(2022, 2023);
    }

    @Test
    void theComparisonPutsTheDistrictTheStateAndTheSimilarSchoolsMedianBeside() {
        ReportCardPage.ComparisonRow ela = page(true).comparison().stream()
                .filter(r -> r.metricId().equals("ela_proficiency")).findFirst().orElseThrow();
        // similar schools S2 70% and S3 40%: median (0.7 + 0.4) / 2 = 0.55
        assertThat(ela).isEqualTo(new ReportCardPage.ComparisonRow("ela_proficiency", "ELA: proficient", "60.0%",
                "58.0%", "55.0%", "55.0% (2 schools)"));
        ReportCardPage.ComparisonRow math = page(true).comparison().stream()
                .filter(r -> r.metricId().equals("math_proficiency")).findFirst().orElseThrow();
        assertThat(math.district()).isEqualTo("no result");
        assertThat(math.similar()).isEqualTo("no result");
    }

    @Test
    void theSwitchesLinkToStableUrls() {
        ReportCardPage page = page(true);
        assertThat(page.years()).extracting(Choice::url).contains("/schools/S1?framework=alpha&year=2022");
        assertThat(page.years()).filteredOn(Choice::selected).extracting(Choice::label).containsExactly("2025");
        assertThat(page.csvUrl()).isEqualTo("/schools/S1/report-card.csv?framework=alpha&year=2025");
    }
}
