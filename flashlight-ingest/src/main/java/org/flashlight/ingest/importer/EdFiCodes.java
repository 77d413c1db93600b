package org.flashlight.ingest.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.flashlight.core.bundle.Grades;

/**
 * Ed-Fi descriptor values and dates in the bundle's codes. A descriptor is written as a URI whose code value
 * follows {@code #} ({@code uri://ed-fi.org/GradeLevelDescriptor#Ninth grade}); the mappings read that code
 * value, case-insensitively. Each is listed in docs/importing.md.
 */
final class EdFiCodes {
    private static final Map<String, Integer> GRADES = Map.ofEntries(
            Map.entry("preschool/prekindergarten", Grades.PK), Map.entry("kindergarten", Grades.KG),
            Map.entry("first grade", 1), Map.entry("second grade", 2), Map.entry("third grade", 3),
            Map.entry("fourth grade", 4), Map.entry("fifth grade", 5), Map.entry("sixth grade", 6),
            Map.entry("seventh grade", 7), Map.entry("eighth grade", 8), Map.entry("ninth grade", 9),
            Map.entry("tenth grade", 10), Map.entry("eleventh grade", 11), Map.entry("twelfth grade", 12));

    private EdFiCodes() {
    }

    /** The code value of a descriptor URI (the part after {@code #}), or the text itself when it has none. */
    static String codeValue(String descriptor) {
        int hash = descriptor.lastIndexOf('#');
        return (hash >= 0 ? descriptor.substring(hash + 1) : descriptor).trim();
    }

    /** A GradeLevelDescriptor as a stored grade (PK = -1, KG = 0, 1..12). */
    static OptionalInt grade(String descriptor) {
        Integer grade = GRADES.get(codeValue(descriptor).toLowerCase(Locale.ROOT));
        return grade == null ? OptionalInt.empty() : OptionalInt.of(grade);
    }

    /** An Ed-Fi school year {@code 2021-2022} (or {@code 2022}) as the contract's school_year, the spring: 2022. */
    static OptionalInt schoolYear(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}-\\d{4}")) {
            return OptionalInt.of(Integer.parseInt(t.substring(5)));
        }
        return t.matches("\\d{4}") ? OptionalInt.of(Integer.parseInt(t)) : OptionalInt.empty();
    }

    /** The school year a date falls in: July 1 .. June 30, named by its spring (metrics.md R-12's year). */
    static int schoolYearOf(LocalDate date) {
        return date.getMonthValue() >= 7 ? date.getYear() + 1 : date.getYear();
    }

    /** An Ed-Fi date or date-time ({@code 2021-04-01T16:00:00}) as a date. */
    static Optional<LocalDate> date(String text) {
        String t = text.trim();
        if (t.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** SchoolCategoryDescriptor to the contract's school_type, empty when it says nothing the contract names. */
    static Optional<String> schoolType(String descriptor) {
        return switch (codeValue(descriptor).toLowerCase(Locale.ROOT)) {
            case "elementary school", "primary school" -> Optional.of("elementary");
            case "elementary/secondary school" -> Optional.of("k12");
            case "middle school", "junior high school" -> Optional.of("middle");
            case "high school", "secondary school" -> Optional.of("high");
            default -> Optional.empty();
        };
    }

    /** TitleIPartASchoolDesignationDescriptor: a Title I school unless it says "Not A Title I School". */
    static Optional<Boolean> titleOne(String descriptor) {
        String value = codeValue(descriptor).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!value.startsWith("not a title i"));
    }

    /** CharterStatusDescriptor: a charter unless it says "Not a Charter School". */
    static Optional<Boolean> charter(String descriptor) {
        String value = codeValue(descriptor).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(!value.startsWith("not a charter"));
    }

    /** DisciplineDescriptor to the contract's action. */
    static String disciplineAction(String descriptor) {
        String value = codeValue(descriptor).toLowerCase(Locale.ROOT);
        if (value.contains("expulsion")) {
            return "expulsion";
        }
        if (value.contains("in school suspension") || value.contains("in-school suspension")) {
            return "suspension_in_school";
        }
        if (value.contains("out of school suspension") || value.contains("out-of-school suspension")) {
            return "suspension_out_of_school";
        }
        return "other";
    }

    /** SexDescriptor (BirthSex) to the contract's sex. */
    static String sex(String descriptor) {
        return switch (codeValue(descriptor).toLowerCase(Locale.ROOT)) {
            case "female" -> "f";
            case "male" -> "m";
            case "non-binary", "nonbinary", "x" -> "x";
            default -> "";
        };
    }

    /** AcademicSubjectDescriptor to the contract's subject, empty when the contract has none for it. */
    static Optional<String> subject(String descriptor) {
        return switch (codeValue(descriptor).toLowerCase(Locale.ROOT)) {
            case "reading", "english language arts", "english" -> Optional.of("ela");
            case "mathematics" -> Optional.of("math");
            case "science" -> Optional.of("science");
            default -> Optional.empty();
        };
    }
}
