package org.flashlight.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flashlight.core.bundle.Grades;
import org.junit.jupiter.api.Test;

class TestTestCatalog {

    private static final TestCatalog BUILT_IN = TestCatalog.builtIn();

    private static BigDecimal bd(long value) {
        return BigDecimal.valueOf(value);
    }

    private static TestDefinition builtIn(String test, String subject, int grade) {
        return BUILT_IN.find(test, subject, grade)
                .orElseThrow(() -> new AssertionError("no built-in row " + test + "/" + subject + "/" + grade));
    }

    private static TestDefinition definition(String test, String subject, int grade, long min, long max,
            int levels, int proficient, List<Long> cuts, String source) {
        return new TestDefinition(test, subject, grade, bd(min), bd(max), levels, proficient,
                cuts.stream().map(BigDecimal::valueOf).toList(), source);
    }

    private static List<TestDefinition> parse(String csv) throws IOException {
        return TestCatalog.parseBuiltIn(new BufferedReader(new StringReader(csv)));
    }

    // ---------------------------------------------------------------- the shipped table as a whole

    @Test
    void builtInTableLoadsWithTheExpectedNumberOfRowsPerTest() {
        Map<String, Long> rowsPerTest = BUILT_IN.all().stream()
                .collect(Collectors.groupingBy(TestDefinition::test, Collectors.counting()));

        assertThat(rowsPerTest).containsExactlyInAnyOrderEntriesOf(Map.of(
                "sbac", 14L,   // ela, math x grades 3-8, 11
                "parcc", 18L,  // ela, math x grades 3-8, 9, 10, 11
                "mcas", 18L,   // ela, math x 3-8, 10; science 5, 8, 9, 10
                "access", 13L, // elp KG-12
                "elpac", 13L,  // elp KG-12
                "sat", 8L,     // erw, math x 9-12
                "act", 4L,     // composite 9-12
                "ap", 4L,      // * 9-12
                "ib", 4L));    // * 9-12
    }

    @Test
    void everyBuiltInRowHasMinBelowMaxAndACitedSource() {
        assertThat(BUILT_IN.all()).allSatisfy(d -> {
            assertThat(d.minScaleScore()).as(label(d)).isLessThan(d.maxScaleScore());
            assertThat(d.source()).as(label(d)).isNotBlank();
            assertThat(d.test()).as(label(d)).matches("[a-z]+");
            assertThat(d.subject()).as(label(d)).matches("[a-z]+|\\*");
            assertThat(d.grade()).as(label(d)).isBetween(Grades.PK, 12);
        });
    }

    @Test
    void everyBuiltInRowWithLevelsHasLevelsMinusOneStrictlyAscendingCutsInsideTheRange() {
        assertThat(BUILT_IN.all()).allSatisfy(d -> {
            if (d.levels() == 0) {
                assertThat(d.cuts()).as(label(d)).isEmpty();
                assertThat(d.proficientLevel()).as(label(d)).isZero();
                return;
            }
            assertThat(d.levels()).as(label(d)).isBetween(2, 5);
            assertThat(d.cuts()).as(label(d)).hasSize(d.levels() - 1);
            assertThat(d.proficientLevel()).as(label(d)).isBetween(2, d.levels());
            BigDecimal previous = d.minScaleScore();
            for (BigDecimal cut : d.cuts()) {
                // strictly inside (min, max]: level 1 is never empty, and every cut is reachable
                assertThat(cut).as(label(d) + " cut " + cut).isGreaterThan(previous);
                assertThat(cut).as(label(d) + " cut " + cut).isLessThanOrEqualTo(d.maxScaleScore());
                previous = cut;
            }
        });
    }

    @Test
    void proficientLevelsMatchTheMetricsContract() {
        // metrics.md: SBAC 3, PARCC 4, MCAS 3; ELPAC 4 (Well Developed); ACCESS 5 (see the encoding in docs/tests.md)
        Map<String, Integer> expected = Map.of("sbac", 3, "parcc", 4, "mcas", 3, "elpac", 4, "access", 5);
        assertThat(BUILT_IN.all()).filteredOn(d -> expected.containsKey(d.test()))
                .allSatisfy(d -> assertThat(d.proficientLevel()).as(label(d)).isEqualTo(expected.get(d.test())));
    }

    // ---------------------------------------------------------------- spot checks against the cited documents

    @Test
    void sbacGrade3ElaMatchesTheCaasppAppendixA() {
        // CAASPP Scoring and Reporting Guide, Appendix A, ELA/literacy: prior LOSS 2114 (2114-2366 "Standard Not
        // Met"), current HOSS 2650 (2490-2650 "Standard Exceeded"); thresholds 2367 / 2432 / 2490.
        TestDefinition d = builtIn("sbac", "ela", 3);

        assertThat(d.minScaleScore()).isEqualByComparingTo("2114");
        assertThat(d.maxScaleScore()).isEqualByComparingTo("2650");
        assertThat(d.cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(2367), bd(2432), bd(2490));
        assertThat(d.levels()).isEqualTo(4);
    }

    @Test
    void sbacGrade11MathMatchesTheCaasppAppendixA() {
        // CAASPP Scoring and Reporting Guide, Appendix A, Mathematics grade 11: prior 2280-2542 ... 2718-2862,
        // current 2280-2542 ... 2718-2900.
        TestDefinition d = builtIn("sbac", "math", 11);

        assertThat(d.minScaleScore()).isEqualByComparingTo("2280");
        assertThat(d.maxScaleScore()).isEqualByComparingTo("2900");
        assertThat(d.cut(3)).hasValueSatisfying(cut -> assertThat(cut).isEqualByComparingTo("2628"));
        assertThat(d.cut(4)).hasValueSatisfying(cut -> assertThat(cut).isEqualByComparingTo("2718"));
    }

    @Test
    void parccLevelFiveThresholdsDifferByTestAndHighSchoolMathFollowsTheCourseMapping() {
        // PARCC thresholds (2015): levels 2-4 at 700/725/750; level 5 ELA grade 3 = 810, Algebra I = 805,
        // Geometry = 783, Algebra II = 808 (mapped to grades 9, 10, 11).
        assertThat(builtIn("parcc", "ela", 3).cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(700), bd(725), bd(750), bd(810));
        assertThat(builtIn("parcc", "math", 9).cut(5)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("805"));
        assertThat(builtIn("parcc", "math", 10).cut(5)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("783"));
        assertThat(builtIn("parcc", "math", 11).cut(5)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("808"));
        assertThat(builtIn("parcc", "ela", 11).minScaleScore()).isEqualByComparingTo("650");
        assertThat(builtIn("parcc", "ela", 11).maxScaleScore()).isEqualByComparingTo("850");
    }

    @Test
    void mcasNextGenerationUsesTheSameScaleAndCutsForEveryTest() {
        // DESE interim CD standard tables: Not Meeting 440-469, Partially Meeting 470-499, Meeting 500-529,
        // Exceeding 530-560.
        assertThat(BUILT_IN.all()).filteredOn(d -> d.test().equals("mcas")).allSatisfy(d -> {
            assertThat(d.minScaleScore()).isEqualByComparingTo("440");
            assertThat(d.maxScaleScore()).isEqualByComparingTo("560");
            assertThat(d.cuts()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(bd(470), bd(500), bd(530));
        });
    }

    @Test
    void accessProficientCutIsTheDcExitScoreOnTheOverallComposite() {
        // WIDA Overall composite cuts (2016-17 standard setting): KG PL 5.0 = 325; grade 1 PL 4.0 = 315 and
        // PL 5.0 = 344, so PL 4.5 = 329.5, i.e. 330 as a whole scale score (OSSE exit: 5.0 KG, 4.5 grades 1-12).
        TestDefinition kindergarten = builtIn("access", "elp", Grades.KG);
        TestDefinition grade1 = builtIn("access", "elp", 1);
        TestDefinition grade12 = builtIn("access", "elp", 12);

        assertThat(kindergarten.cut(kindergarten.proficientLevel()))
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("325"));
        assertThat(grade1.cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(242), bd(274), bd(315), bd(330));
        assertThat(grade12.cut(5)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("418"));
        assertThat(grade12.minScaleScore()).isEqualByComparingTo("100");
        assertThat(grade12.maxScaleScore()).isEqualByComparingTo("600");
    }

    @Test
    void elpacMatchesTheSummativeScaleScoreRangesTable() {
        // "Summative ELPAC Overall Scale Score Ranges (2018-19 and Forward)": kindergarten 1150-1373 | 1374-1421 |
        // 1422-1473 | 1474-1700; grades 11-12 ... 1615-1950.
        TestDefinition kindergarten = builtIn("elpac", "elp", Grades.KG);
        assertThat(kindergarten.cuts()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(bd(1374), bd(1422), bd(1474));
        assertThat(kindergarten.maxScaleScore()).isEqualByComparingTo("1700");
        assertThat(builtIn("elpac", "elp", 12).cut(4)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("1615"));
        assertThat(builtIn("elpac", "elp", 12).maxScaleScore()).isEqualByComparingTo("1950");
    }

    @Test
    void collegeReadinessTestsHaveRangesButNoLevels() {
        TestDefinition sat = builtIn("sat", "erw", 11);
        TestDefinition act = builtIn("act", "composite", 12);

        assertThat(sat.levels()).isZero();
        assertThat(sat.minScaleScore()).isEqualByComparingTo("200");
        assertThat(sat.maxScaleScore()).isEqualByComparingTo("800");
        assertThat(act.minScaleScore()).isEqualByComparingTo("1");
        assertThat(act.maxScaleScore()).isEqualByComparingTo("36");
        assertThat(sat.levelOf(bd(600))).isEmpty();
    }

    // ---------------------------------------------------------------- lookup and overrides

    @Test
    void findMatchesAnyApOrIbExamCodeThroughTheStarRow() {
        TestDefinition calculus = builtIn("ap", "calculus_ab", 11);

        assertThat(calculus.subject()).isEqualTo(TestDefinition.ANY_SUBJECT);
        assertThat(calculus.maxScaleScore()).isEqualByComparingTo("5");
        assertThat(builtIn("ib", "biology_hl", 12).maxScaleScore()).isEqualByComparingTo("7");
        assertThat(BUILT_IN.find("ap", "calculus_ab", 8)).isEmpty();
    }

    @Test
    void findPrefersAnExactSubjectOverTheStarRow() {
        TestDefinition anyExam = definition("ap", "*", 11, 1, 5, 0, 0, List.of(), "any");
        TestDefinition calculus = definition("ap", "calculus_ab", 11, 1, 5, 5, 3,
                List.of(2L, 3L, 4L, 5L), "calculus");
        TestCatalog catalog = TestCatalog.of(List.of(anyExam, calculus));

        assertThat(catalog.find("ap", "calculus_ab", 11)).contains(calculus);
        assertThat(catalog.find("ap", "biology", 11)).contains(anyExam);
        assertThat(catalog.find("ib", "biology", 11)).isEmpty();
    }

    @Test
    void withOverridesReplacesABuiltInRowAndLeavesTheRestAndTheOriginalUntouched() {
        TestDefinition custom = definition("sbac", "ela", 3, 2000, 3000, 4, 3, List.of(2400L, 2450L, 2500L), "");
        TestDefinition stateTest = definition("state_x", "ela", 3, 100, 300, 3, 2, List.of(150L, 200L), "");

        TestCatalog catalog = BUILT_IN.withOverrides(List.of(custom, stateTest));

        assertThat(catalog.find("sbac", "ela", 3)).contains(custom);
        assertThat(catalog.find("state_x", "ela", 3)).contains(stateTest);
        assertThat(catalog.find("sbac", "ela", 4)).isEqualTo(BUILT_IN.find("sbac", "ela", 4));
        assertThat(catalog.all()).hasSize(BUILT_IN.all().size() + 1);
        assertThat(builtIn("sbac", "ela", 3).cut(3)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("2432"));
    }

    @Test
    void allIsSortedByTestSubjectAndGrade() {
        List<TestDefinition> all = BUILT_IN.all();
        List<TestDefinition> access = all.stream().filter(d -> d.test().equals("access")).toList();

        assertThat(all.getFirst().test()).isEqualTo("access");
        assertThat(access).extracting(TestDefinition::grade).isSorted();
        assertThat(access.getFirst().grade()).isEqualTo(Grades.KG);
    }

    // ---------------------------------------------------------------- TestDefinition behaviour

    @Test
    void levelOfPutsAScoreOnACutInTheHigherLevel() {
        TestDefinition d = builtIn("sbac", "ela", 3); // cuts 2367 / 2432 / 2490

        assertThat(d.levelOf(bd(2114))).contains(1);
        assertThat(d.levelOf(bd(2366))).contains(1);
        assertThat(d.levelOf(bd(2367))).contains(2);
        assertThat(d.levelOf(bd(2431))).contains(2);
        assertThat(d.levelOf(bd(2432))).contains(3);
        assertThat(d.levelOf(bd(2490))).contains(4);
        assertThat(d.levelOf(bd(2650))).contains(4);
    }

    @Test
    void levelOfComparesDecimalScoresByValue() {
        TestDefinition d = builtIn("mcas", "math", 7);

        assertThat(d.levelOf(new BigDecimal("500.0"))).contains(3);
        assertThat(d.levelOf(new BigDecimal("499.99"))).contains(2);
    }

    @Test
    void cutIsEmptyOutsideLevelsTwoToLevels() {
        TestDefinition d = builtIn("parcc", "math", 8);

        assertThat(d.cut(1)).isEmpty();
        assertThat(d.cut(6)).isEmpty();
        assertThat(d.cut(4)).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("750"));
    }

    @Test
    void inRangeIncludesBothEnds() {
        TestDefinition d = builtIn("mcas", "ela", 10);

        assertThat(d.inRange(bd(440))).isTrue();
        assertThat(d.inRange(bd(560))).isTrue();
        assertThat(d.inRange(bd(439))).isFalse();
        assertThat(d.inRange(bd(240))).as("a legacy MCAS score").isFalse();
    }

    @Test
    void definitionRejectsTheWrongNumberOfCutsAndMinAboveMax() {
        assertThatThrownBy(() -> definition("x", "ela", 3, 100, 200, 4, 3, List.of(120L, 150L), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need 3 cuts");
        assertThatThrownBy(() -> definition("x", "ela", 3, 300, 200, 0, 0, List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min_scale_score above max");
    }

    // ---------------------------------------------------------------- the parser

    @Test
    void parserKeepsCommasInTheSourceColumnAndSkipsCommentsAndBlankLines() throws IOException {
        List<TestDefinition> rows = parse("""
                test,subject,grade,min_scale_score,max_scale_score,levels,proficient_level,cut_2,cut_3,cut_4,cut_5,source
                # a comment, with commas
                x,ela,KG,100,200,3,2,120,150,,,Publisher, "Title, with commas" (2024)

                x,*,12,1,5,,,,,,,Any exam
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).grade()).isEqualTo(Grades.KG);
        assertThat(rows.get(0).source()).isEqualTo("Publisher, \"Title, with commas\" (2024)");
        assertThat(rows.get(0).cuts()).usingElementComparator(BigDecimal::compareTo).containsExactly(bd(120), bd(150));
        assertThat(rows.get(1).levels()).isZero();
        assertThat(rows.get(1).proficientLevel()).isZero();
        assertThat(rows.get(1).subject()).isEqualTo("*");
    }

    @Test
    void parserRejectsAnUnexpectedHeaderAndAMissingCut() {
        assertThatThrownBy(() -> parse("grade,test\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unexpected header");
        assertThatThrownBy(() -> parse("""
                test,subject,grade,min_scale_score,max_scale_score,levels,proficient_level,cut_2,cut_3,cut_4,cut_5,source
                x,ela,3,100,200,4,3,120,150,,,source
                """)).isInstanceOf(NumberFormatException.class);
    }

    private static String label(TestDefinition d) {
        return d.test() + "/" + d.subject() + "/" + Grades.label(d.grade());
    }
}
