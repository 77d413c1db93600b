package org.flashlight.core.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Our SGPs against the reference SGPs of tools/sgp-reference/sgp_reference.R (R's quantreg and splines,
 * following the SGP package) for the 2025 Reading progressions of the SGPdata sample panel. Skipped unless
 * ../shared/data/sgp/sgpData.csv (next to the repository) and the reference file exist; the reference file
 * is named by the system property {@code sgp.reference} or the environment variable {@code SGP_REFERENCE}.
 * See docs/growth.md "Validation".
 */
class TestSgpReferenceAgreement {
    private static final int CURRENT_YEAR = 2025;
    private static final int[] PRIOR_YEARS = {2023, 2024};

    @Test
    void ourSgpsAgreeWithTheReferenceForEveryGradeAndPriorCount() throws IOException {
        Optional<Path> data = SgpSampleData.locate();
        Optional<Path> reference = referenceFile();
        assumeTrue(data.isPresent(), "../shared/data/sgp/sgpData.csv not found");
        assumeTrue(reference.isPresent(), "no reference file (-Dsgp.reference=... or SGP_REFERENCE)");
        SgpSampleData panel = SgpSampleData.read(data.get());
        Map<String, Integer> expected = readReference(reference.get());

        List<String> failures = new ArrayList<>();
        for (int grade = 4; grade <= 8; grade++) {
            for (int order = 1; order <= 2; order++) {
                if (grade - order < 3) {
                    continue;
                }
                Agreement agreement = compare(panel, grade, order, expected);
                System.out.printf("grade %d, %d prior(s): %d students, identical %.3f%%, within 1 %.3f%%, max diff %d%n",
                        grade, order, agreement.students, 100.0 * agreement.identical / agreement.students,
                        100.0 * agreement.withinOne / agreement.students, agreement.maxDifference);
                if (agreement.identical < 0.99 * agreement.students || agreement.withinOne < 0.999 * agreement.students) {
                    failures.add("grade " + grade + " order " + order + ": " + agreement);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static Agreement compare(SgpSampleData panel, int grade, int order, Map<String, Integer> expected) {
        int[] grades = new int[order + 1];
        int[] years = new int[order + 1];
        for (int k = 0; k <= order; k++) {
            grades[k] = grade - order + k;
            years[k] = CURRENT_YEAR - order + k;
        }
        List<ProgressionScores> students = panel.progression(grades, years);
        List<SplineKnots> knots = new ArrayList<>();
        for (int k = 0; k < order; k++) {
            knots.add(SplineKnots.fromScores(panel.pooledScores(grades[k], PRIOR_YEARS)));
        }
        GrowthModel model = GrowthModel.fit(students, knots);
        Agreement agreement = new Agreement();
        for (ProgressionScores student : students) {
            Integer reference = expected.get(student.studentId() + "/" + grade + "/" + order);
            assertThat(reference).as("reference SGP of " + student.studentId()).isNotNull();
            int difference = Math.abs(model.percentile(student.priors(), student.current()) - reference);
            agreement.students++;
            agreement.identical += difference == 0 ? 1 : 0;
            agreement.withinOne += difference <= 1 ? 1 : 0;
            agreement.maxDifference = Math.max(agreement.maxDifference, difference);
        }
        return agreement;
    }

    private static Map<String, Integer> readReference(Path file) throws IOException {
        Map<String, Integer> sgps = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] field = line.replace("\"", "").split(",");
            sgps.put(field[0] + "/" + field[1] + "/" + field[2], Integer.parseInt(field[3]));
        }
        return sgps;
    }

    private static Optional<Path> referenceFile() {
        String named = System.getProperty("sgp.reference", System.getenv("SGP_REFERENCE"));
        return Optional.ofNullable(named).map(Path::of).filter(Files::isRegularFile);
    }

    private static final class Agreement {
        int students;
        int identical;
        int withinOne;
        int maxDifference;

        @Override
        public String toString() {
            return students + " students, " + identical + " identical, " + withinOne + " within 1, max difference " + maxDifference;
        }
    }
}
