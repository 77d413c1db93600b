package org.flashlight.ingest.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flashlight.core.bundle.Grades;
import org.flashlight.ingest.importer.TexasRecordMapper.TexasSchoolFacts;

/**
 * The schools.csv rows of the Texas import, built from what the student records say: the source has no
 * school file, so a school exists in a year when a student was tested there, its grade span is the tested
 * grades, and its district is the county-district part of the campus number. Rows come out sorted by year and
 * school id. Not thread-safe.
 */
final class TexasSchools {
    /** A Texas campus number is county (3 digits), district (3), campus (3); the district is the first 6. */
    static final int CAMPUS_NUMBER_LENGTH = 9;
    static final int DISTRICT_NUMBER_LENGTH = 6;

    private final Map<String, School> schools = new TreeMap<>();

    void add(TexasSchoolFacts facts) {
        schools.computeIfAbsent(facts.schoolYear() + "|" + facts.schoolId(),
                key -> new School(facts.schoolYear(), facts.schoolId())).add(facts);
    }

    List<Map<String, String>> rows(ImportNotes notes) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (School school : schools.values()) {
            rows.add(school.row(notes));
        }
        return rows;
    }

    /** The county-district number of a campus number, or empty when the id is not a 9-digit campus number. */
    static String districtOf(String campusNumber) {
        return campusNumber.length() == CAMPUS_NUMBER_LENGTH && campusNumber.chars().allMatch(Character::isDigit)
                ? campusNumber.substring(0, DISTRICT_NUMBER_LENGTH)
                : "";
    }

    /** The contract's school type of a tested-grade span. */
    static String schoolType(int low, int high) {
        if (low >= 9) {
            return "high";
        }
        if (high <= 5) {
            return "elementary";
        }
        if (low >= 6 && high <= 8) {
            return "middle";
        }
        return high <= 8 ? "k8" : "k12";
    }

    private static final class School {
        private final int year;
        private final String id;
        private int low = Integer.MAX_VALUE;
        private int high = Integer.MIN_VALUE;
        private boolean titleOne;

        School(int year, String id) {
            this.year = year;
            this.id = id;
        }

        void add(TexasSchoolFacts facts) {
            low = Math.min(low, facts.grade());
            high = Math.max(high, facts.grade());
            // 6: the campus runs a school-wide program; 7: a targeted-assistance program
            titleOne |= facts.titleOne().equals("6") || facts.titleOne().equals("7");
        }

        Map<String, String> row(ImportNotes notes) {
            String district = districtOf(id);
            if (district.isEmpty()) {
                notes.add("schools.csv: school_code is not a 9-digit campus number, district_id written 'unknown'");
                district = "unknown";
            }
            if (!titleOne) {
                notes.add("schools.csv: no student's title_1 code says the campus runs a Title I program "
                        + "(6 or 7), title_i written false");
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("school_year", Integer.toString(year));
            row.put("school_id", id);
            row.put("school_name", id); // the source has no names
            row.put("district_id", district);
            row.put("grade_low", Grades.label(low));
            row.put("grade_high", Grades.label(high));
            row.put("school_type", schoolType(low, high));
            row.put("title_i", Boolean.toString(titleOne));
            // not in the source: written false (docs/importing.md)
            row.put("charter", "false");
            row.put("cep", "false");
            return row;
        }
    }
}
