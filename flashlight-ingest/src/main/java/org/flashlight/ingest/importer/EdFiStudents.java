package org.flashlight.ingest.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flashlight.ingest.importer.EdFiXml.Node;

/**
 * students.csv from Ed-Fi Student entities and the student program associations. A program association counts
 * for a school year when it overlaps July 1 .. June 30 of that year. The program interchange lists every
 * participant, so a student without a special-education, homeless or migrant association is written false; a
 * student without a school-food-service association with a free or reduced-price service is written frl false;
 * a student in an English-language instruction program is an English learner, and everyone else is left empty
 * (English only, initially fluent and reclassified cannot be told apart). Race and ethnicity are carried by
 * StudentEducationOrganizationAssociation, which is part of the enrollment interchange: when it is absent they
 * stay empty.
 */
final class EdFiStudents {
    private final Map<String, List<Node>> programs = new HashMap<>();
    private final Map<String, LocalDate> birthDates = new HashMap<>();
    private final ImportNotes notes;

    EdFiStudents(EdFiEntities entities, ImportNotes notes) {
        this.notes = notes;
        for (String type : List.of("StudentSpecialEducationProgramAssociation",
                "StudentLanguageInstructionProgramAssociation", "StudentSchoolFoodServiceProgramAssociation",
                "StudentHomelessProgramAssociation", "StudentMigrantEducationProgramAssociation")) {
            for (Node association : entities.of(type)) {
                programs.computeIfAbsent(association.text("StudentReference.StudentIdentity.StudentUniqueId"),
                        k -> new ArrayList<>()).add(association);
            }
        }
        for (Node student : entities.of("Student")) {
            EdFiCodes.date(student.text("BirthData.BirthDate"))
                    .ifPresent(date -> birthDates.put(student.text("StudentUniqueId"), date));
        }
    }

    Map<String, String> row(Node student, int year) {
        String id = student.text("StudentUniqueId");
        Map<String, String> row = new LinkedHashMap<>();
        row.put("school_year", Integer.toString(year));
        row.put("student_id", id);
        row.put("birth_date", Optional.ofNullable(birthDates.get(id)).map(LocalDate::toString).orElse(""));
        String sex = EdFiCodes.sex(student.text("BirthData.BirthSex"));
        if (sex.isEmpty()) {
            notes.add("students.csv: no BirthSex, sex written empty");
        }
        row.put("sex", sex);
        row.put("el_status", inProgram(id, year, "StudentLanguageInstructionProgramAssociation") ? "el" : "");
        row.put("swd", Boolean.toString(inProgram(id, year, "StudentSpecialEducationProgramAssociation")));
        row.put("frl", Boolean.toString(freeOrReducedMeals(id, year)));
        row.put("homeless", Boolean.toString(inProgram(id, year, "StudentHomelessProgramAssociation")));
        row.put("migrant", Boolean.toString(inProgram(id, year, "StudentMigrantEducationProgramAssociation")));
        return row;
    }

    private boolean freeOrReducedMeals(String student, int year) {
        return associations(student, year, "StudentSchoolFoodServiceProgramAssociation").stream()
                .flatMap(a -> a.texts("SchoolFoodServiceProgramService.SchoolFoodServiceProgramService").stream())
                .map(s -> EdFiCodes.codeValue(s).toLowerCase(Locale.ROOT))
                .anyMatch(s -> s.startsWith("free") || s.startsWith("reduced"));
    }

    private boolean inProgram(String student, int year, String type) {
        return !associations(student, year, type).isEmpty();
    }

    private List<Node> associations(String student, int year, String type) {
        LocalDate start = LocalDate.of(year - 1, 7, 1);
        LocalDate end = LocalDate.of(year, 6, 30);
        return programs.getOrDefault(student, List.of()).stream()
                .filter(a -> a.name().equals(type))
                .filter(a -> EdFiCodes.date(a.text("BeginDate")).map(b -> !b.isAfter(end)).orElse(true))
                .filter(a -> EdFiCodes.date(a.text("EndDate")).map(e -> !e.isBefore(start)).orElse(true))
                .toList();
    }
}
