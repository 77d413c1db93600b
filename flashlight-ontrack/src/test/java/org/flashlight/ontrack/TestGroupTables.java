package org.flashlight.ontrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flashlight.duckdb.metric.MetricResultsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group files of {@code ontrack report --results} on a hand-made metric_results.csv, whose disclosure
 * columns are set as the run sets them (docs/disclosure.md): school s1 hides its target group in 2025 (6
 * students, below min n) and, by complementary suppression, the rest of its students; school s2's target group
 * is top-coded in 2025 (20 of 20, {@code >= 95%}, counts withheld), which hides its rest; s2's whole school is
 * hidden in 2024 (as a neighbouring table could make it). As in a run, a school's row names the level it was
 * scored in, and school s3, scored under two levels, has a whole-school row with an empty framework_level
 * beside its levels' rows. Expected values are worked by hand in the comments.
 */
class TestGroupTables {
    private static final String M = "ninth_grade_on_track";
    private static final String TARGET = "target_group";
    private static final String REST = "not_target_group";

    /** The cells the public view hides or codes: none of them may reach a public file. */
    private static final Set<String> HIDDEN = Set.of("2025|s1|target_group", "2025|s1|not_target_group",
            "2025|s2|target_group", "2025|s2|not_target_group", "2024|s2|all");

    @TempDir
    Path temp;

    /** framework, school_year, level, entity_id, framework_level, metric, group, numerator, denominator, ... */
    private static List<String> fixture() {
        List<String> rows = new ArrayList<>();
        // the state: all shown
        rows.add(row(2025, "state", "state", "", M, "all", 70, 100, "shown"));
        rows.add(row(2025, "state", "state", "", M, TARGET, 12, 30, "shown"));
        rows.add(row(2025, "state", "state", "", M, REST, 58, 70, "shown"));
        rows.add(row(2024, "state", "state", "", M, "all", 60, 90, "shown"));
        rows.add(row(2024, "state", "state", "", M, TARGET, 10, 25, "shown"));
        rows.add(row(2024, "state", "state", "", M, REST, 50, 65, "shown"));
        // s1: 6 target students in 2025, below min n 10; their complement hidden with them
        rows.add(row(2025, "school", "s1", "high", M, "all", 20, 26, "shown"));
        rows.add(row(2025, "school", "s1", "high", M, TARGET, 3, 6, "suppressed"));
        rows.add(row(2025, "school", "s1", "high", M, REST, 17, 20, "suppressed"));
        rows.add(row(2024, "school", "s1", "high", M, "all", 17, 27, "shown"));
        rows.add(row(2024, "school", "s1", "high", M, TARGET, 5, 12, "shown"));
        rows.add(row(2024, "school", "s1", "high", M, REST, 12, 15, "shown"));
        // s2: 20 of 20 target students on track in 2025 is coded >= 95%; its rest hidden; the school hidden in 2024
        rows.add(row(2025, "school", "s2", "high", M, "all", 50, 60, "shown"));
        rows.add(row(2025, "school", "s2", "high", M, TARGET, 20, 20, "coded"));
        rows.add(row(2025, "school", "s2", "high", M, REST, 30, 40, "suppressed"));
        rows.add(row(2024, "school", "s2", "high", M, "all", 38, 60, "suppressed"));
        rows.add(row(2024, "school", "s2", "high", M, TARGET, 8, 16, "shown"));
        rows.add(row(2024, "school", "s2", "high", M, REST, 30, 44, "shown"));
        // s3, scored under two levels (a K-8 school): its whole row (empty framework_level) stands for it
        rows.add(row(2025, "school", "s3", "middle", M, "all", 10, 15, "shown"));
        rows.add(row(2025, "school", "s3", "", M, "all", 30, 40, "shown"));
        rows.add(row(2025, "school", "s3", "high", M, "all", 20, 25, "shown"));
        // a mean (CLASS scores 1-7): a numerator and a denominator, but not a rate
        rows.add(row(2025, "state", "state", "", "class_emotional_support", "all", 55.5, 10, "shown"));
        return rows;
    }

    private static String row(int year, String level, String entity, String frameworkLevel, String metric, String group,
            double numerator, long denominator, String publicView) {
        String n = BigDecimal.valueOf(numerator).stripTrailingZeros().toPlainString();
        String value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String publicValue = switch (publicView) {
            case "shown" -> value;
            case "coded" -> ">= 95%";
            default -> "";
        };
        return String.join(",", "core-sqii", Integer.toString(year), level, entity, frameworkLevel, metric, group, n,
                Long.toString(denominator), value, Boolean.toString(denominator >= 20),
                Boolean.toString(publicView.equals("suppressed")), "", "", Long.toString(denominator), publicValue, "");
    }

    private Path write(List<String> rows) throws IOException {
        Path file = Files.createTempFile(temp, "metric_results", ".csv");
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", MetricResultsCsv.HEADER));
        lines.addAll(rows);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file)) {
            List<String> header = null;
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = r.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), r.getField(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private Path report(List<String> metrics, List<GroupComparison> comparisons) throws IOException {
        Path out = Files.createTempDirectory(temp, "out");
        GroupTableFiles.write(write(fixture()), metrics, comparisons, out);
        return out;
    }

    private static Map<String, String> find(List<Map<String, String>> rows, String year, String entity, String group) {
        return rows.stream().filter(r -> r.get("school_year").equals(year) && r.get("entity_id").equals(entity)
                && r.getOrDefault("group", r.get("student_group")).equals(group)).findFirst().orElseThrow();
    }

    @Test
    void theStatesGapAndItsChangeComeFromTheExactRates() throws IOException {
        List<Map<String, String>> gaps = read(report(List.of(), List.of()).resolve("gap_tables.csv"));
        Map<String, String> state = find(gaps, "2025", "state", TARGET);
        // 12/30 = 40.0%; 58/70 = 82.857..% -> 82.9; gap 40 - 82.857.. = -42.857.. -> -42.9
        assertThat(state).containsEntry("group_percent", "40.0").containsEntry("group_n", "30")
                .containsEntry("comparison", REST).containsEntry("comparison_percent", "82.9")
                .containsEntry("comparison_n", "70").containsEntry("gap_points", "-42.9");
        // 2024: 10/25 = 40% vs 50/65 = 76.923..%: -36.923.. -> -36.9. The change is -42.857.. + 36.923.. = -5.934..
        // -> -5.9, rounded once (the two rounded gaps would give -42.9 + 36.9 = -6.0)
        assertThat(state).containsEntry("gap_points_prior_year", "-36.9").containsEntry("gap_change", "-5.9");
        // the first year has no prior gap
        assertThat(find(gaps, "2024", "state", TARGET)).containsEntry("gap_points_prior_year", "")
                .containsEntry("gap_change", "");
        // the state first, then the schools in id order, each series by year
        assertThat(gaps).extracting(r -> r.get("entity_id") + " " + r.get("school_year")).containsExactly(
                "state 2024", "state 2025", "s1 2024", "s1 2025", "s2 2024", "s2 2025");
    }

    @Test
    void groupRatesCarryEachGroupsChangeSinceTheYearBefore() throws IOException {
        Path out = report(List.of(), List.of());
        List<Map<String, String>> rates = read(out.resolve("group_rates.csv"));
        assertThat(Files.readAllLines(out.resolve("group_rates.csv")).get(0)).isEqualTo(
                "metric,school_year,level,entity_id,student_group,numerator,denominator,percent,percent_prior_year,"
                        + "change_points");
        // state, rest: 58/70 = 82.857.. -> 82.9 against 50/65 = 76.923.. -> 76.9; change 5.934.. -> 5.9
        assertThat(find(rates, "2025", "state", REST)).containsEntry("numerator", "58").containsEntry("denominator", "70")
                .containsEntry("percent", "82.9").containsEntry("percent_prior_year", "76.9")
                .containsEntry("change_points", "5.9");
        // s1, all: 20/26 = 76.923.. -> 76.9 against 17/27 = 62.962.. -> 63.0; change 13.960.. -> 14.0
        assertThat(find(rates, "2025", "s1", "all")).containsEntry("percent", "76.9")
                .containsEntry("percent_prior_year", "63.0").containsEntry("change_points", "14.0");
        // every whole-entity cell of the metric, once: 6 at the state, 6 at s1, 6 at s2, and s3's whole school
        assertThat(rates).hasSize(19);
        // s3: 30 of 40 = 75.0% (not its middle-school part, 10 of 15, nor its high-school part, 20 of 25)
        assertThat(find(rates, "2025", "s3", "all")).containsEntry("numerator", "30").containsEntry("percent", "75.0");
        // groups in catalog order within an entity: all, ..., target_group, not_target_group
        assertThat(rates.subList(0, 6)).extracting(r -> r.get("student_group") + " " + r.get("school_year"))
                .containsExactly("all 2024", "all 2025", "target_group 2024", "target_group 2025",
                        "not_target_group 2024", "not_target_group 2025");
    }

    @Test
    void publicFilesCarryNoHiddenCellNorADifferenceThatGivesOneBack() throws IOException {
        // all:not_target_group is the comparison whose gap would give a hidden target group back as its complement
        Path out = report(List.of(), List.of(GroupComparison.TARGET_VS_REST, new GroupComparison("all", REST),
                new GroupComparison(TARGET, "all")));
        List<Map<String, String>> gaps = read(out.resolve("gap_tables_public.csv"));
        List<Map<String, String>> rates = read(out.resolve("group_rates_public.csv"));
        for (Map<String, String> gap : gaps) {
            for (String group : List.of(gap.get("group"), gap.get("comparison"))) {
                assertThat(gap.get("school_year") + "|" + gap.get("entity_id") + "|" + group).as(gap.toString())
                        .isNotIn(HIDDEN);
            }
        }
        for (Map<String, String> rate : rates) {
            assertThat(rate.get("school_year") + "|" + rate.get("entity_id") + "|" + rate.get("student_group"))
                    .as(rate.toString()).isNotIn(HIDDEN);
        }
        // what is left: at s1 and s2 only 2024's gaps (all shown that year at s1; at s2 only target vs rest)
        assertThat(gaps.stream().filter(g -> !g.get("entity_id").equals("state"))
                .map(g -> g.get("entity_id") + " " + g.get("school_year") + " " + g.get("group") + ":" + g.get("comparison")))
                .containsExactly("s1 2024 target_group:not_target_group", "s2 2024 target_group:not_target_group",
                        "s1 2024 all:not_target_group", "s1 2024 target_group:all");
        // a change needs both years shown: s2's whole school is shown in 2025 but hidden in 2024
        assertThat(find(rates, "2025", "s2", "all")).containsEntry("percent", "83.3")
                .containsEntry("percent_prior_year", "").containsEntry("change_points", "");
        // and in the internal file it is there: 50/60 - 38/60 = 20 points
        assertThat(find(read(out.resolve("group_rates.csv")), "2025", "s2", "all"))
                .containsEntry("percent_prior_year", "63.3").containsEntry("change_points", "20.0");
        // a public gap row of a year whose prior year was hidden has no prior gap: s1's 2025 gaps are gone, so
        // nothing to check there; the state's series is whole
        assertThat(find(gaps, "2025", "state", TARGET)).containsEntry("gap_change", "-5.9");
    }

    @Test
    void theFilesDoNotDependOnTheOrderOfTheResultRows() throws IOException {
        Path ordered = Files.createTempDirectory(temp, "ordered");
        Path shuffled = Files.createTempDirectory(temp, "shuffled");
        List<GroupComparison> pairs = List.of(GroupComparison.TARGET_VS_REST, new GroupComparison("all", TARGET));
        GroupTableFiles.write(write(fixture()), List.of("all"), pairs, ordered);
        List<String> rows = new ArrayList<>(fixture());
        Collections.shuffle(rows, new Random(3));
        GroupTableFiles.write(write(rows), List.of("all"), pairs, shuffled);
        for (String file : List.of("gap_tables.csv", "gap_tables_public.csv", "group_rates.csv", "group_rates_public.csv")) {
            assertThat(Files.readAllBytes(shuffled.resolve(file))).as(file).isEqualTo(Files.readAllBytes(ordered.resolve(file)));
        }
    }

    @Test
    void metricsAndGroupsAreCheckedAgainstTheRun() throws IOException {
        Path results = write(fixture());
        MetricResultRates rates = MetricResultRates.scan(results);
        // the default: the on-track metrics the run has; `all`: every rate, not the CLASS mean
        assertThat(rates.choose(List.of())).containsExactly(M);
        assertThat(rates.choose(List.of("all"))).containsExactly(M);
        assertThatThrownBy(() -> rates.choose(List.of("chronic_absence")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--metrics: chronic_absence")
                .hasMessageContaining("rate metrics: " + M);
        assertThatThrownBy(() -> rates.choose(List.of("class_emotional_support")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a rate");
        assertThatThrownBy(() -> rates.checkGroups(List.of(new GroupComparison("el", "all")), List.of(M)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--compare el:all")
                .hasMessageContaining("the groups present: all, not_target_group, target_group");
        assertThatThrownBy(() -> GroupComparison.parse("target_group")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GROUP:GROUP");
        assertThatThrownBy(() -> GroupComparison.parse("all:all")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("with itself");
        assertThatThrownBy(() -> MetricResultRates.scan(temp.resolve("nowhere.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--results");
    }
}
