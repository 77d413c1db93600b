package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flashlight.duckdb.BundleDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The identification-and-support files of {@code flashlight run} (docs/improvement-outputs.md) as a script
 * reads them: {@code core-sqii} on a generated bundle (1,000 students, 2 years, fixed seed).
 */
class TestSupportOutputs {
    /** docs/improvement-outputs.md: every file's columns, in order. */
    private static final Map<String, String> HEADERS = Map.of(
            "school_pairings.csv", "framework,school_year,priority_school,priority_level,reward_school,reward_level,"
                    + "distance,strengths,note",
            "communities_of_practice.csv", "framework,school_year,community,problem,school_id,framework_level,weakest,"
                    + "weakest_level,same_level,note",
            "exit_status.csv", "framework,school_year,school_id,framework_level,designation,condition,met,distance,exits",
            "interim_benchmarks.csv", "framework,district_id,metric,student_group,baseline_year,school_year,goal,target,"
                    + "actual,on_track");

    @TempDir
    static Path temp;
    private static Path out;

    @BeforeAll
    static void generateAndRun() {
        Path bundle = temp.resolve("bundle");
        assertThat(run("generate", "--out", bundle.toString(), "--students", "1000", "--years", "2", "--seed", "5"))
                .isZero();
        out = temp.resolve("out");
        assertThat(run("run", "--data", bundle.toString(), "--framework", "core-sqii", "--out", out.toString()))
                .isZero();
    }

    @Test
    void everySupportFileIsWrittenWithItsHeaderEvenWhenEmpty() throws IOException {
        for (Map.Entry<String, String> file : HEADERS.entrySet()) {
            assertThat(Files.readAllLines(out.resolve(file.getKey())).get(0)).as(file.getKey())
                    .isEqualTo(file.getValue());
        }
        // core-sqii scores no indicator against a gap-closing target: the benchmarks file is its header alone
        assertThat(Files.readAllLines(out.resolve("interim_benchmarks.csv"))).hasSize(1);
    }

    @Test
    void everyPrioritySchoolHasAtMostOnePartnerAndItIsARewardSchoolUsedOnce() throws IOException {
        List<Map<String, String>> results = CsvRows.read(out.resolve("school_results.csv"));
        List<Map<String, String>> pairings = CsvRows.read(out.resolve("school_pairings.csv"));
        Set<String> priority = designated(results, "priority");
        Set<String> reward = designated(results, "reward");
        assertThat(priority).isNotEmpty();
        for (String school : priority) {
            List<Map<String, String>> rows = pairings.stream()
                    .filter(p -> (p.get("school_year") + "|" + p.get("priority_school")).equals(school)).toList();
            assertThat(rows).as(school).hasSize(1);
            String partner = rows.get(0).get("reward_school");
            if (!partner.isEmpty()) {
                assertThat(reward).contains(rows.get(0).get("school_year") + "|" + partner);
            } else {
                assertThat(rows.get(0).get("note")).startsWith("not paired");
            }
        }
        // one to one: no reward school partners two priority schools in a year
        List<String> partners = pairings.stream().filter(p -> !p.get("reward_school").isEmpty())
                .map(p -> p.get("school_year") + "|" + p.get("reward_school")).toList();
        assertThat(partners).isNotEmpty().doesNotHaveDuplicates();
        assertThat(pairings).allMatch(p -> priority.contains(p.get("school_year") + "|" + p.get("priority_school")));
    }

    @Test
    void focusSchoolsAreInCommunitiesOfTwoToFour() throws IOException {
        List<Map<String, String>> communities = CsvRows.read(out.resolve("communities_of_practice.csv"));
        Set<String> focus = designated(CsvRows.read(out.resolve("school_results.csv")), "focus");
        assertThat(communities.stream().map(c -> c.get("school_year") + "|" + c.get("school_id"))
                .collect(Collectors.toSet())).isEqualTo(focus);
        Map<String, Long> sizes = communities.stream().filter(c -> !c.get("community").isEmpty())
                .collect(Collectors.groupingBy(c -> c.get("school_year") + "|" + c.get("community"),
                        Collectors.counting()));
        assertThat(sizes.values()).allMatch(size -> size >= 2 && size <= 4);
    }

    @Test
    void everyDesignationButRewardHasExitConditions() throws IOException {
        List<Map<String, String>> results = CsvRows.read(out.resolve("school_results.csv"));
        Set<String> expected = results.stream().flatMap(r -> java.util.Arrays.stream(r.get("designations").split("\\|"))
                        .filter(d -> !d.isEmpty() && !d.equals("reward"))
                        .map(d -> r.get("school_year") + "|" + r.get("school_id") + "|" + d))
                .collect(Collectors.toSet());
        Set<String> written = CsvRows.read(out.resolve("exit_status.csv")).stream()
                .map(e -> e.get("school_year") + "|" + e.get("school_id") + "|" + e.get("designation"))
                .collect(Collectors.toSet());
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void eachFileIsATableOfTheResultsDatabaseWithTheSameRows() throws IOException {
        try (BundleDatabase db = BundleDatabase.file(out.resolve("flashlight.duckdb"))) {
            for (String file : HEADERS.keySet()) {
                String table = file.replace(".csv", "");
                assertThat(db.queryLong("SELECT count(*) FROM " + table)).as(table)
                        .isEqualTo(CsvRows.read(out.resolve(file)).size());
            }
        }
    }

    private static Set<String> designated(List<Map<String, String>> results, String designation) {
        return results.stream().filter(r -> List.of(r.get("designations").split("\\|")).contains(designation))
                .map(r -> r.get("school_year") + "|" + r.get("school_id")).collect(Collectors.toSet());
    }

    private static int run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }
}
