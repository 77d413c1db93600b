package org.flashlight.ontrack;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flashlight.core.ontrack.Component;
import org.flashlight.core.ontrack.Factor;
import org.flashlight.core.ontrack.OnTrackFiles;
import org.flashlight.core.ontrack.IndicatorResult;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.SupportListRule;
import org.flashlight.core.ontrack.SupportListRule.Reason;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;

/**
 * Writes the files of {@code flashlight ontrack score}: student_ontrack.csv (every scored snapshot),
 * support_lists.csv (per school, each student's latest update that the support-list rule lists, with
 * reasons and strengths in plain words), ontrack_rollup.csv (school, district and state, all students
 * and the target group pair) and schools.csv (the scored year's schools, names and districts). Internal files: they name students and must never be published.
 */
public final class ScoreFiles {


    private ScoreFiles() {
    }

    public static void write(Path out, BundleDatabase db, List<ScoredSnapshot> scored, SupportListRule rule) {
        try (CsvLines csv = new CsvLines(out.resolve("student_ontrack.csv"), OnTrackFiles.STUDENT_ONTRACK)) {
            for (ScoredSnapshot s : scored) {
                Snapshot n = s.snapshot();
                csv.row(n.schoolYear(), n.studentId(), n.schoolId(), n.indicator().id(), n.checkpointMonth(),
                        p(s.probability()), s.previousProbability().map(ScoreFiles::p).orElse(""),
                        s.previousProbability().map(prev -> p(s.probability() - prev)).orElse(""),
                        s.rule().map(r -> Boolean.toString(r.met())).orElse(""),
                        s.rule().map(ScoreFiles::flags).orElse(""), Factor.codes(s.factors()),
                        other(s, OnTrackOutcome.GRADUATION), other(s, OnTrackOutcome.COLLEGE_ENROLLMENT),
                        other(s, OnTrackOutcome.A_G_COMPLETION));
            }
        }
        List<ScoredSnapshot> latest = latestUpdates(scored);
        writeSupportLists(out.resolve("support_lists.csv"), latest, rule);
        writeRollup(out.resolve("ontrack_rollup.csv"), db, scored, latest, rule);
        writeSchools(out.resolve("schools.csv"), db, scored);
    }

    /** The scored years' schools with their names and districts, so the score folder reads on its own (web views). */
    private static void writeSchools(Path file, BundleDatabase db, List<ScoredSnapshot> scored) {
        String years = scored.stream().map(s -> Integer.toString(s.snapshot().schoolYear())).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        try (CsvLines csv = new CsvLines(file, OnTrackFiles.SCHOOLS);
                var st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT school_year, school_id, school_name, district_id, district_name "
                        + "FROM schools WHERE school_year IN (" + (years.isEmpty() ? "NULL" : years) + ") "
                        + "ORDER BY school_year, school_id")) {
            while (rs.next()) {
                csv.row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the schools: " + e.getMessage(), e);
        }
    }

    /** Each student's latest update of the year: end of year, else the last progress checkpoint; grade 8 apart. */
    static List<ScoredSnapshot> latestUpdates(List<ScoredSnapshot> scored) {
        Map<String, ScoredSnapshot> latest = new TreeMap<>();
        for (ScoredSnapshot s : scored) { // indicator order: risk, progress (by checkpoint), end of year
            latest.put(track(s) + "|" + s.snapshot().studentId(), s);
        }
        return List.copyOf(latest.values());
    }

    /** Grade 8 (the risk diagnostic) or grade 9 (progress monitoring, then the end of year). */
    private static int track(ScoredSnapshot s) {
        return s.snapshot().indicator().grade();
    }

    private static void writeSupportLists(Path file, List<ScoredSnapshot> latest, SupportListRule rule) {
        record Listed(ScoredSnapshot s, List<Reason> reasons) {
        }
        List<Listed> listed = new ArrayList<>();
        for (ScoredSnapshot s : latest) {
            List<Reason> reasons = rule.reasons(s.probability(), s.previousProbability(), s.rule().map(IndicatorResult::met),
                    s.previousRule().map(IndicatorResult::met));
            if (!reasons.isEmpty()) {
                listed.add(new Listed(s, reasons));
            }
        }
        listed.sort(Comparator.comparing((Listed l) -> l.s().snapshot().schoolId())
                .thenComparing(l -> l.reasons().get(0))
                .thenComparingDouble(l -> l.s().probability())
                .thenComparing(l -> l.s().snapshot().studentId()));
        try (CsvLines csv = new CsvLines(file, OnTrackFiles.SUPPORT_LISTS)) {
            for (Listed l : listed) {
                Snapshot n = l.s().snapshot();
                csv.row(n.schoolId(), n.schoolYear(), n.studentId(), n.indicator().id(), n.checkpointMonth(),
                        p(l.s().probability()), l.s().previousProbability().map(ScoreFiles::p).orElse(""),
                        l.reasons().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(";")),
                        why(l.s(), l.reasons()), strengths(l.s()));
            }
        }
    }

    /** The reasons in words, the rule's unmet components, then the factors that lower the probability. */
    static String why(ScoredSnapshot s, List<Reason> reasons) {
        List<String> parts = new ArrayList<>();
        reasons.forEach(r -> parts.add(r.words()));
        s.rule().ifPresent(r -> r.components().stream().filter(c -> !c.met()).forEach(c -> parts.add(c.evidence())));
        s.factors().stream().filter(f -> f.contribution() < 0).forEach(f -> parts.add(f.inWords()));
        return String.join("; ", parts);
    }

    /** Strengths beside risks (BTSC-7): the rule's met components and the factors that raise the probability. */
    static String strengths(ScoredSnapshot s) {
        List<String> parts = new ArrayList<>();
        s.rule().ifPresent(r -> r.components().stream().filter(Component::met).forEach(c -> parts.add(c.evidence())));
        s.factors().stream().filter(f -> f.contribution() > 0).forEach(f -> parts.add(f.inWords()));
        return String.join("; ", parts);
    }

    private static String flags(IndicatorResult r) {
        return r.components().stream().filter(c -> !c.met()).map(Component::id).collect(Collectors.joining(";"));
    }

    private static String other(ScoredSnapshot s, OnTrackOutcome outcome) {
        Double value = s.others().get(outcome);
        return value == null ? "" : p(value);
    }

    private static String p(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    // ------------------------------------------------------------------------------------ roll-up

    private static void writeRollup(Path file, BundleDatabase db, List<ScoredSnapshot> scored,
            List<ScoredSnapshot> latest, SupportListRule rule) {
        Map<String, String> districtOf = districts(db);
        Map<String, ScoredSnapshot> first = new HashMap<>();
        for (ScoredSnapshot s : scored) { // a grade-9 student's first update is their first progress checkpoint
            first.putIfAbsent(track(s) + "|" + s.snapshot().studentId(), s);
        }
        // key: year|level|entity|indicator|group -> sums
        Map<String, double[]> sums = new TreeMap<>();
        for (int i = 0; i < scored.size(); i++) {
            ScoredSnapshot s = scored.get(i);
            Snapshot n = s.snapshot();
            ScoredSnapshot firstUpdate = first.get(track(s) + "|" + n.studentId());
            if (!lastOfIndicator(scored, i)) {
                continue; // each student counts once per indicator, at their latest update
            }
            List<String> groups = new ArrayList<>(List.of("all"));
            n.groups().stream().filter(g -> g.equals("target_group") || g.equals("not_target_group")).forEach(groups::add);
            Map<String, String> entities = new LinkedHashMap<>();
            entities.put("school", n.schoolId());
            entities.put("district", districtOf.getOrDefault(n.schoolYear() + "|" + n.schoolId(), "unknown"));
            entities.put("state", "state");
            for (Map.Entry<String, String> entity : entities.entrySet()) {
                for (String group : groups) {
                    double[] acc = sums.computeIfAbsent(String.join("|", Integer.toString(n.schoolYear()), entity.getKey(),
                            entity.getValue(), n.indicator().id(), group), k -> new double[6]);
                    acc[0]++;
                    acc[1] += s.probability();
                    acc[2] += s.probability() < rule.threshold() ? 1 : 0;
                    acc[3] += s.rule().map(r -> r.met() ? 1 : 0).orElse(0);
                    acc[4] += s.rule().isPresent() ? 1 : 0;
                    acc[5] += firstUpdate.probability();
                }
            }
        }
        try (CsvLines csv = new CsvLines(file, OnTrackFiles.ROLLUP)) {
            sums.forEach((key, acc) -> {
                String[] k = key.split("\\|");
                double mean = acc[1] / acc[0];
                double firstMean = acc[5] / acc[0];
                csv.row(k[0], k[1], k[2], k[3], k[4], (long) acc[0], p(mean), p(acc[2] / acc[0]),
                        acc[4] == 0 ? "" : p(acc[3] / acc[4]), p(firstMean), p(mean - firstMean));
            });
        }
    }

    /** Whether no later snapshot of the same indicator and student follows (rows are in checkpoint order). */
    private static boolean lastOfIndicator(List<ScoredSnapshot> scored, int i) {
        if (i + 1 >= scored.size()) {
            return true;
        }
        Snapshot here = scored.get(i).snapshot();
        Snapshot next = scored.get(i + 1).snapshot();
        return next.indicator() != here.indicator() || !next.studentId().equals(here.studentId());
    }

    private static Map<String, String> districts(BundleDatabase db) {
        Map<String, String> districts = new HashMap<>();
        try (var st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT school_year, school_id, district_id FROM schools")) {
            while (rs.next()) {
                districts.put(rs.getInt(1) + "|" + rs.getString(2), rs.getString(3));
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read the schools' districts: " + e.getMessage(), e);
        }
        return districts;
    }
}
