package org.flashlight.ingest.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Grades;
import org.flashlight.ingest.importer.EdFiXml.Node;

/**
 * Imports Ed-Fi bulk-interchange XML (Data Standard 5) into a bundle. What the interchanges carry maps
 * directly: schools and their district, students and their birth date, program associations as student-group
 * flags, discipline actions, state-assessment, SAT and ACT results. Enrollment (StudentSchoolAssociation) may be
 * missing, as in the Grand Bend sample: then a stay is inferred for each student, school and year with
 * attendance events or a discipline action there (or, for a student assessed without either, at the only school
 * offering the assessed grade), in the grade the student was assessed in that year; without an assessed grade
 * there is no stay. docs/importing.md lists every mapping and what cannot be computed; everything the mapping
 * leaves out is counted in the summary's notes.
 */
public final class EdFiImport {
    public static final String SOURCE_ID = "edfi";

    private final EdFiEntities entities;
    private final ImportNotes notes = new ImportNotes();
    private final EdFiSchools schools;
    /** (school_year, student) -> the schools with attendance events or discipline actions, sorted. */
    private final Map<String, SortedSet<String>> schoolsOfStudent = new TreeMap<>();
    /** (school_year, student) -> the grade the student was assessed in that year. */
    private final Map<String, Integer> assessedGrade = new HashMap<>();
    private final SortedSet<Integer> schoolYears = new TreeSet<>();

    private EdFiImport(EdFiEntities entities) {
        this.entities = entities;
        this.schools = new EdFiSchools(entities.of("School"), entities.of("LocalEducationAgency"));
    }

    /** Reads the interchange files of {@code source} (or of {@code source/xml}) and writes the bundle into {@code out}. */
    public static ImportSummary run(Path source, Path out) {
        Path folder = Files.isDirectory(source.resolve("xml")) ? source.resolve("xml") : source;
        return new EdFiImport(EdFiEntities.read(folder)).write(out);
    }

    private ImportSummary write(Path out) {
        collectYearsAndSchoolsOfStudents();
        EdFiAssessments assessments = new EdFiAssessments(entities.of("Assessment"), notes);
        try (BundleWriter bundle = new BundleWriter(out)) {
            for (TestDefinition definition : assessments.definitions()) {
                bundle.write(BundleContract.TESTS, TestsCsv.row(definition));
            }
            for (int year : schoolYears) {
                schools.rows(year, notes).forEach(row -> bundle.write(BundleContract.SCHOOLS, row));
            }
            EdFiStudents students = new EdFiStudents(entities, notes);
            for (int year : schoolYears) {
                for (Node student : entities.of("Student")) {
                    bundle.write(BundleContract.STUDENTS, students.row(student, year));
                }
            }
            writeStays(bundle);
            for (Node result : entities.of("StudentAssessment")) {
                assessments.row(result, this::schoolOf).ifPresent(row -> bundle.write(BundleContract.ASSESSMENTS, row));
            }
            writeDiscipline(bundle);
            entities.notMapped().forEach((type, count) ->
                    notes.add("Ed-Fi " + type + " entities are not mapped (docs/importing.md)", count));
            bundle.close();
            return new ImportSummary(SOURCE_ID, entities.readPerFile(), 0, bundle.rowsPerFile(), notes.lines());
        }
    }

    /** School years named by the data (attendance sessions, assessments, discipline dates); schools of each student. */
    private void collectYearsAndSchoolsOfStudents() {
        for (Node event : entities.of("StudentSchoolAttendanceEvent")) {
            OptionalInt year = EdFiCodes.schoolYear(event.text("SessionReference.SessionIdentity.SchoolYear"));
            if (year.isEmpty()) {
                year = EdFiCodes.date(event.text("AttendanceEvent.EventDate")).map(d -> OptionalInt.of(
                        EdFiCodes.schoolYearOf(d))).orElse(OptionalInt.empty());
            }
            if (year.isPresent()) {
                place(year.getAsInt(), event.text("StudentReference.StudentIdentity.StudentUniqueId"),
                        event.text("SchoolReference.SchoolIdentity.SchoolId"));
            }
        }
        for (Node action : entities.of("DisciplineAction")) {
            Optional<LocalDate> date = EdFiCodes.date(action.text("DisciplineDate"));
            date.ifPresent(d -> place(EdFiCodes.schoolYearOf(d), action.text("StudentReference.StudentIdentity"
                    + ".StudentUniqueId"), action.text("ResponsibilitySchoolReference.SchoolIdentity.SchoolId")));
        }
        for (Node result : entities.of("StudentAssessment")) {
            OptionalInt year = EdFiCodes.schoolYear(result.text("SchoolYear"));
            OptionalInt grade = EdFiCodes.grade(result.text("WhenAssessedGradeLevel"));
            if (year.isPresent()) {
                schoolYears.add(year.getAsInt());
                if (grade.isPresent()) {
                    assessedGrade.merge(key(year.getAsInt(), result.text("StudentReference.StudentIdentity"
                            + ".StudentUniqueId")), grade.getAsInt(), Math::max);
                }
            }
        }
        // a student assessed without attendance or discipline anywhere that year: the only school offering the grade
        for (Map.Entry<String, Integer> assessed : assessedGrade.entrySet()) {
            if (!schoolsOfStudent.containsKey(assessed.getKey())) {
                Optional<String> only = schools.onlySchoolOffering(assessed.getValue());
                if (only.isPresent()) {
                    notes.add("a student assessed that year without attendance events or discipline is placed at the "
                            + "only school offering the assessed grade");
                    place(Integer.parseInt(assessed.getKey().substring(0, 4)), assessed.getKey().substring(5),
                            only.get());
                }
            }
        }
    }

    private void place(int year, String student, String school) {
        schoolYears.add(year);
        if (!student.isEmpty() && schools.known(school)) {
            schoolsOfStudent.computeIfAbsent(key(year, student), k -> new TreeSet<>()).add(school);
        }
    }

    /** The one school a student has evidence at in a year; empty when none or several. */
    private Optional<String> schoolOf(int year, String student) {
        SortedSet<String> found = schoolsOfStudent.get(key(year, student));
        return found != null && found.size() == 1 ? Optional.of(found.first()) : Optional.empty();
    }

    /** One inferred stay per (year, student, school) with evidence, in the grade the student was assessed in that year. */
    private void writeStays(BundleWriter bundle) {
        for (Map.Entry<String, SortedSet<String>> entry : schoolsOfStudent.entrySet()) {
            int year = Integer.parseInt(entry.getKey().substring(0, 4));
            String student = entry.getKey().substring(5);
            for (String school : entry.getValue()) {
                Integer grade = assessedGrade.get(entry.getKey());
                if (grade == null) {
                    notes.add("enrollments.csv: no stay written for a student at a school that year: no assessment "
                            + "that year gives the grade (the grade of a stay is in StudentSchoolAssociation)");
                    continue;
                }
                if (!schools.offers(school, grade)) {
                    notes.add("enrollments.csv: no stay written: the assessed grade is not offered by the school");
                    continue;
                }
                Map<String, String> stay = new LinkedHashMap<>();
                stay.put("school_year", Integer.toString(year));
                stay.put("student_id", student);
                stay.put("school_id", school);
                stay.put("grade_level", Grades.label(grade));
                stay.put("entry_date", (year - 1) + "-07-01");
                stay.put("days_enrolled", "0");
                stay.put("days_present", "0");
                bundle.write(BundleContract.ENROLLMENTS, stay);
            }
        }
    }

    private void writeDiscipline(BundleWriter bundle) {
        Map<String, String> incidentDates = new HashMap<>();
        for (Node incident : entities.of("DisciplineIncident")) {
            incidentDates.put(incident.text("SchoolReference.SchoolIdentity.SchoolId") + "|"
                    + incident.text("IncidentIdentifier"), incident.text("IncidentDate"));
        }
        String association = "StudentDisciplineIncidentBehaviorAssociationReference"
                + ".StudentDisciplineIncidentBehaviorAssociationIdentity.DisciplineIncidentReference"
                + ".DisciplineIncidentIdentity.";
        for (Node action : entities.of("DisciplineAction")) {
            String school = action.text("ResponsibilitySchoolReference.SchoolIdentity.SchoolId");
            Optional<LocalDate> actionDate = EdFiCodes.date(action.text("DisciplineDate"));
            String incidentDate = incidentDates.getOrDefault(action.text(association + "SchoolReference.SchoolIdentity"
                    + ".SchoolId") + "|" + action.text(association + "IncidentIdentifier"), "");
            Optional<LocalDate> date = EdFiCodes.date(incidentDate).or(() -> actionDate);
            if (actionDate.isEmpty() || date.isEmpty() || !schools.known(school)) {
                notes.add("discipline.csv: a DisciplineAction without a date or a known responsibility school is "
                        + "not written");
                continue;
            }
            String days = action.text("ActualDisciplineActionLength");
            Map<String, String> row = new LinkedHashMap<>();
            row.put("school_year", Integer.toString(EdFiCodes.schoolYearOf(actionDate.get())));
            row.put("student_id", action.text("StudentReference.StudentIdentity.StudentUniqueId"));
            row.put("school_id", school);
            row.put("incident_date", date.get().toString());
            row.put("action", EdFiCodes.disciplineAction(action.text("Discipline")));
            row.put("days", days.isEmpty() ? action.text("DisciplineActionLength") : days);
            bundle.write(BundleContract.DISCIPLINE, row);
        }
    }

    private static String key(int year, String student) {
        return year + "|" + student;
    }
}
