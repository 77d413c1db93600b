package org.flashlight.core.growth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SGPdata sample panel (../shared/data/sgp/sgpData.csv, GPL: read in place, never copied): ID, GRADE_2021..2025,
 * SS_2021..2025, empty = missing.
 */
final class SgpSampleData {
    static final int FIRST_YEAR = 2021;
    static final int YEARS = 5;

    private final List<String> ids;
    private final List<Integer[]> grades;
    private final List<Double[]> scores;

    private SgpSampleData(List<String> ids, List<Integer[]> grades, List<Double[]> scores) {
        this.ids = ids;
        this.grades = grades;
        this.scores = scores;
    }

    /** ../shared/data/sgp/sgpData.csv next to the repository that holds the working directory, if present. */
    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("flashlight-core"))) {
                Path file = dir.resolveSibling("shared").resolve("data/sgp/sgpData.csv");
                return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    static SgpSampleData read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> ids = new ArrayList<>();
        List<Integer[]> grades = new ArrayList<>();
        List<Double[]> scores = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] field = line.split(",", -1);
            Integer[] grade = new Integer[YEARS];
            Double[] score = new Double[YEARS];
            for (int y = 0; y < YEARS; y++) {
                grade[y] = field[1 + y].isEmpty() ? null : Integer.valueOf(field[1 + y]);
                score[y] = field[1 + YEARS + y].isEmpty() ? null : Double.valueOf(field[1 + YEARS + y]);
            }
            ids.add(field[0]);
            grades.add(grade);
            scores.add(score);
        }
        return new SgpSampleData(ids, grades, scores);
    }

    /** Students with a score and the given grade in each of the given years (oldest first), in file order. */
    List<ProgressionScores> progression(int[] progressionGrades, int[] years) {
        List<ProgressionScores> students = new ArrayList<>();
        for (int s = 0; s < ids.size(); s++) {
            boolean complete = true;
            for (int k = 0; k < years.length && complete; k++) {
                Integer grade = grades.get(s)[years[k] - FIRST_YEAR];
                complete = grade != null && grade == progressionGrades[k] && scores.get(s)[years[k] - FIRST_YEAR] != null;
            }
            if (complete) {
                double[] priors = new double[years.length - 1];
                for (int k = 0; k < priors.length; k++) {
                    priors[k] = scores.get(s)[years[k] - FIRST_YEAR];
                }
                students.add(new ProgressionScores(ids.get(s), priors, scores.get(s)[years[years.length - 1] - FIRST_YEAR]));
            }
        }
        return students;
    }

    /** Every score of a student tested in the grade in any of the years. */
    double[] pooledScores(int grade, int[] years) {
        List<Double> pooled = new ArrayList<>();
        for (int year : years) {
            for (int s = 0; s < ids.size(); s++) {
                Integer tested = grades.get(s)[year - FIRST_YEAR];
                Double score = scores.get(s)[year - FIRST_YEAR];
                if (tested != null && tested == grade && score != null) {
                    pooled.add(score);
                }
            }
        }
        return pooled.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
