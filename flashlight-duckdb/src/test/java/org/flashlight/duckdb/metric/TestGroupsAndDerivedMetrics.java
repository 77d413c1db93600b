package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Table;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.Direction;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.core.metric.Population;
import org.flashlight.core.metric.ValueKind;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.Schema;
import org.flashlight.duckdb.group.StudentGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's group logic (lowest_race, lowest_25pct, excluded groups, students without a
 * students.csv row, the economic-disadvantage rule) and its derived values (attendance_growth, medians),
 * each on its own hand-made state, every expected value worked out from metrics.md in the comments.
 *
 * <p>Unless a test says otherwise: school year 2024 (census date 2023-10-01); a student "attends" a
 * school from 2023-08-20 with no exit, 100 days enrolled, so days present are a percentage: 80 is
 * chronically absent (10 x 80 <= 9 x 100) and not 90+, 100 is 90+ and not chronic. SBAC ELA rows are
 * tested on 2024-04-15, so every attending student is FAY.
 */
class TestGroupsAndDerivedMetrics {
    private static final int CHRONIC = 80;
    private static final int PRESENT = 100;

    private BundleDatabase db;
    private int line = 2;

    @BeforeEach
    void createSchema() {
        db = BundleDatabase.inMemory();
        for (Table t : BundleContract.TABLES) {
            db.execute(Schema.createTable(t));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ------------------------------------------------------------------------------------ lowest_race

    @Test
    void lowestRaceIsTheWorstEligibleRaceGroupInTheMetricsDirection() {
        school(2024, "A", "D1");
        // School A, min n 3. chronic_absence: hispanic 1/3, white 1/4, asian 0/3; black 2/2 is worse
        // but has 2 < 3 students, so it is not a candidate.
        attendanceGroup("A", "black", 2, 2);
        attendanceGroup("A", "hispanic", 3, 1);
        attendanceGroup("A", "white", 4, 1);
        attendanceGroup("A", "asian", 3, 0);
        compute(3);

        // chronic_absence is lower-is-better: the worst is the highest rate. 1/3 > 1/4 > 0/3 -> hispanic.
        assertThat(lowestRace("chronic_absence", "A")).contains(new Pick("hispanic", "1", "3", 3));
        // attendance_90plus is higher-is-better: the worst is the lowest rate. hispanic 2/3, white 3/4,
        // asian 3/3 (black 0/2 not eligible) -> hispanic 2/3.
        assertThat(lowestRace("attendance_90plus", "A")).contains(new Pick("hispanic", "2", "3", 3));
        // the lowest_race row repeats the hispanic row
        assertThat(counts("chronic_absence", "school", "A", "hispanic")).contains(List.of("1", "3", "3"));
    }

    @Test
    void aRaceGroupWithExactlyMinNStudentsIsEligible() {
        school(2024, "B", "D1");
        // min n 3: black has exactly 3 students, all chronic (3/3); white 0/3 -> black.
        attendanceGroup("B", "black", 3, 3);
        attendanceGroup("B", "white", 3, 0);
        compute(3);

        assertThat(lowestRace("chronic_absence", "B")).contains(new Pick("black", "3", "3", 3));
    }

    @Test
    void nineteenStudentsAreBelowAMinNOfTwentyAndTwentyAreNot() {
        school(2024, "E", "D1");
        school(2024, "F", "D1");
        // min n 20. School E: black 19 students, all chronic (19/19), not eligible; hispanic 10/20,
        // white 0/20 -> hispanic. School F: black 20/20 (exactly 20: eligible), hispanic 10/20 -> black.
        attendanceGroup("E", "black", 19, 19);
        attendanceGroup("E", "hispanic", 20, 10);
        attendanceGroup("E", "white", 20, 0);
        attendanceGroup("F", "black", 20, 20);
        attendanceGroup("F", "hispanic", 20, 10);
        compute(MetricEngine.DEFAULT_MIN_N);

        assertThat(lowestRace("chronic_absence", "E")).contains(new Pick("hispanic", "10", "20", 20));
        assertThat(lowestRace("chronic_absence", "F")).contains(new Pick("black", "20", "20", 20));
    }

    @Test
    void equalValuesGoToTheLargerGroupThenToTheFirstRaceInContractOrder() {
        school(2024, "C", "D1");
        school(2024, "D", "D1");
        // School C: hispanic 1/3 chronic and white 2/6: the same value written differently (compared
        // exactly, 1 x 6 = 2 x 3), so the group with more students wins -> white (6 > 3), although
        // hispanic comes first in the race order.
        attendanceGroup("C", "hispanic", 3, 1);
        attendanceGroup("C", "white", 6, 2);
        // School D: black 1/3 and asian 1/3, same value and size: asian comes before black in the
        // contract's order (hispanic, american_indian, asian, black, ...) -> asian. Black is inserted first
        // so that file order cannot be what decides.
        attendanceGroup("D", "black", 3, 1);
        attendanceGroup("D", "asian", 3, 1);
        compute(3);

        assertThat(lowestRace("chronic_absence", "C")).contains(new Pick("white", "2", "6", 6));
        assertThat(lowestRace("chronic_absence", "D")).contains(new Pick("asian", "1", "3", 3));
    }

    @Test
    void proficiencyPicksTheRaceWithTheLowestRate() {
        school(2024, "P", "D1");
        // min n 3. ela_proficiency (SBAC proficient level 3): hispanic levels 3, 3, 2 -> 2/3;
        // white 3, 2, 2 -> 1/3; black 1, 1 -> 0/2, not eligible. Lowest eligible -> white 1/3.
        testedGroup("P", "hispanic", 3, 3, 2);
        testedGroup("P", "white", 3, 2, 2);
        testedGroup("P", "black", 1, 1);
        compute(3);

        assertThat(lowestRace("ela_proficiency", "P")).contains(new Pick("white", "1", "3", 3));
    }

    @Test
    void aMetricWithoutDirectionHasNoLowestRaceRow() {
        school(2024, "A", "D1");
        attendanceGroup("A", "hispanic", 3, 1);
        attendanceGroup("A", "white", 3, 0);
        compute(3);

        // swd_identification (direction none) has its race rows, but no lowest_race row at any level
        assertThat(counts("swd_identification", "school", "A", "hispanic")).contains(List.of("0", "3", "3"));
        assertThat(rows("swd_identification", "lowest_race")).isEmpty();
        // while a metric with a direction has one per level (school A, district D1, state)
        assertThat(rows("chronic_absence", "lowest_race")).hasSize(3);
    }

    // ------------------------------------------------------------------------------------ lowest_25pct

    @Test
    void lowestQuarterIsRankAtMostCeilingOfNOverFourPerEntityTestAndGrade() {
        school(2024, "A", "D1");
        school(2024, "B", "D1");
        // School A, grade 5: 8 students, 2401..2408 -> ceil(8/4) = 2: 2401, 2402.
        // School A, grade 4: 5 students, 2300..2340 by 10 -> ceil(5/4) = 2: 2300, 2310.
        // School B, grade 5: 8 students, 2400, 2410, 2410, 2430 .. 2470 -> ceil(8/4) = 2, but the two
        //   2410s share rank 2 (ties at the cut included): 2400, 2410, 2410.
        for (int i = 1; i <= 8; i++) {
            tested("A", "a5_" + i, null, 5, 2400 + i, 2);
        }
        for (int i = 0; i < 5; i++) {
            tested("A", "a4_" + i, null, 4, 2300 + 10 * i, 2);
        }
        int[] schoolB = {2400, 2410, 2410, 2430, 2440, 2450, 2460, 2470};
        for (int i = 0; i < schoolB.length; i++) {
            tested("B", "b5_" + i, null, 5, schoolB[i], 2);
        }
        compute(3);

        // School A: 2401 + 2402 + 2300 + 2310 = 9413 over 4 students.
        assertThat(counts("ela_avg_scale_score", "school", "A", "lowest_25pct")).contains(List.of("9413", "4", "4"));
        // School B: 2400 + 2410 + 2410 = 7220 over 3.
        assertThat(counts("ela_avg_scale_score", "school", "B", "lowest_25pct")).contains(List.of("7220", "3", "3"));
        // District D1 pools the grade: grade 5 has 16 students -> ceil(16/4) = 4: 2400 (B), 2401, 2402,
        // 2403 (A) -- not the 2 + 3 of the school quarters; grade 4 has A's 5 -> 2300, 2310.
        // 2400 + 2401 + 2402 + 2403 + 2300 + 2310 = 14216 over 6.
        assertThat(counts("ela_avg_scale_score", "district", "D1", "lowest_25pct"))
                .contains(List.of("14216", "6", "6"));
        // proficiency of the same students: every row above has level 2 -> 0 / 4 at school A
        assertThat(counts("ela_proficiency", "school", "A", "lowest_25pct")).contains(List.of("0", "4", "4"));
        // only FAY-tested metrics have the group: not participation, not attendance
        assertThat(rows("ela_participation", "lowest_25pct")).isEmpty();
        assertThat(rows("chronic_absence", "lowest_25pct")).isEmpty();
    }

    @Test
    void fiveStudentsWithTiesAtTheCutGiveThree() {
        school(2024, "A", "D1");
        // 5 students: 2300, 2310, 2310, 2320, 2330 -> ceil(5/4) = 2; the two 2310s have rank 2 -> 3
        // students: 2300 + 2310 + 2310 = 6920 (2320 has rank 4).
        int[] scores = {2320, 2310, 2300, 2330, 2310};
        for (int i = 0; i < scores.length; i++) {
            tested("A", "t" + i, null, 4, scores[i], 2);
        }
        compute(3);

        assertThat(counts("ela_avg_scale_score", "school", "A", "lowest_25pct")).contains(List.of("6920", "3", "3"));
    }

    // ------------------------------------------------------------------------------------ attendance_growth

    @Test
    void attendanceGrowthIsThisYearsNinetyPlusRateMinusLastYearsForTheSameEntityAndGroup() {
        school(2023, "A", "D1");
        school(2024, "A", "D1");
        school(2024, "B", "D2");
        // School A, 2023: h1 (hispanic) 90+, w1 (white) chronic -> attendance_90plus all 1/2, hispanic 1/1,
        // white 0/1.
        attends(2023, "h1", "hispanic", "A", PRESENT);
        attends(2023, "w1", "white", "A", CHRONIC);
        // School A, 2024: h1 90+, h2 chronic, w1 and w2 90+ -> all 3/4, hispanic 1/2, white 2/2.
        attends(2024, "h1", "hispanic", "A", PRESENT);
        attends(2024, "h2", "hispanic", "A", CHRONIC);
        attends(2024, "w1", "white", "A", PRESENT);
        attends(2024, "w2", "white", "A", PRESENT);
        // School B (district D2) has 2024 only.
        attends(2024, "b1", "white", "B", PRESENT);
        compute(1);

        // all: 3/4 - 1/2 = 0.25, exactly; no numerator, denominator = this year's 4 students
        MetricResult all = row("attendance_growth", 2024, "school", "A", "all").orElseThrow();
        assertThat(all.value()).isEqualByComparingTo("0.25");
        assertThat(all.numerator()).isNull();
        assertThat(all.denominator()).isEqualByComparingTo("4");
        assertThat(all.students()).isEqualTo(4);
        // hispanic: 1/2 - 1/1 = -0.5; white: 2/2 - 0/1 = +1
        assertThat(row("attendance_growth", 2024, "school", "A", "hispanic").orElseThrow().value())
                .isEqualByComparingTo("-0.5");
        assertThat(row("attendance_growth", 2024, "school", "A", "white").orElseThrow().value())
                .isEqualByComparingTo("1");
        // no prior year: no row for 2023 anywhere, none for school B or its district D2 in 2024
        assertThat(row("attendance_growth", 2023, "school", "A", "all")).isEmpty();
        assertThat(row("attendance_growth", 2024, "school", "B", "all")).isEmpty();
        assertThat(row("attendance_growth", 2024, "district", "D2", "all")).isEmpty();
        // min n 1. Its lowest_race is the race whose change is worst (hispanic -0.5), not the change of
        // the lowest_race rows (2024 hispanic 1/2 minus 2023 white 0/1 = +0.5).
        MetricResult lowest = row("attendance_growth", 2024, "school", "A", "lowest_race").orElseThrow();
        assertThat(lowest.groupDetail()).isEqualTo("hispanic");
        assertThat(lowest.value()).isEqualByComparingTo("-0.5");
        assertThat(lowest.denominator()).isEqualByComparingTo("2");
    }

    @Test
    void attendanceGrowthIsOneDivisionNotADifferenceOfRoundedRates() {
        school(2023, "A", "D1");
        school(2024, "A", "D1");
        // 2023: 1 of 3 at 90+; 2024: 2 of 3 -> 2/3 - 1/3 = (2 x 3 - 1 x 3) / 9 = 3/9, one division:
        // 0.333333333333 at the stored 12 decimals, not 0.666666666667 - 0.333333333333 = 0.333333333334.
        attends(2023, "s1", "white", "A", PRESENT);
        attends(2023, "s2", "white", "A", CHRONIC);
        attends(2023, "s3", "white", "A", CHRONIC);
        attends(2024, "s1", "white", "A", PRESENT);
        attends(2024, "s2", "white", "A", PRESENT);
        attends(2024, "s3", "white", "A", CHRONIC);
        compute(1);

        assertThat(row("attendance_growth", 2024, "school", "A", "all").orElseThrow().value())
                .isEqualByComparingTo("0.333333333333");
    }

    // ------------------------------------------------------------------------------------ groups

    @Test
    void elRedesignationHasNoElRow() {
        school(2024, "A", "D1");
        // R-12, at year end at A: r1 rfep reclassified 2023-09-15 (within July 2023 .. June 2024) ->
        // numerator; e1 el since 2018-09-01 (<= 2019-06-30, five years before the year ends) ->
        // denominator only. all = 1/2. el_ever: e1 (el) and r1 (rfep within 4 years) -> 1/2.
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, el_status, el_entry_date, reclassified_date)
                VALUES (2, 2024, 'r1', 'rfep', DATE '2016-09-01', DATE '2023-09-15'),
                       (3, 2024, 'e1', 'el', DATE '2018-09-01', NULL)""");
        enroll(2024, "r1", "A", PRESENT);
        enroll(2024, "e1", "A", PRESENT);
        compute(1);

        assertThat(counts("el_redesignation", "school", "A", "all")).contains(List.of("1", "2", "2"));
        assertThat(counts("el_redesignation", "school", "A", "el_ever")).contains(List.of("1", "2", "2"));
        // e1 is in el, but el_redesignation has no el row (the reclassified are no longer el)
        assertThat(rows("el_redesignation", "el")).isEmpty();
        // other metrics keep their el row: chronic_absence at A, el = e1 -> 0/1
        assertThat(counts("chronic_absence", "school", "A", "el")).contains(List.of("0", "1", "1"));
    }

    @Test
    void aStudentWithoutAStudentsRowCountsInAllOnly() {
        school(2024, "A", "D1");
        // s1 white, not frl -> not_target_group; s2 black and frl -> target_group, econ_disadv, high_needs;
        // s3 has an enrollment but no students.csv row -> all only (in neither target nor not target).
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, race_ethnicity, frl)
                VALUES (2, 2024, 's1', 'white', false), (3, 2024, 's2', 'black', true)""");
        enroll(2024, "s1", "A", PRESENT);
        enroll(2024, "s2", "A", CHRONIC);
        enroll(2024, "s3", "A", CHRONIC);
        compute(1);

        // chronic_absence at A: all = s2, s3 chronic of 3 -> 2/3
        assertThat(counts("chronic_absence", "school", "A", "all")).contains(List.of("2", "3", "3"));
        assertThat(counts("chronic_absence", "school", "A", "not_target_group")).contains(List.of("0", "1", "1"));
        assertThat(counts("chronic_absence", "school", "A", "target_group")).contains(List.of("1", "1", "1"));
        // the school's groups are those of s1 and s2 (lowest_race, min n 1: black 1/1 over white 0/1), and
        // every group but all holds one student, s1 or s2: s3 is in none of them
        List<MetricResult> school = MetricResults.read(db).stream()
                .filter(r -> r.metric().equals("chronic_absence") && r.level().equals("school")).toList();
        assertThat(school).extracting(MetricResult::studentGroup).containsExactlyInAnyOrder("all", "white", "black",
                "econ_disadv", "high_needs", "target_group", "not_target_group", "lowest_race");
        assertThat(school).filteredOn(r -> !r.studentGroup().equals("all")).extracting(MetricResult::students)
                .containsOnly(1L);
    }

    @Test
    void econDisadvFollowsTheFrameworksRuleButHighNeedsAndTargetGroupAlwaysUseFrl() {
        school(2024, "A", "D1");
        // f1 black frl; f2 hispanic snap and swd; f3 white direct_certified and homeless; f4 black, nothing;
        // f5 black frl.
        //   frl_or_direct_cert: f1, f3, f5.        dc_at_risk: f2 (snap), f3 (homeless).
        //   high_needs (el or swd or frl_or_direct_cert, R-15): f1, f2 (swd), f3, f5 under both rules.
        //   target_group ((black or hispanic) and frl_or_direct_cert): f1, f5 under both rules (f2 is
        //   hispanic but neither frl nor direct_certified); not_target_group: f2, f3, f4.
        db.execute("""
                INSERT INTO students (_line, school_year, student_id, race_ethnicity, swd, frl, direct_certified,
                    snap, homeless)
                VALUES (2, 2024, 'f1', 'black', false, true, false, false, false),
                       (3, 2024, 'f2', 'hispanic', true, false, false, true, false),
                       (4, 2024, 'f3', 'white', false, false, true, false, true),
                       (5, 2024, 'f4', 'black', false, false, false, false, false),
                       (6, 2024, 'f5', 'black', false, true, false, false, false)""");
        for (String s : List.of("f1", "f2", "f3", "f4", "f5")) {
            enroll(2024, s, "A", PRESENT);
        }

        // swd_identification (swd share of enrolled students; only f2 is swd)
        compute(1, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        assertThat(counts("swd_identification", "school", "A", "econ_disadv")).contains(List.of("0", "3", "3"));
        assertThat(counts("swd_identification", "school", "A", "high_needs")).contains(List.of("1", "4", "4"));
        assertThat(counts("swd_identification", "school", "A", "target_group")).contains(List.of("0", "2", "2"));
        assertThat(counts("swd_identification", "school", "A", "not_target_group")).contains(List.of("1", "3", "3"));

        compute(1, EconomicDisadvantageRule.DC_AT_RISK);
        assertThat(counts("swd_identification", "school", "A", "econ_disadv")).contains(List.of("1", "2", "2"));
        assertThat(counts("swd_identification", "school", "A", "high_needs")).contains(List.of("1", "4", "4"));
        assertThat(counts("swd_identification", "school", "A", "target_group")).contains(List.of("0", "2", "2"));
        assertThat(counts("swd_identification", "school", "A", "not_target_group")).contains(List.of("1", "3", "3"));
    }

    // ------------------------------------------------------------------------------------ medians

    /** A median over an existing population column: how a growth metric (*_mgp) plugs in. */
    private static final MetricDefinition MEDIAN_SCALE_SCORE = new MetricDefinition("ela_median_scale_score",
            "ELA: median scale score (test only)", Population.FAY_TESTED, "scale_score", "1", ValueKind.MEDIAN,
            Direction.HIGHER, "ela");

    @Test
    void aMedianHasNoNumeratorAndCountsTheValues() {
        school(2024, "A", "D1");
        school(2024, "B", "D1");
        // School A: 2400, 2411, 2430, 2500, and t5 tested with a level but no scale score (not a value).
        // Even count: the mean of the two middle values, (2411 + 2430) / 2 = 2420.5; denominator 4.
        tested("A", "t1", "white", 5, 2400, 2);
        tested("A", "t2", "white", 5, 2430, 3);
        tested("A", "t3", "black", 5, 2500, 3);
        tested("A", "t4", "black", 5, 2411, 2);
        tested("A", "t5", "black", 5, (BigDecimal) null, 1);
        // School B: 2400, 2450, 2460 -> odd count: the middle value 2450.
        tested("B", "u1", "white", 5, 2450, 2);
        tested("B", "u2", "white", 5, 2400, 2);
        tested("B", "u3", "white", 5, 2460, 3);
        StudentGroups.create(db, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        new MetricEngine(db).compute(List.of(MEDIAN_SCALE_SCORE), AssessmentSettings.DEFAULT, 2);

        MetricResult a = row(MEDIAN_SCALE_SCORE.id(), 2024, "school", "A", "all").orElseThrow();
        assertThat(a.numerator()).isNull();
        assertThat(a.denominator()).isEqualByComparingTo("4");
        assertThat(a.students()).isEqualTo(4);
        assertThat(a.value()).isEqualByComparingTo("2420.5");
        assertThat(row(MEDIAN_SCALE_SCORE.id(), 2024, "school", "B", "all").orElseThrow().value())
                .isEqualByComparingTo("2450");
        // District D1 pools 7 values: 2400, 2400, 2411, 2430, 2450, 2460, 2500 -> the 4th, 2430.
        MetricResult district = row(MEDIAN_SCALE_SCORE.id(), 2024, "district", "D1", "all").orElseThrow();
        assertThat(district.value()).isEqualByComparingTo("2430");
        assertThat(district.denominator()).isEqualByComparingTo("7");
        // School A groups: white 2400, 2430 -> 2415; black 2411, 2500 (t5 has no value) -> 2455.5.
        // lowest_race (min n 2, compared by value): white 2415 < black 2455.5 -> white.
        assertThat(row(MEDIAN_SCALE_SCORE.id(), 2024, "school", "A", "black").orElseThrow().value())
                .isEqualByComparingTo("2455.5");
        assertThat(lowestRace(MEDIAN_SCALE_SCORE.id(), "A")).map(Pick::race).contains("white");
    }

    @Test
    void aMedianOfTwoMiddleValuesIsTheirExactMean() {
        school(2024, "A", "D1");
        // (2400.000001 + 2400.000002) / 2 = 2400.0000015: one decimal more than the scores have, and
        // exact (not through a double, where 2400.0000015 is not representable).
        tested("A", "t1", null, 5, new BigDecimal("2400.000001"), 2);
        tested("A", "t2", null, 5, new BigDecimal("2400.000002"), 2);
        StudentGroups.create(db, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
        new MetricEngine(db).compute(List.of(MEDIAN_SCALE_SCORE), AssessmentSettings.DEFAULT, 2);

        assertThat(row(MEDIAN_SCALE_SCORE.id(), 2024, "school", "A", "all").orElseThrow().value())
                .isEqualByComparingTo("2400.0000015");
    }

    // ------------------------------------------------------------------------------------ fixture

    private void school(int year, String school, String district) {
        db.execute("INSERT INTO schools VALUES (%d, %d, '%s', 'School %s', '%s', 'District', 0, 12, 'k12', false, "
                .formatted(line++, year, school, school, district) + "false, false)");
    }

    /** A student of {@code race} attending {@code school} all year, present {@code daysPresent} of 100 days. */
    private void attends(int year, String student, String race, String school, int daysPresent) {
        db.execute("INSERT INTO students (_line, school_year, student_id, race_ethnicity) VALUES (%d, %d, '%s', '%s')"
                .formatted(line++, year, student, race));
        enroll(year, student, school, daysPresent);
    }

    /** A grade-5 stay from August 20 of the fall with no exit: 100 days enrolled, FAY for spring tests. */
    private void enroll(int year, String student, String school, int daysPresent) {
        enroll(year, student, school, 5, daysPresent);
    }

    private void enroll(int year, String student, String school, int grade, int daysPresent) {
        db.execute("INSERT INTO enrollments VALUES (%d, %d, '%s', '%s', %d, DATE '%d-08-20', NULL, NULL, 100, %d)"
                .formatted(line++, year, student, school, grade, year - 1, daysPresent));
    }

    /** {@code students} 2024 students of one race at a school, the first {@code chronic} of them chronically absent. */
    private void attendanceGroup(String school, String race, int students, int chronic) {
        for (int i = 1; i <= students; i++) {
            attends(2024, school + "_" + race + "_" + i, race, school, i <= chronic ? CHRONIC : PRESENT);
        }
    }

    /** One 2024 FAY student of {@code race} per performance level, SBAC ELA grade 5, scale score 2500. */
    private void testedGroup(String school, String race, int... levels) {
        for (int i = 0; i < levels.length; i++) {
            tested(school, school + "_" + race + "_" + i, race, 5, 2500, levels[i]);
        }
    }

    /** A 2024 FAY student (race may be null: no race) with one tested SBAC ELA row. */
    private void tested(String school, String student, String race, int grade, Integer scaleScore, int level) {
        tested(school, student, race, grade, scaleScore == null ? null : new BigDecimal(scaleScore), level);
    }

    private void tested(String school, String student, String race, int grade, BigDecimal scaleScore, int level) {
        db.execute("INSERT INTO students (_line, school_year, student_id, race_ethnicity) VALUES (%d, 2024, '%s', %s)"
                .formatted(line++, student, race == null ? "NULL" : "'" + race + "'"));
        enroll(2024, student, school, grade, PRESENT);
        db.execute("INSERT INTO assessments VALUES (%d, 2024, '%s', '%s', 'sbac', 'ela', %d, DATE '2024-04-15', %s, %d, "
                .formatted(line++, student, school, grade, scaleScore == null ? "NULL" : scaleScore.toPlainString(), level)
                + "'tested', false)");
    }

    private void compute(int minN) {
        compute(minN, EconomicDisadvantageRule.FRL_OR_DIRECT_CERT);
    }

    private void compute(int minN, EconomicDisadvantageRule rule) {
        StudentGroups.create(db, rule);
        new MetricEngine(db).compute(MetricCatalog.METRICS, AssessmentSettings.DEFAULT, minN);
    }

    // ------------------------------------------------------------------------------------ reading

    /** A lowest_race row: the race it names and its numerator, denominator and students. */
    private record Pick(String race, String numerator, String denominator, long students) {
    }

    private Optional<Pick> lowestRace(String metric, String school) {
        return row(metric, 2024, "school", school, "lowest_race")
                .map(r -> new Pick(r.groupDetail(), plain(r.numerator()), plain(r.denominator()), r.students()));
    }

    private Optional<MetricResult> row(String metric, int year, String level, String entity, String group) {
        List<MetricResult> matches = MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.schoolYear() == year && r.level().equals(level)
                        && r.entityId().equals(entity) && r.studentGroup().equals(group))
                .toList();
        assertThat(matches).as("rows of %s %s %s %s", metric, level, entity, group).hasSizeLessThanOrEqualTo(1);
        return matches.stream().findFirst();
    }

    private List<MetricResult> rows(String metric, String group) {
        return MetricResults.read(db).stream()
                .filter(r -> r.metric().equals(metric) && r.studentGroup().equals(group)).toList();
    }

    /** numerator, denominator, students of a 2024 row, numbers without trailing zeros. */
    private Optional<List<String>> counts(String metric, String level, String entity, String group) {
        return row(metric, 2024, level, entity, group)
                .map(r -> List.of(plain(r.numerator()), plain(r.denominator()), Long.toString(r.students())));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : MetricResultsCsv.plain(value);
    }
}
