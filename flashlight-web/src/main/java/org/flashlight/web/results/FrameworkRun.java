package org.flashlight.web.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The public results of one {@code flashlight run}: every cell already through disclosure avoidance, the
 * school outcomes (without scores where the framework does not publish them), the public explanation
 * lines and the schools. Immutable, so one instance serves every request; nothing here can reveal a
 * suppressed count, because such counts are never read into it.
 */
public final class FrameworkRun {
    private final String id;
    private final String name;
    private final boolean publishScore;
    private final int minNPublic;
    private final SortedSet<Integer> years;
    private final Map<CellKey, PublicCell> cells;
    private final Map<String, List<CellKey>> keysByEntityYear;
    private final List<School> schools;
    private final Map<String, School> schoolsById;
    private final Map<String, List<SchoolOutcome>> outcomesBySchoolYear;
    private final List<SchoolOutcome> outcomes;
    private final Map<String, List<ExplanationLine>> explanationsBySchoolYear;
    private final Map<String, Integer> withheldExplanations;
    private final Map<CellKey, String> colors;

    public FrameworkRun(String id, String name, boolean publishScore, int minNPublic, List<PublicCell> cells,
            List<School> schools, List<SchoolOutcome> outcomes, ExplanationPolicy.Result explanations) {
        this.id = Objects.requireNonNull(id, "id is null");
        this.name = Objects.requireNonNullElse(name, id);
        this.publishScore = publishScore;
        this.minNPublic = minNPublic;
        Map<CellKey, PublicCell> byKey = new HashMap<>();
        Map<String, List<CellKey>> byEntity = new HashMap<>();
        SortedSet<Integer> seenYears = new TreeSet<>();
        for (PublicCell cell : cells) {
            if (byKey.putIfAbsent(cell.key(), cell) == null) {
                byEntity.computeIfAbsent(entityYear(cell.key().level(), cell.key().entityId(), cell.key().year()),
                        k -> new ArrayList<>()).add(cell.key());
            }
            seenYears.add(cell.key().year());
        }
        this.cells = Collections.unmodifiableMap(byKey);
        byEntity.replaceAll((k, v) -> List.copyOf(v));
        this.keysByEntityYear = Collections.unmodifiableMap(byEntity);
        this.years = Collections.unmodifiableSortedSet(seenYears);
        this.schools = schools.stream().sorted(Comparator.comparing(School::name).thenComparing(School::id)).toList();
        Map<String, School> ids = new LinkedHashMap<>();
        this.schools.forEach(s -> ids.put(s.id(), s));
        this.schoolsById = Collections.unmodifiableMap(ids);
        List<SchoolOutcome> visible = outcomes.stream().map(o -> publishScore ? o : o.withoutScore()).toList();
        this.outcomes = visible;
        Map<String, List<SchoolOutcome>> bySchool = new HashMap<>();
        visible.forEach(o -> bySchool.computeIfAbsent(ExplanationPolicy.Result.key(o.schoolId(), o.year()),
                k -> new ArrayList<>()).add(o));
        bySchool.replaceAll((k, v) -> List.copyOf(v));
        this.outcomesBySchoolYear = Collections.unmodifiableMap(bySchool);
        Map<String, List<ExplanationLine>> lines = new HashMap<>();
        explanations.publicLines().forEach(l -> lines.computeIfAbsent(
                ExplanationPolicy.Result.key(l.schoolId(), l.year()), k -> new ArrayList<>()).add(l));
        lines.replaceAll((k, v) -> List.copyOf(v));
        this.explanationsBySchoolYear = Collections.unmodifiableMap(lines);
        this.withheldExplanations = explanations.withheldBySchoolYear();
        Map<CellKey, String> colorByCell = new HashMap<>();
        for (ExplanationLine l : explanations.publicLines()) {
            if (!l.color().isEmpty() && !l.group().isEmpty()) {
                colorByCell.putIfAbsent(CellKey.school(l.year(), l.schoolId(), l.metric(), l.group()), l.color());
            }
        }
        this.colors = Collections.unmodifiableMap(colorByCell);
    }

    /**
     * The colour a dashboard framework gives a school's cell ({@code Orange}), read from a public explanation
     * line only: a cell whose colour line is withheld has none here.
     */
    public Optional<String> color(CellKey key) {
        return Optional.ofNullable(colors.get(key));
    }

    private static String entityYear(String level, String entityId, int year) {
        return level + "/" + entityId + "/" + year;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean publishScore() {
        return publishScore;
    }

    public int minNPublic() {
        return minNPublic;
    }

    public SortedSet<Integer> years() {
        return years;
    }

    public int latestYear() {
        return years.isEmpty() ? 0 : years.last();
    }

    public Optional<PublicCell> cell(CellKey key) {
        return Optional.ofNullable(cells.get(key));
    }

    /** Every cell of one entity and year (in the order the run wrote them). */
    public List<PublicCell> cellsOf(String level, String entityId, int year) {
        return keysByEntityYear.getOrDefault(entityYear(level, entityId, year), List.of()).stream()
                .map(cells::get).toList();
    }

    /** Schools by name. */
    public List<School> schools() {
        return schools;
    }

    public Optional<School> school(String schoolId) {
        return Optional.ofNullable(schoolsById.get(schoolId));
    }

    public List<SchoolOutcome> outcomes() {
        return outcomes;
    }

    public List<SchoolOutcome> outcomesOf(String schoolId, int year) {
        return outcomesBySchoolYear.getOrDefault(ExplanationPolicy.Result.key(schoolId, year), List.of());
    }

    public List<ExplanationLine> explanationsOf(String schoolId, int year) {
        return explanationsBySchoolYear.getOrDefault(ExplanationPolicy.Result.key(schoolId, year), List.of());
    }

    public int withheldExplanationsOf(String schoolId, int year) {
        return withheldExplanations.getOrDefault(ExplanationPolicy.Result.key(schoolId, year), 0);
    }
}
