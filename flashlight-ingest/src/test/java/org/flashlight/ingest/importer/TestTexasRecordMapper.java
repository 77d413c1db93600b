package org.flashlight.ingest.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.ingest.importer.TexasRecordMapper.TexasRows;
import org.junit.jupiter.api.Test;

/** The Texas mapping of one source record, on records written here by hand (docs/importing.md, "OpenSDP Texas"). */
class TestTexasRecordMapper {
    private final ImportNotes notes = new ImportNotes();
    private final TexasRecordMapper mapper = new TexasRecordMapper(TestCatalog.of(StaarDefinitions.all()), notes);

    /** A grade-3 record of 2010 with every column; {@code changes} replaces some values. */
    private static Map<String, String> record(String... changes) {
        Map<String, String> record = new HashMap<>(Map.ofEntries(Map.entry("sid", "000123456"),
                Map.entry("school_code", "101912004"), Map.entry("grade_level", "3"), Map.entry("year", "2010"),
                Map.entry("male", "F"), Map.entry("race_ethnicity", "H"), Map.entry("eco_dis", "1"),
                Map.entry("title_1", "NA"), Map.entry("migrant", "NA"), Map.entry("lep", "0"), Map.entry("iep", "0"),
                Map.entry("rdg_ss", "1468"), Map.entry("math_ss", "1359.99"), Map.entry("wrtg_ss", "NA"),
                Map.entry("composition", "NA")));
        for (int i = 0; i < changes.length; i += 2) {
            record.put(changes[i], changes[i + 1]);
        }
        return record;
    }

    private TexasRows map(String... changes) {
        return mapper.map(record(changes)).orElseThrow();
    }

    @Test
    void aRecordGivesOneStudentRowOneWholeYearStayAndOneScorePerSubject() {
        TexasRows rows = map();

        assertThat(rows.student()).containsEntry("school_year", "2010").containsEntry("student_id", "000123456")
                .containsEntry("sex", "f").containsEntry("race_ethnicity", "hispanic").containsEntry("frl", "true")
                .containsEntry("swd", "false").containsEntry("el_status", "").containsEntry("migrant", "")
                .containsEntry("homeless", "");
        // the school year 2010 is 2009-10: the stay starts July 1, 2009 and is open at year end; days unknown = 0
        assertThat(rows.enrollment()).containsEntry("school_id", "101912004").containsEntry("grade_level", "3")
                .containsEntry("entry_date", "2009-07-01").doesNotContainKey("exit_date")
                .containsEntry("days_enrolled", "0").containsEntry("days_present", "0");
        assertThat(rows.assessments()).extracting(r -> r.get("subject")).containsExactly("ela", "math");
        assertThat(rows.assessments()).allSatisfy(r -> assertThat(r).containsEntry("test", "staar")
                .containsEntry("grade_tested", "3").containsEntry("test_date", "2010-04-01")
                .containsEntry("participation", "tested").containsEntry("school_id", "101912004"));
    }

    @Test
    void aScoreOnACutIsInTheHigherLevelAndJustBelowIsNot() {
        TexasRows rows = map();
        // grade-3 reading cuts 1345 / 1468 / 1555: 1468 is Meets (3); math cuts 1360 / 1486 / 1596: 1359.99 is 1
        assertThat(rows.assessments().get(0)).containsEntry("scale_score", "1468").containsEntry("performance_level", "3");
        assertThat(rows.assessments().get(1)).containsEntry("scale_score", "1359.99")
                .containsEntry("performance_level", "1");
    }

    @Test
    void scoresAreRoundedToSixDecimalsAndTheLevelIsThatOfTheWrittenScore() {
        // 1467.9999995 to 6 decimals, half even: the 6th decimal 9 is odd, so it rounds up to 1468 -> level 3
        // 1189.87051386025 -> 1189.870514 (the 7th decimal is 8)
        TexasRows rows = map("rdg_ss", "1467.9999995", "math_ss", "1189.87051386025");
        assertThat(rows.assessments().get(0)).containsEntry("scale_score", "1468").containsEntry("performance_level", "3");
        assertThat(rows.assessments().get(1)).containsEntry("scale_score", "1189.870514");
    }

    @Test
    void writingIsMappedWhereTheFileHasAScoreAndNAMeansNoRow() {
        TexasRows rows = map("grade_level", "4", "rdg_ss", "NA", "wrtg_ss", "4000");
        assertThat(rows.assessments()).extracting(r -> r.get("subject")).containsExactly("math", "writing");
        // writing grade 4 cuts 3550 / 4000 / 4612: 4000 is level 3
        assertThat(rows.assessments().get(1)).containsEntry("performance_level", "3");
    }

    @Test
    void raceCodesFollowTheDataDefinitionsWithDAsTwoOrMoreAndNAsNoInformation() {
        Map<String, String> expected = Map.of("H", "hispanic", "I", "american_indian", "A", "asian", "B", "black",
                "P", "pacific_islander", "W", "white", "T", "two_or_more", "D", "two_or_more", "N", "");
        expected.forEach((code, race) -> assertThat(map("race_ethnicity", code).student())
                .as(code).containsEntry("race_ethnicity", race));
        assertThat(map("race_ethnicity", "Q").student()).containsEntry("race_ethnicity", "");
        assertThat(notes.lines()).contains("race_ethnicity 'N' (no information provided): written empty (1 time)",
                "race_ethnicity 'Q' is not a documented code: written empty (1 time)");
    }

    @Test
    void englishLearnerAndMealCodes() {
        // LEP: C and 1 (as the file writes it) current EL; F and S first and second year of monitoring; 0 unknown
        for (String[] c : List.of(new String[] {"C", "el"}, new String[] {"1", "el"}, new String[] {"F", "rfep"},
                new String[] {"S", "rfep"}, new String[] {"0", ""}, new String[] {"NA", ""})) {
            assertThat(map("lep", c[0]).student()).as(c[0]).containsEntry("el_status", c[1]);
        }
        // economic disadvantage: 1 free, 2 reduced-price meals; 0 none; 9 other disadvantage (not meals)
        for (String[] c : List.of(new String[] {"1", "true"}, new String[] {"2", "true"}, new String[] {"0", "false"},
                new String[] {"9", "false"})) {
            assertThat(map("eco_dis", c[0]).student()).as(c[0]).containsEntry("frl", c[1]);
        }
        assertThat(map("iep", "1", "migrant", "1", "title_1", "9").student()).containsEntry("swd", "true")
                .containsEntry("migrant", "true").containsEntry("homeless", "true");
        assertThat(map("male", "M").student()).containsEntry("sex", "m");
    }

    @Test
    void aRecordWithoutItsKeysIsSkippedAndCounted() {
        assertThat(mapper.map(record("sid", "NA"))).isEmpty();
        assertThat(mapper.map(record("grade_level", "13"))).isEmpty();
        assertThat(mapper.map(record("year", "10"))).isEmpty();
        assertThat(notes.count("record skipped: sid, school_code, grade_level or year missing or unreadable"))
                .isEqualTo(3);
    }

    @Test
    void aScoreThatIsNotANumberGivesNoRowAndANote() {
        assertThat(map("math_ss", "n/a").assessments()).extracting(r -> r.get("subject")).containsExactly("ela");
        assertThat(notes.count("math_ss: not a number, no assessment row written")).isEqualTo(1);
    }

    @Test
    void aScoreOutsideTheDeclaredRangeKeepsAnEmptyLevelForValidateToReject() {
        // grade-3 reading range 765..1893
        assertThat(map("rdg_ss", "1900").assessments().get(0)).containsEntry("performance_level", "");
    }
}
