package org.flashlight.duckdb.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.flashlight.core.group.EconomicDisadvantageRule.DC_AT_RISK;
import static org.flashlight.core.group.EconomicDisadvantageRule.FRL_OR_DIRECT_CERT;
import static org.flashlight.duckdb.group.GroupFixture.columns;
import static org.flashlight.duckdb.group.GroupFixture.groups;
import static org.flashlight.duckdb.group.GroupFixture.groupsOf;
import static org.flashlight.duckdb.group.GroupFixture.memberships;
import static org.flashlight.duckdb.group.GroupFixture.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flashlight.core.group.EconomicDisadvantageRule;
import org.flashlight.core.group.StudentGroup;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadProgress;
import org.flashlight.duckdb.load.ValidBundle;
import org.flashlight.ingest.BundleFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Student groups on hand-made bundles in a real in-process DuckDB. Every expected membership is
 * derived by hand from the rules (shared/spec/metrics.md "Student groups", R-13, R-15, R-16), in the
 * comments next to it. School year 2024 = 2023-24: its fall's Sept 30 is 2023-09-30, and the four
 * school years ending with it (el_ever) run from 2020-07-01 to 2024-06-30.
 */
class TestStudentGroups {
    @TempDir
    Path temp;

    private BundleDatabase db;
    private GroupFixture bundle;

    @BeforeEach
    void openDatabase() {
        db = BundleDatabase.inMemory();
        bundle = new GroupFixture(db);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    // ------------------------------------------------------------------------------------ every group

    /**
     * One 2024 student per situation. Students without a stay or a birth date given are born
     * 2010-01-15 (13 on 2023-09-30) and have no high-school stay, so never over-age.
     */
    private void everyGroupCast() {
        bundle.school(2024, "H1", false)
                .student(2024, "S01", null, "hispanic", "el", null, "frl snap")
                .student(2024, "S02", null, "black", "eo", null, "direct_certified")
                .student(2024, "S03", null, "white", "eo", null, "swd frl !snap")
                .student(2024, "S04", null, "asian", "rfep", "2022-05-15", "")
                .student(2024, "S05", null, "american_indian", "ifep", null,
                        "!swd !frl !direct_certified !tanf !snap !foster_care !homeless !migrant")
                .student(2024, "S06", null, "pacific_islander", "tbd", null, "homeless")
                .student(2024, "S07", null, "two_or_more", "el", null, "swd")
                .student(2024, "S08", null, null, null, null, "")
                .student(2024, "S09", null, "black", "eo", null, "tanf migrant")
                .student(2024, "S10", "2006-09-30", "hispanic", "eo", null, "")
                .stay(2024, "S10", "H1", "9", "2023-08-21");
    }

    @Test
    void everyGroupUnderFrlOrDirectCert() {
        everyGroupCast();

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        // econ_disadv = frl or direct_certified; high_needs = el or swd or that; target = (black or hispanic) and that
        assertThat(memberships(db)).containsExactly(
                entry("2024/S01", groups("hispanic el el_ever econ_disadv high_needs target_group")), // frl
                entry("2024/S02", groups("black econ_disadv high_needs target_group")), // direct_certified
                entry("2024/S03", groups("white swd econ_disadv high_needs not_target_group")), // white: not target
                entry("2024/S04", groups("asian el_ever not_target_group")), // rfep 2022-05-15 is in the window
                entry("2024/S05", groups("american_indian not_target_group")), // every flag false
                entry("2024/S06", groups("pacific_islander not_target_group")), // homeless is not frl
                entry("2024/S07", groups("two_or_more el el_ever swd high_needs not_target_group")),
                entry("2024/S08", groups("not_target_group")), // no race, no el status, all flags NULL
                entry("2024/S09", groups("black not_target_group")), // tanf is not frl; migrant is no group
                entry("2024/S10", groups("hispanic not_target_group"))); // over-age counts only in dc_at_risk
    }

    @Test
    void everyGroupUnderDcAtRisk() {
        everyGroupCast();

        StudentGroups.create(db, DC_AT_RISK);

        // econ_disadv = tanf/snap/foster_care/homeless/over-age; high_needs and the target pair still use frl
        assertThat(memberships(db)).containsExactly(
                entry("2024/S01", groups("hispanic el el_ever econ_disadv high_needs target_group")), // snap
                entry("2024/S02", groups("black high_needs target_group")), // direct_certified only: not at risk
                entry("2024/S03", groups("white swd high_needs not_target_group")), // frl only: not at risk
                entry("2024/S04", groups("asian el_ever not_target_group")),
                entry("2024/S05", groups("american_indian not_target_group")),
                entry("2024/S06", groups("pacific_islander econ_disadv not_target_group")), // homeless
                entry("2024/S07", groups("two_or_more el el_ever swd high_needs not_target_group")),
                entry("2024/S08", groups("not_target_group")),
                entry("2024/S09", groups("black econ_disadv not_target_group")), // tanf
                // born 2006-09-30: 17 on 2023-09-30 >= grade 9 + 6
                entry("2024/S10", groups("hispanic econ_disadv not_target_group")));
    }

    @Test
    void theGroupIdsWrittenAreExactlyTheCatalogsStudentYearGroups() {
        everyGroupCast();

        StudentGroups.create(db, DC_AT_RISK);

        Set<String> written = query(db, "SELECT DISTINCT group_id FROM student_groups").stream()
                .map(r -> r.get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(written).containsExactlyInAnyOrderElementsOf(
                StudentGroup.perStudentYear().stream().map(StudentGroup::id).toList());
        assertThat(written).doesNotContain("all", "lowest_race", "lowest_25pct");
    }

    @Test
    void tablesHaveTheDocumentedColumns() {
        everyGroupCast();

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        assertThat(columns(db, "student_groups"))
                .containsExactly("school_year INTEGER", "student_id VARCHAR", "group_id VARCHAR");
        assertThat(columns(db, "school_farms")).containsExactly("school_year INTEGER", "school_id VARCHAR",
                "cep BOOLEAN", "enrolled BIGINT", "frl_or_direct_cert BIGINT", "direct_certified BIGINT",
                "farms_estimate DECIMAL(18,1)");
        assertThat(columns(db, "nearest_student_year"))
                .containsExactly("school_year INTEGER", "student_id VARCHAR", "source_year INTEGER");
        assertThat(columns(db, "nearest_student_groups")).containsExactly("school_year INTEGER",
                "student_id VARCHAR", "source_year INTEGER", "group_id VARCHAR");
        assertThat(columns(db, "group_rules")).containsExactly("name VARCHAR", "value VARCHAR");
    }

    // ------------------------------------------------------------------------------------ el_ever

    /**
     * el_ever in 2024 = el, or rfep reclassified in the four school years 2020-21 .. 2023-24, i.e.
     * 2020-07-01 .. 2024-06-30. 2020-06-30 is the last day of 2019-20, the fifth school year back.
     */
    @ParameterizedTest(name = "{0} reclassified {1}: el_ever {2}")
    @CsvSource(nullValues = "NULL", value = {
            "rfep, 2020-06-30, false", // last day of 2019-20: five school years back
            "rfep, 2020-07-01, true",  // first day of 2020-21: the earliest of the four
            "rfep, 2019-07-01, false", // July 1 five years back
            "rfep, 2022-01-10, true",
            "rfep, 2024-06-30, true",  // last day of 2023-24
            "rfep, 2024-07-01, false", // after the school year
            "rfep, NULL, false",       // rfep with no date: not known to be recent
            "ifep, 2022-01-10, false", // only rfep counts as exited
            "el, NULL, true",          // current EL
            "eo, NULL, false"})
    void elEverWindowIsTheFourSchoolYearsEndingWithThisOne(String elStatus, String reclassified, boolean expected) {
        bundle.student(2024, "E1", null, "white", elStatus, reclassified, "");

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        assertThat(groupsOf(db, 2024, "E1").contains("el_ever")).isEqualTo(expected);
        assertThat(groupsOf(db, 2024, "E1").contains("el")).isEqualTo(elStatus.equals("el"));
    }

    @Test
    void groupsFollowEachYearsOwnRow() {
        // el in 2023, reclassified 2023-09-15 and rfep in 2024
        bundle.student(2023, "Y1", null, "asian", "el", null, "")
                .student(2024, "Y1", null, "asian", "rfep", "2023-09-15", "");

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        assertThat(memberships(db)).containsExactly(
                entry("2023/Y1", groups("asian el el_ever high_needs not_target_group")),
                entry("2024/Y1", groups("asian el_ever not_target_group"))); // no longer el, so not high_needs
    }

    // ------------------------------------------------------------------------------------ over-age

    /**
     * Over-age in 2024: whole years of age on 2023-09-30 >= lowest grade 9-12 + 6. A 9th grader needs
     * 15: born 2008-09-30 turns 15 on the day; born 2008-10-01 turns 15 the day after.
     */
    @ParameterizedTest(name = "born {0}, grade {1}: over-age {2}")
    @CsvSource(nullValues = "NULL", value = {
            "2008-09-30, 9, true",   // 15 on 2023-09-30 (birthday that day)
            "2008-10-01, 9, false",  // 14 on 2023-09-30, 15 on 2023-10-01
            "2008-02-29, 9, true",   // leap-day birth: 15 since 2023-02-28/03-01
            "2005-09-30, 12, true",  // 18 >= 12 + 6
            "2005-10-01, 12, false", // 17
            "2007-09-30, 10, true",  // 16 >= 10 + 6
            "2000-01-01, 8, false",  // 23, but grade 8 is not high school
            "2000-01-01, KG, false",
            "NULL, 9, false"})       // no birth date: not known to be over-age
    void overAgeIsAgeOnSeptember30AtLeastGradePlusSix(String birthDate, String grade, boolean expected) {
        bundle.school(2024, "H1", false)
                .student(2024, "A1", birthDate, "white", "eo", null, "!tanf !snap !foster_care !homeless")
                .stay(2024, "A1", "H1", grade, "2023-08-21");

        StudentGroups.create(db, DC_AT_RISK);

        assertThat(groupsOf(db, 2024, "A1").contains("econ_disadv")).isEqualTo(expected);
    }

    @Test
    void overAgeUsesTheLowestHighSchoolGradeOfAllTheYearsStays() {
        bundle.school(2024, "H1", false).school(2024, "H2", false).school(2024, "H3", false)
                // lowest grade 9-12 = 10 (not the first stay's 11 nor the last's 12): needs 16 on 2023-09-30;
                // born 2007-09-30 is 16 -> over-age (with 11 or 12 it would not be)
                .student(2024, "L1", "2007-09-30", "white", "eo", null, "")
                .stay(2024, "L1", "H1", "11", "2023-08-21")
                .stay(2024, "L1", "H2", "10", "2024-01-08")
                .stay(2024, "L1", "H3", "12", "2024-03-04")
                // grade 8 then 9: lowest grade 9-12 = 9, needs 15; born 2009-09-30 is 14 -> not over-age
                // (counting the grade-8 stay would need only 14)
                .student(2024, "L2", "2009-09-30", "white", "eo", null, "")
                .stay(2024, "L2", "H1", "8", "2023-08-21")
                .stay(2024, "L2", "H2", "9", "2024-01-08");

        StudentGroups.create(db, DC_AT_RISK);

        assertThat(groupsOf(db, 2024, "L1")).contains("econ_disadv");
        assertThat(groupsOf(db, 2024, "L2")).doesNotContain("econ_disadv");
    }

    @Test
    void oneDesignationPerStudentYearWhateverTheSchool() {
        bundle.school(2023, "M1", false).school(2024, "M1", false).school(2024, "H1", false)
                // 2023: grade 8 only -> not over-age. 2024: grade 9 at H1 and a stay at M1 in grade 8;
                // born 2008-06-01 is 15 on 2023-09-30 -> over-age for the whole year, at both schools
                .student(2023, "D1", "2008-06-01", "black", "eo", null, "")
                .stay(2023, "D1", "M1", "8", "2022-08-22")
                .student(2024, "D1", "2008-06-01", "black", "eo", null, "")
                .stay(2024, "D1", "M1", "8", "2023-08-21")
                .stay(2024, "D1", "H1", "9", "2024-01-08");

        StudentGroups.create(db, DC_AT_RISK);

        assertThat(query(db, "SELECT school_year, count(*) FROM student_groups WHERE student_id = 'D1'"
                + " AND group_id = 'econ_disadv' GROUP BY school_year")).containsExactly(List.of("2024", "1"));
        assertThat(query(db, "SELECT count(*) FROM student_groups GROUP BY school_year, student_id, group_id"
                + " HAVING count(*) > 1")).isEmpty();
    }

    // ------------------------------------------------------------------------------------ econ rules

    @ParameterizedTest(name = "{0} alone")
    @ValueSource(strings = {"snap", "tanf", "foster_care", "homeless"})
    void oneAtRiskFlagAloneMakesEconDisadvUnderDcAtRiskOnly(String flag) {
        bundle.student(2024, "R1", null, "hispanic", "eo", null, flag + " !frl !direct_certified");

        StudentGroups.create(db, DC_AT_RISK);
        // at risk, but neither frl nor direct_certified: not high_needs, not target_group
        assertThat(groupsOf(db, 2024, "R1")).isEqualTo(groups("hispanic econ_disadv not_target_group"));

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);
        assertThat(groupsOf(db, 2024, "R1")).isEqualTo(groups("hispanic not_target_group"));
    }

    @ParameterizedTest
    @EnumSource(EconomicDisadvantageRule.class)
    void highNeedsAndTargetGroupUseFrlOrDirectCertWhateverTheRule(EconomicDisadvantageRule rule) {
        // frl only: target_group and high_needs under both rules; econ_disadv only under frl_or_direct_cert
        bundle.student(2024, "T1", null, "black", "eo", null, "frl !tanf !snap !foster_care !homeless")
                // snap only: never target_group nor high_needs
                .student(2024, "T2", null, "hispanic", "eo", null, "snap !frl !direct_certified");

        StudentGroups.create(db, rule);

        assertThat(groupsOf(db, 2024, "T1")).contains("target_group", "high_needs").doesNotContain("not_target_group");
        assertThat(groupsOf(db, 2024, "T2")).contains("not_target_group").doesNotContain("target_group", "high_needs");
        assertThat(groupsOf(db, 2024, "T1").contains("econ_disadv")).isEqualTo(rule == FRL_OR_DIRECT_CERT);
        assertThat(groupsOf(db, 2024, "T2").contains("econ_disadv")).isEqualTo(rule == DC_AT_RISK);
    }

    @Test
    void theRuleIsRecordedAndARunWithAnotherRuleReplacesEverything() {
        bundle.student(2024, "T2", null, "hispanic", "eo", null, "snap");

        StudentGroups.create(db, DC_AT_RISK);
        assertThat(query(db, "SELECT name, value FROM group_rules"))
                .containsExactly(List.of("econ_disadv_rule", "dc_at_risk"));
        assertThat(StudentGroups.recordedRule(db)).isEqualTo(DC_AT_RISK);
        assertThat(groupsOf(db, 2024, "T2")).contains("econ_disadv");

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);
        assertThat(query(db, "SELECT name, value FROM group_rules"))
                .containsExactly(List.of("econ_disadv_rule", "frl_or_direct_cert"));
        assertThat(StudentGroups.recordedRule(db)).isEqualTo(FRL_OR_DIRECT_CERT);
        assertThat(groupsOf(db, 2024, "T2")).doesNotContain("econ_disadv");
    }

    @Test
    void aFailedRunLeavesThePreviousTablesInPlace() {
        bundle.student(2024, "T2", null, "hispanic", "eo", null, "snap");
        StudentGroups.create(db, DC_AT_RISK);
        db.execute("DROP TABLE graduation_cohorts");

        assertThatThrownBy(() -> StudentGroups.create(db, FRL_OR_DIRECT_CERT))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("graduation_cohorts");

        assertThat(StudentGroups.recordedRule(db)).isEqualTo(DC_AT_RISK);
        assertThat(groupsOf(db, 2024, "T2")).contains("econ_disadv");
    }

    // ------------------------------------------------------------------------------------ school_farms

    /** {@code count} students of 2024 at {@code school}, the first {@code dc} directly certified, the next {@code frl} frl. */
    private void students(String school, int count, int dc, int frl) {
        for (int i = 0; i < count; i++) {
            String id = school + "-" + i;
            String flags = i < dc ? "direct_certified" : i < dc + frl ? "frl !direct_certified" : "";
            bundle.student(2024, id, "white", flags).stay(2024, id, school, "5", "2023-08-21");
        }
    }

    @Test
    void farmsEstimateCountsFrlOrDcOutsideCepAndDcTimesOnePointSixCappedInCep() {
        bundle.school(2024, "C70", true).school(2024, "C50", true).school(2024, "C3", true)
                .school(2024, "N1", false).school(2024, "EMPTY", true).school(2023, "N1", false);
        students("C70", 100, 70, 10); // CEP: 70 x 1.6 = 112.0, capped at 100 enrolled
        students("C50", 100, 50, 10); // CEP: 50 x 1.6 = 80.0 (frl does not count in CEP schools)
        students("C3", 10, 3, 4);     // CEP: 3 dc (+ BOTH below) ...
        students("N1", 9, 3, 2);      // non-CEP: 3 dc + 2 frl = 5 ...
        bundle.student(2024, "BOTH", "black", "frl direct_certified")
                .stay(2024, "BOTH", "N1", "5", "2023-08-21") // ... + 1 frl and dc = 6 of 10 enrolled
                .stay(2024, "BOTH", "N1", "5", "2024-02-01") // a second stay: still one student
                .stay(2024, "BOTH", "C3", "5", "2023-12-01"); // ... 4 dc of 11 at C3: 4 x 1.6 = 6.4, kept exact
        bundle.student(2023, "OLD", "white", "frl").stay(2023, "OLD", "N1", "4", "2022-08-22");

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        assertThat(query(db, "SELECT school_year, school_id, cep, enrolled, frl_or_direct_cert, direct_certified,"
                + " farms_estimate FROM school_farms ORDER BY school_year, school_id")).containsExactly(
                List.of("2023", "N1", "false", "1", "1", "0", "1.0"),
                List.of("2024", "C3", "true", "11", "8", "4", "6.4"),
                List.of("2024", "C50", "true", "100", "60", "50", "80.0"),
                List.of("2024", "C70", "true", "100", "80", "70", "100.0"),
                List.of("2024", "EMPTY", "true", "0", "0", "0", "0.0"),
                List.of("2024", "N1", "false", "10", "6", "4", "6.0"));
    }

    // ------------------------------------------------------------------------------------

    @Test
    void nearestStudentYearTakesTheReportingYearElseTheLatestEarlierElseTheEarliestLater() {
        bundle.school(2022, "H1", false).school(2023, "H1", false).school(2024, "H1", false);
        bundle.student(2022, "ALL3", "white", "").student(2023, "ALL3", "white", "").student(2024, "ALL3", "white", "")
                .student(2022, "EARLY", "white", "").student(2023, "EARLY", "white", "") // 2024 -> 2023, not 2022
                .student(2023, "LATE", "white", "").student(2024, "LATE", "white", "") // 2022 -> 2023, not 2024
                .student(2022, "GAP", "white", "").student(2024, "GAP", "white", "") // 2023: earlier 2022 beats later 2024
                .student(2021, "BEFORE", "white", "") // only a row before the bundle's school years
                .student(2024, "NOTCOHORT", "white", ""); // has rows but no cohort row: no entry
        for (String s : List.of("ALL3", "EARLY", "LATE", "GAP", "BEFORE", "NOROW")) { // NOROW: no row at all
            bundle.cohort(2020, s, "H1");
        }

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        assertThat(query(db, "SELECT student_id, school_year, source_year FROM nearest_student_year"
                + " ORDER BY student_id, school_year")).containsExactly(
                List.of("ALL3", "2022", "2022"), List.of("ALL3", "2023", "2023"), List.of("ALL3", "2024", "2024"),
                List.of("BEFORE", "2022", "2021"), List.of("BEFORE", "2023", "2021"), List.of("BEFORE", "2024", "2021"),
                List.of("EARLY", "2022", "2022"), List.of("EARLY", "2023", "2023"), List.of("EARLY", "2024", "2023"),
                List.of("GAP", "2022", "2022"), List.of("GAP", "2023", "2022"), List.of("GAP", "2024", "2024"),
                List.of("LATE", "2022", "2023"), List.of("LATE", "2023", "2023"), List.of("LATE", "2024", "2024"));
    }

    @Test
    void nearestStudentGroupsGivesTheSourceYearsGroups() {
        bundle.school(2023, "H1", false).school(2024, "H1", false)
                .student(2022, "G1", null, "hispanic", "eo", null, "frl") // not used: 2023 is nearer for 2024
                .student(2023, "G1", null, "hispanic", "el", null, "!frl")
                .cohort(2020, "G1", "H1");

        StudentGroups.create(db, FRL_OR_DIRECT_CERT);

        // reporting 2023 and 2024 both use the 2023 row: el, not econ_disadv
        assertThat(query(db, "SELECT school_year, source_year, string_agg(group_id, ' ' ORDER BY group_id)"
                + " FROM nearest_student_groups WHERE student_id = 'G1' GROUP BY ALL ORDER BY school_year"))
                .containsExactly(
                        List.of("2023", "2023", "el el_ever high_needs hispanic not_target_group"),
                        List.of("2024", "2023", "el el_ever high_needs hispanic not_target_group"));
    }

    // ------------------------------------------------------------------------------------ a loaded bundle

    @ParameterizedTest
    @EnumSource(EconomicDisadvantageRule.class)
    void theHandWrittenValidBundleThroughTheLoader(EconomicDisadvantageRule rule) {
        new BundleLoader(db, LoadProgress.NONE).load(BundleFiles.scan(ValidBundle.write(temp.resolve("bundle"))));

        StudentGroups.create(db, rule);

        boolean dc = rule == DC_AT_RISK;
        assertThat(memberships(db)).isEqualTo(Map.of(
                // hispanic el, frl Y, direct_certified Y, snap Y: econ_disadv under both rules
                "2023/000123", groups("hispanic el el_ever econ_disadv high_needs target_group"),
                "2024/000123", groups("hispanic el el_ever econ_disadv high_needs target_group"),
                // white eo swd; born 2008-03-15, grade 10: 15 on 2023-09-30 < 16, not over-age
                "2024/000124", groups("white swd high_needs not_target_group"),
                // rfep reclassified 2020-06-01: before 2020-07-01, not el_ever; foster_care Y: at risk
                "2024/000125", groups("two_or_more not_target_group" + (dc ? " econ_disadv" : "")),
                // every flag empty
                "2024/000126", groups("asian not_target_group")));
        // S001 is CEP both years; 000123 is directly certified, 000126 has empty flags
        assertThat(query(db, "SELECT school_year, school_id, enrolled, farms_estimate FROM school_farms"
                + " ORDER BY school_year, school_id")).containsExactly(
                List.of("2023", "S001", "1", "1.0"), // 1 x 1.6 capped at 1
                List.of("2024", "S001", "2", "1.6"),
                List.of("2024", "S002", "2", "0.0"),
                List.of("2024", "S003", "0", "0.0"));
        // cohort students: 000124 has only a 2024 row; 000200 and 000201 have none (all only)
        assertThat(query(db, "SELECT school_year, student_id, source_year FROM nearest_student_year"
                + " ORDER BY school_year")).containsExactly(
                List.of("2023", "000124", "2024"), List.of("2024", "000124", "2024"));
    }
}
