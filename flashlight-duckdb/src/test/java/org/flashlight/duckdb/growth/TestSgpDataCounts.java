package org.flashlight.duckdb.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.load.BundleLoader;
import org.flashlight.duckdb.load.LoadProgress;
import org.flashlight.duckdb.load.LoadReport;
import org.flashlight.duckdb.metric.TestDefinitions;
import org.flashlight.ingest.BundleFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party check: the SGP package's own sample data (shared/data/sgp/sgpData.csv, five years of
 * Reading, grades 3-8, wide format; see its README) written as a Flashlight bundle (one school, one
 * district, a test declared in tests.csv with subject ela) gives SGPs to exactly the students the data
 * implies, per year, grade and number of priors. The expected counts are derived here from the wide file
 * itself, by growth.md's rules; the values are compared with the R reference by the SGP math's own tests,
 * and here too when the reference file is given (see {@link #assertAgreesWithTheReference}).
 * Skipped where shared/data is absent (a user's clone).
 */
class TestSgpDataCounts {
    private static final String TEST = "sgp_reading";
    private static final int FIRST_YEAR = 2021;
    private static final int YEARS = 5;

    @TempDir
    Path bundle;

    @Test
    void everyStudentWithConsecutivePriorsGetsAnSgpOfTheMostPriors() throws IOException {
        Path sgpData = sgpData();
        assumeTrue(sgpData != null, "shared/data/sgp/sgpData.csv is absent");
        List<int[]> students = readWide(sgpData); // per student: grades[5], scores[5] (-1 = missing)
        writeBundle(students);

        Map<String, Long> expected = expectedCounts(students, 2, GrowthSettings.DEFAULT_MIN_COHORT);
        try (BundleDatabase db = BundleDatabase.inMemory()) {
            LoadReport report = new BundleLoader(db, LoadProgress.NONE).load(BundleFiles.scan(bundle));
            assertThat(report.rowsRejected()).as("the bundle written from sgpData is valid").isZero();
            GrowthSummary summary = StudentGrowth.compute(db, new GrowthSettings(2,
                    GrowthSettings.DEFAULT_MIN_COHORT, AssessmentSettings.DEFAULT.withTests(List.of(TEST))),
                    TestDefinitions.catalog(db), GrowthProgress.NONE);
            Map<String, Long> actual = new TreeMap<>();
            try (var s = db.connection().createStatement(); var rs = s.executeQuery("""
                    SELECT school_year || ' grade ' || grade || ' priors ' || priors_used, count(*)
                    FROM student_growth GROUP BY ALL""")) {
                while (rs.next()) {
                    actual.put(rs.getString(1), rs.getLong(2));
                }
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            assertThat(actual).isEqualTo(expected);
            assertThat(summary.students()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
            assertThat(db.queryLong("SELECT count(*) FROM student_growth WHERE sgp NOT BETWEEN 1 AND 99")).isZero();
            referenceFile().ifPresent(reference -> assertAgreesWithTheReference(db, reference));
        }
    }

    /**
     * Where the R reference of tools/sgp-reference is at hand (system property {@code sgp.reference} or
     * environment variable {@code SGP_REFERENCE}, as for the core's TestSgpReferenceAgreement): the 2025 SGPs
     * computed through the bundle (score picking, progressions, knots) are the reference's, student by student
     * with the order used, at least 99% identical and 99.9% within 1 (the core test's tolerance).
     */
    private static void assertAgreesWithTheReference(BundleDatabase db, Path reference) {
        Map<String, Integer> expected = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(reference);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.replace("\"", "").split(",");
                expected.put(f[0] + "/" + f[1] + "/" + f[2], Integer.parseInt(f[3]));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long students = 0;
        long identical = 0;
        long withinOne = 0;
        try (var s = db.connection().createStatement(); var rs = s.executeQuery(
                "SELECT student_id, grade, priors_used, sgp FROM student_growth WHERE school_year = 2025")) {
            while (rs.next()) {
                Integer r = expected.get(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3));
                assertThat(r).as("reference SGP of " + rs.getString(1)).isNotNull();
                int difference = Math.abs(rs.getInt(4) - r);
                students++;
                identical += difference == 0 ? 1 : 0;
                withinOne += difference <= 1 ? 1 : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        System.out.printf("sgpData 2025 through the bundle: %d SGPs, %d identical to the R reference, %d within 1%n",
                students, identical, withinOne);
        assertThat(identical).isGreaterThanOrEqualTo((long) Math.ceil(0.99 * students));
        assertThat(withinOne).isGreaterThanOrEqualTo((long) Math.ceil(0.999 * students));
    }

    private static java.util.Optional<Path> referenceFile() {
        String named = System.getProperty("sgp.reference", System.getenv("SGP_REFERENCE"));
        return java.util.Optional.ofNullable(named).map(Path::of).filter(Files::isRegularFile);
    }

    /**
     * growth.md on the wide file: a current score in grade G in year Y with the scores of G-1 in Y-1 (and G-2 in
     * Y-2) is in the one-prior (two-prior) cohort of (Y, G); a cohort is fitted when it has at least minCohort
     * students; a student gets the SGP of the fitted cohort with the most priors that includes them.
     */
    static Map<String, Long> expectedCounts(List<int[]> students, int maxPriors, int minCohort) {
        Map<String, int[]> cohortSizes = new TreeMap<>();
        List<String[]> eligible = new ArrayList<>();
        for (int[] s : students) {
            for (int y = 1; y < YEARS; y++) {
                int priors = priors(s, y, maxPriors);
                if (priors == 0) {
                    continue;
                }
                String progression = (FIRST_YEAR + y) + " grade " + s[y];
                for (int k = 1; k <= priors; k++) {
                    cohortSizes.computeIfAbsent(progression + " " + k, key -> new int[1])[0]++;
                }
                eligible.add(new String[] {progression, String.valueOf(priors)});
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String[] e : eligible) {
            for (int k = Integer.parseInt(e[1]); k >= 1; k--) {
                if (cohortSizes.get(e[0] + " " + k)[0] >= minCohort) {
                    counts.merge(e[0] + " priors " + k, 1L, Long::sum);
                    break;
                }
            }
        }
        return counts;
    }

    /** Consecutive priors of the score in year index y: grade one lower each year back, each with a score. */
    private static int priors(int[] s, int y, int maxPriors) {
        if (s[y] < 0 || s[YEARS + y] < 0) {
            return 0;
        }
        int k = 0;
        while (k < maxPriors && y - k - 1 >= 0 && s[y - k - 1] == s[y] - k - 1 && s[YEARS + y - k - 1] >= 0) {
            k++;
        }
        return k;
    }

    private static List<int[]> readWide(Path csv) throws IOException {
        List<int[]> students = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            in.readLine(); // ID, GRADE_2021..GRADE_2025, SS_2021..SS_2025
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int[] s = new int[2 * YEARS + 1];
                for (int i = 0; i < 2 * YEARS; i++) {
                    s[i] = f[1 + i].isEmpty() ? -1 : Integer.parseInt(f[1 + i]);
                }
                s[2 * YEARS] = Integer.parseInt(f[0]);
                students.add(s);
            }
        }
        return students;
    }

    /** The wide file as a minimal bundle: one school and district, one assessment row per student and year tested. */
    private void writeBundle(List<int[]> students) throws IOException {
        try (PrintWriter schools = writer("schools.csv")) {
            schools.println("school_year,school_id,school_name,district_id,district_name,grade_low,grade_high,"
                    + "school_type,title_i,charter,cep");
            for (int y = 0; y < YEARS; y++) {
                schools.println((FIRST_YEAR + y) + ",S1,Sample School,D1,Sample District,3,8,k8,false,false,false");
            }
        }
        try (PrintWriter tests = writer("tests.csv")) {
            tests.println("test,subject,grade,min_scale_score,max_scale_score,levels,proficient_level,cut_2,cut_3,"
                    + "cut_4,cut_5");
            for (int grade = 3; grade <= 8; grade++) {
                tests.println(TEST + ",ela," + grade + ",100,1000,4,3,400,500,600,");
            }
        }
        try (PrintWriter assessments = writer("assessments.csv")) {
            assessments.println("school_year,student_id,school_id,test,subject,grade_tested,test_date,scale_score,"
                    + "performance_level,participation,alternate");
            for (int[] s : students) {
                for (int y = 0; y < YEARS; y++) {
                    if (s[y] < 0) {
                        continue;
                    }
                    int year = FIRST_YEAR + y;
                    int score = s[YEARS + y];
                    String scored = score < 0 ? ",,absent" : score + "," + level(score) + ",tested";
                    assessments.println(year + "," + s[2 * YEARS] + ",S1," + TEST + ",ela," + s[y] + "," + year
                            + "-04-15," + scored + ",false");
                }
            }
        }
        writer("students.csv").printf("school_year,student_id,birth_date,sex,race_ethnicity,el_status,el_entry_date,"
                + "reclassified_date,swd,frl,direct_certified,tanf,snap,foster_care,homeless,migrant%n").close();
        writer("enrollments.csv").printf("school_year,student_id,school_id,grade_level,entry_date,exit_date,exit_code,"
                + "days_enrolled,days_present%n").close();
        writer("discipline.csv").printf("school_year,student_id,school_id,incident_date,action,days%n").close();
        writer("course_grades.csv").printf("school_year,student_id,school_id,term,course_id,course_name,subject_area,"
                + "mark,grade_points,credits_attempted,credits_earned%n").close();
        writer("graduation_cohorts.csv").printf("cohort_year,student_id,school_id,outcome,outcome_year%n").close();
    }

    private static int level(int score) {
        return score >= 600 ? 4 : score >= 500 ? 3 : score >= 400 ? 2 : 1;
    }

    private PrintWriter writer(String file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(bundle.resolve(file)));
    }

    /** shared/data/sgp/sgpData.csv beside the repository (../shared from the repository root), if there. */
    private static Path sgpData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/sgp/sgpData.csv");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
