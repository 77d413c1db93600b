package org.flashlight.core.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worked examples in docs/worked-examples are the golden files: the tables marked <i>(checked)</i>, computed
 * by hand, are read here and compared cell by cell with the program's results on the same fixtures
 * ({@link TestCoreGolden}, {@link TestStarGolden}). A cell may show its arithmetic: the number after its last
 * {@code =} is the one compared; decimals shown to 6 places are compared at 6 places.
 */
class TestWorkedExamples {
    private static final Path DOCS = Path.of("..", "docs", "worked-examples");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?");

    /** The rows (cells trimmed) of the n-th table marked (checked) in a worked example. */
    static List<List<String>> checkedTable(String file, int n) throws IOException {
        List<String> lines = Files.readAllLines(DOCS.resolve(file));
        int seen = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("*(checked)*") && ++seen == n) {
                int start = i + 1;
                while (!lines.get(start).startsWith("|")) {
                    start++;
                }
                List<List<String>> rows = new ArrayList<>();
                for (int k = start + 2; k < lines.size() && lines.get(k).startsWith("|"); k++) {
                    String line = lines.get(k).trim();
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                        cells.add(cell.trim());
                    }
                    rows.add(cells);
                }
                return rows;
            }
        }
        throw new AssertionError(file + " has no table number " + n + " marked (checked)");
    }

    /** The number a cell states (after its arithmetic), or empty for "-" and blank cells. */
    static Optional<BigDecimal> number(String cell) {
        String text = cell.contains("=") ? cell.substring(cell.lastIndexOf('=') + 1).trim() : cell;
        Matcher m = NUMBER.matcher(text);
        return m.find() ? Optional.of(new BigDecimal(m.group())) : Optional.empty();
    }

    /**
     * A cell with 6 decimals is a rounded display: compared at 6 places. Any other is exact: compared within the
     * last of the scorer's 34 digits (a quotient such as 75 x 224/3 is rounded there).
     */
    static void assertCell(BigDecimal actual, String cell, String what) {
        BigDecimal expected = number(cell).orElseThrow(() -> new AssertionError(what + ": no number in " + cell));
        assertThat(actual).as("%s: %s", what, cell).isNotNull();
        if (expected.scale() == 6) {
            assertThat(actual.setScale(6, RoundingMode.HALF_UP)).as("%s: %s", what, cell)
                    .isEqualByComparingTo(expected);
        } else {
            assertThat(actual.subtract(expected).abs()).as("%s: %s is %s", what, cell, actual)
                    .isLessThan(new BigDecimal("1e-25"));
        }
    }

    // ---- core-sqii

    @Test
    void coreLevelsTable() throws IOException {
        TestCoreGolden.score();
        String[] metrics = {TestCoreGolden.ELA, TestCoreGolden.MATH, TestCoreGolden.CHRONIC, TestCoreGolden.SUSPENSION};
        List<List<String>> rows = checkedTable("core-sqii.md", 0);
        assertThat(rows).hasSize(12);
        for (List<String> row : rows) {
            for (int m = 0; m < metrics.length; m++) {
                Optional<MetricScore> score = Fixtures.metricScore(TestCoreGolden.outcome, 2024, row.get(0), "",
                        metrics[m], "all");
                Optional<BigDecimal> level = number(row.get(2 + 2 * m));
                assertThat(score.map(MetricScore::level).map(BigDecimal::valueOf)).as(row.get(0) + " " + metrics[m])
                        .isEqualTo(level);
            }
        }
    }

    @Test
    void coreIndexTable() throws IOException {
        TestCoreGolden.score();
        String[] metrics = {TestCoreGolden.ELA, TestCoreGolden.MATH, TestCoreGolden.CHRONIC, TestCoreGolden.SUSPENSION};
        List<List<String>> rows = checkedTable("core-sqii.md", 1);
        assertThat(rows).hasSize(12);
        for (List<String> row : rows) {
            String school = row.get(0);
            for (int m = 0; m < metrics.length; m++) {
                String metric = metrics[m];
                Optional<ScoreLine> line = TestCoreGolden.outcome.lines().stream().filter(l -> l.schoolYear() == 2024
                        && l.schoolId().equals(school) && metric.equals(l.metric()) && l.group().isEmpty()).findFirst();
                if (number(row.get(1 + m)).isEmpty()) {
                    assertThat(line).as(school + " " + metric).isEmpty();
                } else {
                    assertCell(line.orElseThrow().points(), row.get(1 + m), school + " " + metric + " points");
                }
            }
            SchoolScore result = Fixtures.result(TestCoreGolden.outcome, 2024, school, "");
            assertCell(result.score(), row.get(5), school + " index");
            assertThat(result.rating()).as(school).isEqualTo(row.get(6));
        }
    }

    // ---- dc-star

    @Test
    void starFloorsAndTargetsTable() throws IOException {
        TestStarGolden.score();
        List<List<String>> rows = checkedTable("dc-star.md", 0);
        assertThat(rows).hasSize(13);
        for (List<String> row : rows) {
            String what = String.join(" ", row.subList(0, 3));
            ScoringRule rule = Fixtures.rule(TestStarGolden.outcome, 2024, row.get(0), row.get(1), row.get(2));
            assertThat(rule.method()).as(what).isEqualTo(row.get(3));
            assertThat(rule.schools()).as(what).isEqualTo(Integer.parseInt(row.get(4)));
            assertThat(rule.baseYear()).isEqualTo(2022);
            assertCell(rule.floor(), row.get(7), what + " floor");
            assertCell(rule.target(), row.get(8), what + " target");
        }
    }

    @Test
    void starElementaryPointsTable() throws IOException {
        TestStarGolden.score();
        String[] metrics = {TestStarGolden.ELA, TestStarGolden.MGP, TestStarGolden.A90, TestStarGolden.GROWTH};
        List<List<String>> rows = checkedTable("dc-star.md", 1);
        assertThat(rows).hasSize(6);
        for (List<String> row : rows) {
            String school = row.get(0);
            for (int m = 0; m < metrics.length; m++) {
                MetricScore score = Fixtures.metricScore(TestStarGolden.outcome, 2024, school, TestStarGolden.E,
                        metrics[m], "all").orElseThrow();
                assertCell(score.points(), row.get(1 + m), school + " " + metrics[m]);
            }
            Optional<MetricScore> observation = Fixtures.metricScore(TestStarGolden.outcome, 2024, school,
                    TestStarGolden.E, TestStarGolden.CLASS, "all");
            assertThat(observation.map(MetricScore::points).map(BigDecimal::stripTrailingZeros))
                    .as(school + " CLASS").isEqualTo(number(row.get(6)).map(BigDecimal::stripTrailingZeros));
            ScoreLine group = TestStarGolden.outcome.lines().stream().filter(l -> l.schoolYear() == 2024
                    && l.schoolId().equals(school) && l.frameworkLevel().equals(TestStarGolden.E)
                    && l.step().equals("group") && l.group().equals("all")).findFirst().orElseThrow();
            assertCell(group.points(), row.get(7), school + " earned");
            assertCell(group.possible(), row.get(8), school + " possible");
            assertCell(group.value(), row.get(9), school + " group score");
        }
    }

    @Test
    void starScoresTable() throws IOException {
        TestStarGolden.score();
        List<List<String>> rows = checkedTable("dc-star.md", 2);
        assertThat(rows).hasSize(14);
        Set<String> seen = new java.util.HashSet<>();
        for (List<String> row : rows) {
            SchoolScore result = Fixtures.result(TestStarGolden.outcome, 2024, row.get(0), row.get(1));
            assertCell(result.score(), row.get(4), row.get(0) + " " + row.get(1) + " score");
            assertThat(result.rating()).as(row.get(0)).isEqualTo(row.get(5));
            seen.add(row.get(0) + " " + row.get(1));
        }
        // the table covers every result of 2024
        assertThat(TestStarGolden.outcome.schools().stream().filter(s -> s.schoolYear() == 2024)).hasSize(seen.size());
    }
}
