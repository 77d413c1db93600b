package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code flashlight import} on the third-party data sets of shared/data (docs/importing.md): each imported bundle
 * passes {@code validate} with the row counts the source files give, a student checked by hand has the rows the
 * mapping promises, and the Texas bundle runs under CORE's measures. The tests that need shared/data skip
 * themselves when it is absent (a clone of the repository has no ../shared).
 */
class TestImportCommand {
    private static final Path SHARED_DATA = repositoryRoot().resolveSibling("shared").resolve("data");
    private static final Path TEXAS = SHARED_DATA.resolve("opensdp-synth-texas");
    private static final Path EDFI = SHARED_DATA.resolve("edfi-grand-bend");

    @TempDir
    Path temp;
    /** The imported bundles, shared by the tests of this class (each source is imported once). */
    @TempDir
    static Path imported;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir.getParent() != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    private static synchronized Path importInto(String source, Path sourceFolder) {
        Path bundle = imported.resolve(source);
        if (!Files.isDirectory(bundle)) {
            Run run = run("import", "--from", source, "--source", sourceFolder.toString(), "--out", bundle.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        return bundle;
    }

    /** validate's stdout has {@code file  n  n  0}: n rows read, all accepted. */
    private static void assertAccepted(Run validate, String file, long rows) {
        assertThat(validate.out()).containsPattern("(?m)^" + Pattern.quote(file) + "\\s+" + rows + "\\s+" + rows
                + "\\s+0\\b");
    }

    private static List<NamedCsvRecord> read(Path file) throws IOException {
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            return csv.stream().toList();
        }
    }

    private static List<String> linesWith(Path file, String text) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.contains(text)).toList();
    }

    // ---- usage errors (always run)

    @Test
    void anUnknownSourceOrAMissingFolderIsAUsageError() {
        Run unknown = run("import", "--from", "powerschool", "--source", temp.toString(), "--out",
                temp.resolve("b").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--from powerschool: expected opensdp-texas or edfi");

        Run missing = run("import", "--from", "edfi", "--source", temp.resolve("nowhere").toString(), "--out",
                temp.resolve("b").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("not a folder");

        Run noFile = run("import", "--from", "opensdp-texas", "--source", temp.toString(), "--out",
                temp.resolve("b").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("no synth_texas.csv in the folder").doesNotContain("Exception");
    }

    // ---- OpenSDP Texas

    @Test
    void texasImportValidatesWithTheRowCountsOfTheSourceFile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TEXAS), "shared/data/opensdp-synth-texas is absent");
        List<NamedCsvRecord> source = read(TEXAS.resolve("synth_texas.csv"));
        long scores = 0;
        Set<String> schoolYears = new TreeSet<>();
        for (NamedCsvRecord r : source) {
            for (String column : List.of("rdg_ss", "math_ss", "wrtg_ss")) {
                scores += r.getField(column).equals("NA") ? 0 : 1;
            }
            schoolYears.add(r.getField("year") + "|" + r.getField("school_code"));
        }
        Path bundle = importInto("opensdp-texas", TEXAS);

        Run validate = run("validate", "--data", bundle.toString(), "--rejections", temp.resolve("r.csv").toString());

        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        // one students and one enrollments row per source record (student x year), one assessments row per score,
        // one schools row per (year, school_code), 14 STAAR definitions (reading and math 3-8, writing 4 and 7)
        assertAccepted(validate, "students.csv", source.size());
        assertAccepted(validate, "enrollments.csv", source.size());
        assertAccepted(validate, "assessments.csv", scores);
        assertAccepted(validate, "schools.csv", schoolYears.size());
        assertAccepted(validate, "tests.csv", 14);
        assertThat(source).hasSize(30_134);
        assertThat(scores).isEqualTo(60_268); // every record has a reading and a math score, none a writing score
    }

    @Test
    void texasStudent4949HasTheRowsTheMappingPromises() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TEXAS), "shared/data/opensdp-synth-texas is absent");
        Path bundle = importInto("opensdp-texas", TEXAS);
        // synth_texas.csv line 5: "000004949","000000004","3",2002,"F","W",1,NA,NA,0,"0",1426.76256371231,1456.43984841763
        // and lines 261, 1652, 4428, 8438, 13400: the same student in grades 4-8, 2003-2007, at school 000000004;
        // eco_dis 1 in 2002-2003, 0 after; lep 0 until 2004, 1 from 2005
        assertThat(linesWith(bundle.resolve("students.csv"), "000004949")).containsExactly(
                "2002,000004949,,f,white,,,,false,true,,,,,,",
                "2003,000004949,,f,white,,,,false,true,,,,,,",
                "2004,000004949,,f,white,,,,false,false,,,,,,",
                "2005,000004949,,f,white,el,,,false,false,,,,,,",
                "2006,000004949,,f,white,el,,,false,false,,,,,,",
                "2007,000004949,,f,white,el,,,false,false,,,,,,");
        assertThat(linesWith(bundle.resolve("enrollments.csv"), "000004949")).containsExactly(
                "2002,000004949,000000004,3,2001-07-01,,,0,0", "2003,000004949,000000004,4,2002-07-01,,,0,0",
                "2004,000004949,000000004,5,2003-07-01,,,0,0", "2005,000004949,000000004,6,2004-07-01,,,0,0",
                "2006,000004949,000000004,7,2005-07-01,,,0,0", "2007,000004949,000000004,8,2006-07-01,,,0,0");
        // 1426.76256371231 -> 1426.762564 and 1456.43984841763 -> 1456.439848 (6 decimals); grade-3 cuts: reading
        // 1345 / 1468 / 1555 and math 1360 / 1486 / 1596, so both are level 2 (Approaches)
        List<String> scores = linesWith(bundle.resolve("assessments.csv"), "000004949");
        assertThat(scores).hasSize(12).startsWith(
                "2002,000004949,000000004,staar,ela,3,2002-04-01,1426.762564,2,tested,false",
                "2002,000004949,000000004,staar,math,3,2002-04-01,1456.439848,2,tested,false");
        // grade 8 (2007): reading 1689.75651709381 -> 1689.756517 and math 1689.5123992895 -> 1689.512399, both
        // below the Meets cut 1700 of grade 8 and at or above Approaches (1587 reading, 1595 math): level 2
        assertThat(scores.get(10)).isEqualTo("2007,000004949,000000004,staar,ela,8,2007-04-01,1689.756517,2,tested,false");
        assertThat(scores.get(11)).isEqualTo("2007,000004949,000000004,staar,math,8,2007-04-01,1689.512399,2,tested,false");
    }

    @Test
    void texasBundleRunsUnderCoreMeasuresWithStaarAsTheAccountabilityTest() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(TEXAS), "shared/data/opensdp-synth-texas is absent");
        Set<String> schools = read(TEXAS.resolve("synth_texas.csv")).stream().map(r -> r.getField("school_code"))
                .collect(Collectors.toCollection(TreeSet::new));
        Path bundle = importInto("opensdp-texas", TEXAS);
        // the shipped core-sqii counts sbac, parcc, mcas, msaa and caa (metrics.md R-6); a Texas user adds staar
        String coreSqii;
        try (InputStream in = TestImportCommand.class.getResourceAsStream("/frameworks/core-sqii.yaml")) {
            coreSqii = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path framework = temp.resolve("core-sqii-staar.yaml");
        Files.writeString(framework, coreSqii.replace("id: core-sqii", "id: core-sqii-staar")
                .replace("measurement:\n", "measurement:\n  accountability_tests: [staar]\n"));

        Run withStaar = run("run", "--data", bundle.toString(), "--framework", framework.toString(), "--out",
                temp.resolve("out-staar").toString());
        Run shipped = run("run", "--data", bundle.toString(), "--framework", "core-sqii", "--out",
                temp.resolve("out-shipped").toString());

        assertThat(withStaar.exitCode()).as(withStaar.err()).isZero();
        List<NamedCsvRecord> results = read(temp.resolve("out-staar/metric_results.csv"));
        for (String metric : List.of("ela_proficiency", "math_proficiency")) {
            Set<String> withRows = results.stream().filter(r -> r.getField("level").equals("school")
                    && r.getField("metric").equals(metric) && r.getField("student_group").equals("all"))
                    .map(r -> r.getField("entity_id")).collect(Collectors.toCollection(TreeSet::new));
            assertThat(withRows).as(metric).isEqualTo(schools).hasSize(12);
        }
        assertThat(shipped.exitCode()).as(shipped.err()).isZero();
        assertThat(read(temp.resolve("out-shipped/metric_results.csv")))
                .noneMatch(r -> r.getField("metric").endsWith("_proficiency"));
    }

    // ---- Ed-Fi Grand Bend

    private static long count(Path file, String regex) throws IOException {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void edFiImportValidatesWithTheRowCountsOfTheInterchangeFiles() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EDFI), "shared/data/edfi-grand-bend is absent");
        Path xml = EDFI.resolve("xml");
        long students = count(xml.resolve("Student.xml"), "<Student>");
        long schools = count(xml.resolve("EducationOrganization.xml"), "<School[ >]");
        long actions = count(xml.resolve("StudentDiscipline.xml"), "<DisciplineAction>");
        long stateDefinitions = count(xml.resolve("AssessmentMetadata-StateAssessment.xml"), "<Assessment>");
        long state = count(xml.resolve("StudentAssessment-StateAssessment.xml"), "<StudentAssessment>");
        long act = count(xml.resolve("StudentAssessment-ACT.xml"), "<AssessmentIdentifier>ACT Composite<");
        long sat = count(xml.resolve("StudentAssessment-SAT.xml"), "<AssessmentIdentifier>SAT (Mathematics|Critical "
                + "Reading)<");
        Set<String> assessedStudents = new TreeSet<>();
        for (String file : List.of("StudentAssessment-StateAssessment.xml", "StudentAssessment-ACT.xml",
                "StudentAssessment-SAT.xml")) {
            Matcher m = Pattern.compile("<StudentUniqueId>(\\w+)<").matcher(Files.readString(xml.resolve(file)));
            while (m.find()) {
                assessedStudents.add(m.group(1));
            }
        }
        Path bundle = importInto("edfi", EDFI);

        Run validate = run("validate", "--data", bundle.toString(), "--rejections", temp.resolve("r.csv").toString());

        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        // one school year in the data (2021-2022 = 2022): every student once, every school once
        assertAccepted(validate, "students.csv", students);
        assertAccepted(validate, "schools.csv", schools);
        assertAccepted(validate, "discipline.csv", actions);
        assertAccepted(validate, "tests.csv", stateDefinitions);
        // every state, ACT Composite, SAT Mathematics and SAT Critical Reading result finds its one school
        assertAccepted(validate, "assessments.csv", state + act + sat);
        // a stay per assessed student (its grade is known); in this sample each has exactly one school offering it
        assertAccepted(validate, "enrollments.csv", assessedStudents.size());
        assertThat(List.of(students, schools, actions, stateDefinitions, state + act + sat,
                (long) assessedStudents.size())).containsExactly(960L, 3L, 25L, 4L, 127L, 97L);
    }

    @Test
    void edFiStudent604861HasTheRowsTheMappingPromises() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EDFI), "shared/data/edfi-grand-bend is absent");
        Path bundle = importInto("edfi", EDFI);
        // Student.xml: 604861 born 2009-05-14, no BirthSex; no program association in StudentProgram.xml.
        // StudentDiscipline.xml: DisciplineAction 7, In School Suspension on 2022-02-09, actual length 1, school
        // 255901044 (Grand Bend Middle School), incident 7 of 2022-02-09; no attendance events.
        // StudentAssessment-StateAssessment.xml: SA-2011-Reading- and -Mathematics-Eighth grade, 2021-2022,
        // administered 2021-04-01, ReasonNotTested Absent: the stay is at the middle school in grade 8.
        assertThat(linesWith(bundle.resolve("students.csv"), "604861"))
                .containsExactly("2022,604861,2009-05-14,,,,,,false,false,,,,,false,false");
        assertThat(linesWith(bundle.resolve("enrollments.csv"), "604861"))
                .containsExactly("2022,604861,255901044,8,2021-07-01,,,0,0");
        assertThat(linesWith(bundle.resolve("discipline.csv"), "604861"))
                .containsExactly("2022,604861,255901044,2022-02-09,suspension_in_school,1");
        assertThat(linesWith(bundle.resolve("assessments.csv"), "604861")).containsExactlyInAnyOrder(
                "2022,604861,255901044,state_assessment,math,8,2021-04-01,,,absent,false",
                "2022,604861,255901044,state_assessment,ela,8,2021-04-01,,,absent,false");
    }
}
