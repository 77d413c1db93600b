package org.flashlight.ingest.importer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.Grades;

/**
 * One record of the OpenSDP synthetic Texas file (synth_texas.csv: one student, one school year, one
 * tested grade) mapped to the bundle: a students.csv row, the one enrollments.csv stay inferred from the
 * tested school, and an assessments.csv row per subject with a scale score. Every mapping is listed in
 * docs/importing.md; a value the mapping cannot read is written empty and counted in {@link ImportNotes}.
 * Not thread-safe (it adds to one notes object).
 */
final class TexasRecordMapper {
    /** The source writes a missing value as {@code NA}. */
    static final String MISSING = "NA";
    /** Scale scores keep the contract's precision (at most 6 decimals, docs/data-contract.md). */
    static final int SCORE_DECIMALS = 6;

    /** Source score column, bundle subject. */
    static final Map<String, String> SUBJECTS = orderedMap("rdg_ss", "ela", "math_ss", "math", "wrtg_ss", "writing");
    static final Map<String, String> RACE = orderedMap("H", "hispanic", "I", "american_indian", "A", "asian",
            "B", "black", "P", "pacific_islander", "W", "white", "T", "two_or_more",
            // undocumented in data_definitions.md; the first letter of the CEDS label "Demographic Race Two or
            // More Races" that OpenSDP's synthetic generator writes (docs/importing.md)
            "D", "two_or_more");

    private final TestCatalog tests;
    private final ImportNotes notes;

    TexasRecordMapper(TestCatalog tests, ImportNotes notes) {
        this.tests = tests;
        this.notes = notes;
    }

    /** The bundle rows of one source record, or empty when a key value is unreadable (the reason is noted). */
    Optional<TexasRows> map(Map<String, String> record) {
        String studentId = value(record, "sid");
        String schoolId = value(record, "school_code");
        OptionalInt grade = Grades.parse(value(record, "grade_level"));
        OptionalInt year = schoolYear(value(record, "year"));
        if (studentId.isEmpty() || schoolId.isEmpty() || grade.isEmpty() || year.isEmpty()) {
            notes.add("record skipped: sid, school_code, grade_level or year missing or unreadable");
            return Optional.empty();
        }
        String schoolYear = Integer.toString(year.getAsInt());
        Map<String, String> student = new LinkedHashMap<>();
        student.put("school_year", schoolYear);
        student.put("student_id", studentId);
        student.put("sex", code(record, "male", Map.of("M", "m", "F", "f")));
        student.put("race_ethnicity", race(value(record, "race_ethnicity")));
        student.put("el_status", elStatus(value(record, "lep")));
        student.put("swd", code(record, "iep", Map.of("1", "true", "0", "false")));
        student.put("frl", frl(value(record, "eco_dis")));
        student.put("homeless", "9".equals(value(record, "title_1")) ? "true" : "");
        student.put("migrant", code(record, "migrant", Map.of("1", "true", "0", "false")));

        Map<String, String> enrollment = new LinkedHashMap<>();
        enrollment.put("school_year", schoolYear);
        enrollment.put("student_id", studentId);
        enrollment.put("school_id", schoolId);
        enrollment.put("grade_level", Grades.label(grade.getAsInt()));
        // the school year as R-12 counts it starts July 1 of its fall; the stay lasts the whole year
        enrollment.put("entry_date", (year.getAsInt() - 1) + "-07-01");
        // days are not in the source: 0 keeps the student out of every days-based metric (not computable)
        enrollment.put("days_enrolled", "0");
        enrollment.put("days_present", "0");

        List<Map<String, String>> assessments = new ArrayList<>();
        for (Map.Entry<String, String> subject : SUBJECTS.entrySet()) {
            assessment(record, subject.getKey(), subject.getValue(), studentId, schoolId, grade.getAsInt(),
                    year.getAsInt()).ifPresent(assessments::add);
        }
        return Optional.of(new TexasRows(student, enrollment, assessments,
                new TexasSchoolFacts(year.getAsInt(), schoolId, grade.getAsInt(), value(record, "title_1"))));
    }

    private Optional<Map<String, String>> assessment(Map<String, String> record, String column, String subject,
            String studentId, String schoolId, int grade, int year) {
        String text = value(record, column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal score;
        try {
            score = new BigDecimal(text).setScale(SCORE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        } catch (NumberFormatException e) {
            notes.add(column + ": not a number, no assessment row written");
            return Optional.empty();
        }
        Optional<TestDefinition> definition = tests.find(StaarDefinitions.TEST, subject, grade);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("school_year", Integer.toString(year));
        row.put("student_id", studentId);
        row.put("school_id", schoolId);
        row.put("test", StaarDefinitions.TEST);
        row.put("subject", subject);
        row.put("grade_tested", Grades.label(grade));
        row.put("test_date", year + "-04-01");
        row.put("scale_score", score.toPlainString());
        // a score outside the declared range keeps an empty level; validate rejects it with the range
        row.put("performance_level", definition.filter(d -> d.inRange(score)).flatMap(d -> d.levelOf(score))
                .map(String::valueOf).orElse(""));
        row.put("participation", "tested");
        row.put("alternate", "false");
        return Optional.of(Collections.unmodifiableMap(row));
    }

    /** The source's {@code year} is the spring of the administration, which is the contract's school_year. */
    private static OptionalInt schoolYear(String text) {
        return text.matches("(19|20)\\d\\d") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    private String race(String code) {
        if (code.isEmpty()) {
            return "";
        }
        String mapped = RACE.get(code.toUpperCase(Locale.ROOT));
        if (mapped != null) {
            return mapped;
        }
        if (code.equalsIgnoreCase("N")) {
            notes.add("race_ethnicity 'N' (no information provided): written empty");
        } else {
            notes.add("race_ethnicity '" + code + "' is not a documented code: written empty");
        }
        return "";
    }

    /** LEP C (or 1, as the file writes it) is an English learner; F and S are in monitoring after exit. */
    private String elStatus(String lep) {
        return switch (lep.toUpperCase(Locale.ROOT)) {
            case "" -> "";
            case "C", "1" -> "el";
            case "F", "S" -> "rfep";
            // 0 covers English-only, initially fluent and students past monitoring: not knowable here
            case "0" -> "";
            default -> {
                notes.add("lep '" + lep + "' is not a documented code: el_status written empty");
                yield "";
            }
        };
    }

    /** Free (1) or reduced-price (2) meals; 9 "other economic disadvantage" is not meal eligibility. */
    private String frl(String ecoDis) {
        return switch (ecoDis) {
            case "" -> "";
            case "1", "2" -> "true";
            case "0", "9" -> "false";
            default -> {
                notes.add("eco_dis '" + ecoDis + "' is not a documented code: frl written empty");
                yield "";
            }
        };
    }

    private String code(Map<String, String> record, String column, Map<String, String> codes) {
        String text = value(record, column);
        if (text.isEmpty()) {
            return "";
        }
        String mapped = codes.get(text.toUpperCase(Locale.ROOT));
        if (mapped == null) {
            notes.add(column + " '" + text + "' is not a documented code: written empty");
            return "";
        }
        return mapped;
    }

    /** A source value, trimmed, with {@code NA} and an absent column read as empty. */
    static String value(Map<String, String> record, String column) {
        String text = record.getOrDefault(column, "").trim();
        return MISSING.equals(text) ? "" : text;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The bundle rows of one source record. */
    record TexasRows(Map<String, String> student, Map<String, String> enrollment,
            List<Map<String, String>> assessments, TexasSchoolFacts school) {
        TexasRows {
            student = Collections.unmodifiableMap(new LinkedHashMap<>(student));
            enrollment = Collections.unmodifiableMap(new LinkedHashMap<>(enrollment));
            assessments = List.copyOf(assessments);
        }
    }

    /** What one record says about its school: a tested grade that year, and the student's Title I code. */
    record TexasSchoolFacts(int schoolYear, String schoolId, int grade, String titleOne) {
    }
}
