package org.flashlight.ingest.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.Grades;
import org.flashlight.ingest.importer.EdFiXml.Node;

/**
 * assessments.csv and tests.csv from Ed-Fi StudentAssessment and Assessment entities. A state assessment is
 * defined from its own metadata: the raw-score range, and the performance levels on the raw score (cuts = each
 * level's minimum raw score, proficient = the lowest level named "Met", "Meets" or "Proficient"); its results are
 * written as raw scores with the level the record gives. SAT and ACT results go to the built-in {@code sat} and
 * {@code act} tests where the contract has their subject. A result's school is the one school where the student
 * has attendance events or discipline that year (StudentAssessment names no school).
 */
final class EdFiAssessments {
    private static final String RAW_SCORE = "raw score";
    /** College-entrance assessments the contract knows: AssessmentIdentifier -> test, subject, reporting method. */
    private static final Map<String, String[]> COLLEGE_ENTRANCE = Map.of(
            "act composite", new String[] {"act", "composite", "composite score"},
            "sat mathematics", new String[] {"sat", "math", RAW_SCORE},
            "sat critical reading", new String[] {"sat", "erw", RAW_SCORE});

    private final Map<String, StateTest> stateTests = new LinkedHashMap<>();
    private final ImportNotes notes;

    /** A state assessment's definition and its level names from level 1 up, lower-case. */
    private record StateTest(TestDefinition definition, List<String> levelNames) {
    }

    EdFiAssessments(List<Node> metadata, ImportNotes notes) {
        this.notes = notes;
        for (Node assessment : metadata) {
            definition(assessment).ifPresent(test -> stateTests.put(assessment.text("AssessmentIdentifier"), test));
        }
    }

    List<TestDefinition> definitions() {
        return stateTests.values().stream().map(StateTest::definition).toList();
    }

    /** The assessments.csv row of one result, or empty (the reason is noted). */
    Optional<Map<String, String>> row(Node result, BiFunction<Integer, String, Optional<String>> schoolOf) {
        String identifier = result.text("AssessmentReference.AssessmentIdentity.AssessmentIdentifier");
        String student = result.text("StudentReference.StudentIdentity.StudentUniqueId");
        OptionalInt year = EdFiCodes.schoolYear(result.text("SchoolYear"));
        Optional<LocalDate> date = EdFiCodes.date(result.text("AdministrationDate"));
        if (year.isEmpty() || date.isEmpty() || student.isEmpty()) {
            notes.add("assessments.csv: a StudentAssessment without SchoolYear, AdministrationDate or student is "
                    + "not written");
            return Optional.empty();
        }
        StateTest state = stateTests.get(identifier);
        String[] college = COLLEGE_ENTRANCE.get(identifier.toLowerCase(Locale.ROOT));
        if (state == null && college == null) {
            notes.add("assessments.csv: " + identifier + " results are not written (no contract test and subject "
                    + "for it)");
            return Optional.empty();
        }
        Optional<String> school = schoolOf.apply(year.getAsInt(), student);
        if (school.isEmpty()) {
            notes.add("assessments.csv: no row, the student has no single school that year (attendance events, "
                    + "discipline, or the only school offering the assessed grade)");
            return Optional.empty();
        }
        OptionalInt grade = EdFiCodes.grade(result.text("WhenAssessedGradeLevel"));
        if (grade.isEmpty() && state != null) {
            grade = OptionalInt.of(state.definition().grade());
        }
        if (grade.isEmpty()) {
            notes.add("assessments.csv: a result without WhenAssessedGradeLevel is not written");
            return Optional.empty();
        }
        if (college != null && identifier.equalsIgnoreCase("sat critical reading")) {
            notes.add("assessments.csv: SAT Critical Reading written as sat erw (its metadata is version 2016 with the "
                    + "480 benchmark of the ERW section)");
        }
        String method = state != null ? RAW_SCORE : college[2];
        String score = score(result, method);
        String reasonNotTested = EdFiCodes.codeValue(result.text("ReasonNotTested")).toLowerCase(Locale.ROOT);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("school_year", Integer.toString(year.getAsInt()));
        row.put("student_id", student);
        row.put("school_id", school.get());
        row.put("test", state != null ? state.definition().test() : college[0]);
        row.put("subject", state != null ? state.definition().subject() : college[1]);
        row.put("grade_tested", Grades.label(grade.getAsInt()));
        row.put("test_date", date.get().toString());
        row.put("scale_score", reasonNotTested.isEmpty() ? score : "");
        row.put("performance_level", state != null && reasonNotTested.isEmpty() ? level(state, result, score) : "");
        row.put("participation", participation(reasonNotTested));
        row.put("alternate", "false");
        return Optional.of(row);
    }

    private static String participation(String reasonNotTested) {
        return switch (reasonNotTested) {
            case "" -> "tested";
            case "absent" -> "absent";
            case "medical waiver", "medical" -> "medical";
            case "refusal by parent", "refusal by student", "refused" -> "refused";
            default -> "not_tested_other";
        };
    }

    /** The Result reported with {@code method}, or empty. */
    private static String score(Node result, String method) {
        for (Node score : result.all("ScoreResult")) {
            if (EdFiCodes.codeValue(score.text("AssessmentReportingMethod")).equalsIgnoreCase(method)) {
                return score.text("Result");
            }
        }
        return "";
    }

    /** The level the record gives on the raw score, else the level of its raw score under the definition. */
    private String level(StateTest state, Node result, String score) {
        for (Node level : result.all("PerformanceLevel")) {
            if (EdFiCodes.codeValue(level.text("AssessmentReportingMethod")).equalsIgnoreCase(RAW_SCORE)) {
                int index = state.levelNames().indexOf(EdFiCodes.codeValue(level.text("PerformanceLevel"))
                        .toLowerCase(Locale.ROOT));
                if (index >= 0) {
                    return Integer.toString(index + 1);
                }
            }
        }
        if (score.isEmpty()) {
            return "";
        }
        try {
            return state.definition().levelOf(new BigDecimal(score)).map(String::valueOf).orElse("");
        } catch (NumberFormatException e) {
            return "";
        }
    }

    /** A state assessment's definition from its metadata, or empty when the metadata lacks a piece (noted). */
    private Optional<StateTest> definition(Node assessment) {
        Optional<String> subject = EdFiCodes.subject(assessment.text("AcademicSubject"));
        OptionalInt grade = EdFiCodes.grade(assessment.text("AssessedGradeLevel"));
        String test = assessment.text("AssessmentTitle").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        Optional<Node> range = assessment.all("AssessmentScore").stream()
                .filter(s -> EdFiCodes.codeValue(s.text("AssessmentReportingMethod")).equalsIgnoreCase(RAW_SCORE))
                .findFirst();
        List<Node> levels = new ArrayList<>(assessment.all("AssessmentPerformanceLevel").stream()
                .filter(l -> EdFiCodes.codeValue(l.text("AssessmentReportingMethod")).equalsIgnoreCase(RAW_SCORE))
                .toList());
        if (levels.isEmpty() || EdFiCodes.codeValue(assessment.text("AssessmentCategory"))
                .equalsIgnoreCase("college entrance exam")) {
            return Optional.empty(); // SAT and ACT are built in; each result's note says what happens to it
        }
        if (subject.isEmpty() || grade.isEmpty() || test.isEmpty() || range.isEmpty() || levels.size() < 2
                || levels.size() > 5) {
            notes.add("tests.csv: an Ed-Fi Assessment without subject, grade, title, raw-score range or 2 to 5 "
                    + "raw-score levels is not defined, and its results are not written");
            return Optional.empty();
        }
        try {
            levels.sort(Comparator.comparing(l -> new BigDecimal(l.text("MinimumScore"))));
            List<String> names = levels.stream()
                    .map(l -> EdFiCodes.codeValue(l.text("PerformanceLevel")).toLowerCase(Locale.ROOT)).toList();
            List<BigDecimal> cuts = levels.subList(1, levels.size()).stream()
                    .map(l -> new BigDecimal(l.text("MinimumScore"))).toList();
            int proficient = proficientLevel(names);
            return Optional.of(new StateTest(new TestDefinition(test, subject.get(), grade.getAsInt(),
                    new BigDecimal(range.get().text("MinimumScore")), new BigDecimal(range.get().text("MaximumScore")),
                    levels.size(), proficient, cuts, "Ed-Fi Assessment " + assessment.text("AssessmentIdentifier")),
                    names));
        } catch (NumberFormatException e) {
            notes.add("tests.csv: an Ed-Fi Assessment whose scores are not numbers is not defined");
            return Optional.empty();
        }
    }

    /** The lowest level named as meeting the standard; the top level when no name says so (noted). */
    private int proficientLevel(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!name.contains("not") && (name.startsWith("met") || name.startsWith("meets")
                    || name.contains("proficient"))) {
                return i + 1;
            }
        }
        notes.add("tests.csv: no performance level is named Met, Meets or Proficient; the top level is "
                + "written as proficient");
        return names.size();
    }
}
