package org.flashlight.web.ontrack;

import static org.flashlight.web.ontrack.Fields.decimal;
import static org.flashlight.web.ontrack.Fields.integer;
import static org.flashlight.web.ontrack.Fields.optionalBoolean;
import static org.flashlight.web.ontrack.Fields.optionalDecimal;
import static org.flashlight.web.ontrack.Fields.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flashlight.core.ontrack.OnTrackFiles;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.web.ontrack.Rows.FactorCode;
import org.flashlight.web.ontrack.Rows.GapTableRow;
import org.flashlight.web.ontrack.Rows.GroupRateRow;
import org.flashlight.web.ontrack.Rows.RollupRow;
import org.flashlight.web.ontrack.Rows.SchoolEntry;
import org.flashlight.web.ontrack.Rows.StudentRow;
import org.flashlight.web.ontrack.Rows.SupportRow;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.flashlight.web.results.School;

/**
 * Everything the internal views show, read once at start: a score folder of {@code flashlight ontrack score}
 * (student_ontrack.csv, support_lists.csv, ontrack_rollup.csv, and schools.csv when present), optionally a report
 * folder of {@code flashlight ontrack report --results} (gap_tables.csv, group_rates.csv: each shown when present),
 * and optionally the schools' names and districts from a run. Immutable: one instance serves every request.
 * Names students: never given to the public app.
 */
public final class OnTrackData {
    /** The columns read from a schools.csv in the score folder (a bundle's schools.csv has them). */
    public static final List<String> SCHOOLS_HEADER = List.of("school_id", "school_name", "district_id", "district_name");

    private final Map<String, List<SupportRow>> supportBySchool;
    private final Map<String, List<StudentRow>> studentsBySchool;
    private final List<RollupRow> rollup;
    private final List<GapTableRow> gaps;
    private final List<GroupRateRow> groupRates;
    private final Map<String, SchoolEntry> schools;
    private final boolean hasReport;
    private final boolean knowsDistricts;

    OnTrackData(List<StudentRow> students, List<SupportRow> support, List<RollupRow> rollup, List<GapTableRow> gaps,
            List<GroupRateRow> groupRates, Map<String, SchoolEntry> directory, boolean hasReport) {
        Map<String, List<SupportRow>> bySchool = new TreeMap<>();
        support.forEach(r -> bySchool.computeIfAbsent(r.schoolId(), k -> new ArrayList<>()).add(r)); // the file's order
        bySchool.replaceAll((k, v) -> List.copyOf(v));
        this.supportBySchool = Collections.unmodifiableMap(bySchool);
        Map<String, List<StudentRow>> studentRows = new TreeMap<>();
        students.forEach(r -> studentRows.computeIfAbsent(r.schoolId(), k -> new ArrayList<>()).add(r));
        studentRows.replaceAll((k, v) -> List.copyOf(v));
        this.studentsBySchool = Collections.unmodifiableMap(studentRows);
        this.rollup = List.copyOf(rollup);
        this.gaps = List.copyOf(gaps);
        this.groupRates = List.copyOf(groupRates);
        this.hasReport = hasReport;
        // every school named by a file, with its directory entry when there is one
        TreeSet<String> ids = new TreeSet<>(directory.keySet());
        ids.addAll(bySchool.keySet());
        ids.addAll(studentRows.keySet());
        rollup.stream().filter(r -> r.level().equals("school")).forEach(r -> ids.add(r.entityId()));
        Map<String, SchoolEntry> entries = new LinkedHashMap<>();
        ids.forEach(id -> entries.put(id, directory.getOrDefault(id, new SchoolEntry(id, id, "", ""))));
        this.schools = Collections.unmodifiableMap(entries);
        this.knowsDistricts = entries.values().stream().anyMatch(s -> !s.districtId().isEmpty());
    }

    /** Reads the folders; {@code results} (a run folder) gives the schools' names and districts when present. */
    public static OnTrackData read(Path scores, Optional<Path> report, Optional<Path> results) {
        if (!Files.isDirectory(scores)) {
            throw new OnTrackDataException(scores + " is not a folder: give --scores the --out folder of flashlight ontrack score");
        }
        Map<String, SchoolEntry> directory = new TreeMap<>();
        if (Files.isRegularFile(scores.resolve("schools.csv"))) {
            directory.putAll(schoolsFile(scores.resolve("schools.csv")));
        }
        results.ifPresent(run -> directory.putAll(schoolsOfRun(run)));
        List<GapTableRow> gaps = List.of();
        List<GroupRateRow> rates = List.of();
        if (report.isPresent()) {
            if (!Files.isDirectory(report.get())) {
                throw new OnTrackDataException(report.get() + " is not a folder: give --report the --out folder of "
                        + "flashlight ontrack report");
            }
            Path gapFile = report.get().resolve("gap_tables.csv");
            Path ratesFile = report.get().resolve("group_rates.csv");
            gaps = Files.isRegularFile(gapFile) ? gapTables(gapFile) : List.of();
            rates = Files.isRegularFile(ratesFile) ? groupRates(ratesFile) : List.of();
        }
        return new OnTrackData(students(scores.resolve("student_ontrack.csv")),
                supportLists(scores.resolve("support_lists.csv")), rollup(scores.resolve("ontrack_rollup.csv")), gaps,
                rates, directory, report.isPresent());
    }

    // ------------------------------------------------------------------------------------ questions the views ask

    /** Every school a file names, by id, with its name and district when known. */
    public Map<String, SchoolEntry> schools() {
        return schools;
    }

    public Optional<SchoolEntry> school(String id) {
        return Optional.ofNullable(schools.get(id));
    }

    /** Whether any school's district is known (from schools.csv in the score folder, or --results). */
    public boolean knowsDistricts() {
        return knowsDistricts;
    }

    /** The district ids of the roll-up and of the directory, sorted. */
    public List<String> districtIds() {
        TreeSet<String> ids = new TreeSet<>();
        rollup.stream().filter(r -> r.level().equals("district")).forEach(r -> ids.add(r.entityId()));
        schools.values().stream().filter(s -> !s.districtId().isEmpty()).forEach(s -> ids.add(s.districtId()));
        return List.copyOf(ids);
    }

    /** The district's name from the directory, else its id. */
    public String districtName(String districtId) {
        return schools.values().stream().filter(s -> s.inDistrict(districtId)).map(SchoolEntry::districtName)
                .filter(n -> !n.isEmpty()).findFirst().orElse(districtId);
    }

    public List<SchoolEntry> schoolsOfDistrict(String districtId) {
        return schools.values().stream().filter(s -> s.inDistrict(districtId)).toList();
    }

    /** The school's support list in the file's order (newly flagged first, then the lowest probabilities). */
    public List<SupportRow> supportList(String schoolId) {
        return supportBySchool.getOrDefault(schoolId, List.of());
    }

    /** Every row of student_ontrack.csv of the school, in the file's order. */
    public List<StudentRow> studentRows(String schoolId) {
        return studentsBySchool.getOrDefault(schoolId, List.of());
    }

    public List<RollupRow> rollup(String level, String entityId) {
        return rollup.stream().filter(r -> r.level().equals(level) && r.entityId().equals(entityId)).toList();
    }

    public List<GapTableRow> gaps(String level, String entityId) {
        return gaps.stream().filter(r -> r.level().equals(level) && r.entityId().equals(entityId)).toList();
    }

    public List<GroupRateRow> groupRates(String level, String entityId) {
        return groupRates.stream().filter(r -> r.level().equals(level) && r.entityId().equals(entityId)).toList();
    }

    /** Whether a report folder was given (its files may still be absent: the page says which). */
    public boolean hasReport() {
        return hasReport;
    }

    public boolean hasGapTables() {
        return !gaps.isEmpty();
    }

    public boolean hasGroupRates() {
        return !groupRates.isEmpty();
    }

    // ------------------------------------------------------------------------------------ reading

    static List<StudentRow> students(Path file) {
        List<StudentRow> rows = new ArrayList<>();
        for (NamedCsv.Line l : NamedCsv.read(file, OnTrackFiles.STUDENT_ONTRACK)) {
            rows.add(new StudentRow((int) integer(l, "school_year"), text(l, "student_id"), text(l, "school_id"),
                    indicator(l), (int) integer(l, "checkpoint_month"), decimal(l, "probability"),
                    optionalDecimal(l, "previous_probability"), optionalDecimal(l, "change"), optionalBoolean(l, "rule_met"),
                    list(l.get("flags"), ";"), factors(l), optionalDecimal(l, "p_graduation"),
                    optionalDecimal(l, "p_college_enrollment"), optionalDecimal(l, "p_a_g_completion")));
        }
        return rows;
    }

    static List<SupportRow> supportLists(Path file) {
        List<SupportRow> rows = new ArrayList<>();
        for (NamedCsv.Line l : NamedCsv.read(file, OnTrackFiles.SUPPORT_LISTS)) {
            rows.add(new SupportRow(text(l, "school_id"), (int) integer(l, "school_year"), text(l, "student_id"),
                    indicator(l), (int) integer(l, "checkpoint_month"), decimal(l, "probability"),
                    optionalDecimal(l, "previous_probability"), list(l.get("reasons"), ";"), l.get("why"),
                    l.get("strengths")));
        }
        return rows;
    }

    static List<RollupRow> rollup(Path file) {
        List<RollupRow> rows = new ArrayList<>();
        for (NamedCsv.Line l : NamedCsv.read(file, OnTrackFiles.ROLLUP)) {
            rows.add(new RollupRow((int) integer(l, "school_year"), text(l, "level"), text(l, "entity_id"), indicator(l),
                    text(l, "student_group"), integer(l, "students"), decimal(l, "mean_probability"),
                    decimal(l, "below_threshold"), optionalDecimal(l, "rule_met"),
                    decimal(l, "mean_probability_first_update"), decimal(l, "change_over_year")));
        }
        return rows;
    }

    static List<GapTableRow> gapTables(Path file) {
        List<GapTableRow> rows = new ArrayList<>();
        for (NamedCsv.Line l : NamedCsv.read(file, OnTrackFiles.GAP_TABLES)) {
            rows.add(new GapTableRow(text(l, "metric"), (int) integer(l, "school_year"), text(l, "level"),
                    text(l, "entity_id"), text(l, "group"), decimal(l, "group_percent"), integer(l, "group_n"),
                    text(l, "comparison"), decimal(l, "comparison_percent"), integer(l, "comparison_n"),
                    decimal(l, "gap_points"), optionalDecimal(l, "gap_points_prior_year"), optionalDecimal(l, "gap_change")));
        }
        return rows;
    }

    static List<GroupRateRow> groupRates(Path file) {
        List<GroupRateRow> rows = new ArrayList<>();
        for (NamedCsv.Line l : NamedCsv.read(file, OnTrackFiles.GROUP_RATES)) {
            rows.add(new GroupRateRow(text(l, "metric"), (int) integer(l, "school_year"), text(l, "level"),
                    text(l, "entity_id"), text(l, "student_group"), integer(l, "numerator"), integer(l, "denominator"),
                    decimal(l, "percent"), optionalDecimal(l, "percent_prior_year"), optionalDecimal(l, "change_points")));
        }
        return rows;
    }

    /** A bundle's schools.csv (or any file with its four columns); with a school_year column the latest year wins. */
    static Map<String, SchoolEntry> schoolsFile(Path file) {
        Map<String, SchoolEntry> entries = new TreeMap<>();
        Map<String, Long> yearOf = new TreeMap<>();
        for (NamedCsv.Line l : NamedCsv.read(file, SCHOOLS_HEADER)) {
            String id = text(l, "school_id");
            long year = l.get("school_year").isBlank() ? 0 : integer(l, "school_year");
            if (year >= yearOf.getOrDefault(id, Long.MIN_VALUE)) {
                yearOf.put(id, year);
                entries.put(id, new SchoolEntry(id, orElse(l.get("school_name"), id), l.get("district_id").strip(),
                        orElse(l.get("district_name"), l.get("district_id").strip())));
            }
        }
        return entries;
    }

    static Map<String, SchoolEntry> schoolsOfRun(Path run) {
        ResultsLibrary library = ResultsLibrary.open(run);
        Map<String, SchoolEntry> entries = new TreeMap<>();
        for (FrameworkRun framework : library.runs()) {
            for (School s : framework.schools()) {
                entries.putIfAbsent(s.id(), new SchoolEntry(s.id(), s.name(), s.districtId(), s.districtName()));
            }
        }
        return entries;
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String indicator(NamedCsv.Line l) {
        String id = text(l, "indicator");
        if (OnTrackIndicator.fromId(id).isEmpty()) {
            throw l.error("indicator", "\"" + id + "\" is not one of " + String.join(", ",
                    Arrays.stream(OnTrackIndicator.values()).map(OnTrackIndicator::id).toList()));
        }
        return id;
    }

    private static List<String> list(String text, String separator) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static List<FactorCode> factors(NamedCsv.Line l) {
        List<FactorCode> codes = new ArrayList<>();
        for (String code : list(l.get("top_factors"), "\\|")) {
            int colon = code.lastIndexOf(':');
            if (colon <= 0) {
                throw l.error("top_factors", "\"" + code + "\" is not feature:contribution");
            }
            try {
                codes.add(new FactorCode(code.substring(0, colon), new java.math.BigDecimal(code.substring(colon + 1))));
            } catch (NumberFormatException e) {
                throw l.error("top_factors", "\"" + code + "\" is not feature:contribution");
            }
        }
        return codes;
    }
}
