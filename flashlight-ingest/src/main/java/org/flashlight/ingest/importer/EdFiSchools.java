package org.flashlight.ingest.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.flashlight.core.bundle.Grades;
import org.flashlight.ingest.importer.EdFiXml.Node;

/**
 * schools.csv from Ed-Fi School and LocalEducationAgency entities: id, name, district (the LEA the school
 * references, by its {@code ref} or its id), grade span (the GradeLevel descriptors offered), type (SchoolCategory,
 * else the span), Title I and charter status. The interchange has no school year on a school, so a school is
 * written for every school year the data names. Rows are sorted by school id.
 */
final class EdFiSchools {
    private final Map<String, Node> schools = new TreeMap<>();
    private final Map<String, Node> districtsByRef = new HashMap<>();
    private final Map<String, Node> districtsById = new HashMap<>();

    EdFiSchools(List<Node> schoolNodes, List<Node> districtNodes) {
        for (Node district : districtNodes) {
            if (!district.id().isEmpty()) {
                districtsByRef.put(district.id(), district);
            }
            districtsById.put(district.text("LocalEducationAgencyId"), district);
        }
        for (Node school : schoolNodes) {
            schools.put(school.text("SchoolId"), school);
        }
    }

    boolean known(String schoolId) {
        return schools.containsKey(schoolId);
    }

    /** Whether the school offers {@code grade} (a school with no GradeLevel offers every grade). */
    boolean offers(String schoolId, int grade) {
        List<Integer> grades = grades(schools.get(schoolId));
        return grades.isEmpty() || grades.contains(grade);
    }

    /** The one school that offers {@code grade}, or empty when none or several do. */
    Optional<String> onlySchoolOffering(int grade) {
        List<String> offering = schools.keySet().stream().filter(id -> grades(schools.get(id)).contains(grade)).toList();
        return offering.size() == 1 ? Optional.of(offering.get(0)) : Optional.empty();
    }

    List<Map<String, String>> rows(int year, ImportNotes notes) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Node school : schools.values()) {
            List<Integer> grades = grades(school);
            if (grades.isEmpty()) {
                notes.add("schools.csv: a school without GradeLevel descriptors is not written");
                continue;
            }
            int low = grades.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int high = grades.stream().mapToInt(Integer::intValue).max().orElseThrow();
            Node district = district(school);
            Map<String, String> row = new LinkedHashMap<>();
            row.put("school_year", Integer.toString(year));
            row.put("school_id", school.text("SchoolId"));
            row.put("school_name", school.text("NameOfInstitution"));
            row.put("district_id", district == null ? school.text("LocalEducationAgencyReference"
                    + ".LocalEducationAgencyIdentity.LocalEducationAgencyId") : district.text("LocalEducationAgencyId"));
            row.put("district_name", district == null ? "" : district.text("NameOfInstitution"));
            row.put("grade_low", Grades.label(low));
            row.put("grade_high", Grades.label(high));
            row.put("school_type", EdFiCodes.schoolType(school.text("SchoolCategory"))
                    .orElseGet(() -> TexasSchools.schoolType(low, high)));
            row.put("title_i", EdFiCodes.titleOne(school.text("TitleIPartASchoolDesignation")).map(String::valueOf)
                    .orElseGet(() -> {
                        notes.add("schools.csv: no TitleIPartASchoolDesignation, title_i written false");
                        return "false";
                    }));
            row.put("charter", EdFiCodes.charter(school.text("CharterStatus")).map(String::valueOf).orElseGet(() -> {
                notes.add("schools.csv: no CharterStatus, charter written false");
                return "false";
            }));
            notes.add("schools.csv: Ed-Fi has no Community Eligibility Provision flag, cep written false");
            row.put("cep", "false");
            rows.add(row);
        }
        return rows;
    }

    private Node district(Node school) {
        String ref = school.all("LocalEducationAgencyReference").stream().map(Node::ref).findFirst().orElse("");
        Node byRef = districtsByRef.get(ref);
        return byRef != null ? byRef : districtsById.get(school.text("LocalEducationAgencyReference"
                + ".LocalEducationAgencyIdentity.LocalEducationAgencyId"));
    }

    private static List<Integer> grades(Node school) {
        List<Integer> grades = new ArrayList<>();
        for (String descriptor : school.texts("GradeLevel")) {
            OptionalInt grade = EdFiCodes.grade(descriptor);
            grade.ifPresent(grades::add);
        }
        return grades;
    }
}
