package org.flashlight.duckdb.accountability;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flashlight.core.accountability.Designation;
import org.flashlight.core.accountability.Numbers;
import org.flashlight.core.accountability.ScoringOutcome;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.CsvTables;

/**
 * Writes what a framework made of a run (outputs.md): scoring_rules.csv (the cuts, floors and targets
 * used), school_results.csv (score, rating, designations with the rule that fired) and
 * score_explanations.csv (FW-3: every step of every score's arithmetic), and loads each into the results
 * database as a table of the same name. Values, cuts, floors and targets are written to 20 decimals, points,
 * weights and scores to 6 (half up; the engine keeps 34 significant digits).
 */
public final class AccountabilityFiles {
    static final Map<String, String> RULES = columns("framework", "school_year:INTEGER", "framework_level", "metric",
            "student_group", "method", "floor:DECIMAL(38,20)", "target:DECIMAL(38,20)", "cuts", "base_year:INTEGER",
            "econ_disadv_rule", "schools:INTEGER");
    static final Map<String, String> SCHOOLS = columns("framework", "school_year:INTEGER", "school_id",
            "framework_level", "score:DECIMAL(38,6)", "rating", "designations", "detail", "group_scores");
    static final Map<String, String> LINES = columns("framework", "school_year:INTEGER", "school_id",
            "framework_level", "step", "student_group", "indicator", "metric", "value:DECIMAL(38,20)",
            "students:BIGINT", "rule", "metric_level:INTEGER", "points:DECIMAL(38,6)", "possible:DECIMAL(38,6)",
            "weight:DECIMAL(38,6)", "text");

    private AccountabilityFiles() {
    }

    public static void write(BundleDatabase db, Path out, String framework, String econRule, ScoringOutcome outcome) {
        Path rules = out.resolve("scoring_rules.csv");
        writeCsv(rules, RULES, outcome.rules(), r -> List.of(framework, Integer.toString(r.schoolYear()),
                r.frameworkLevel(), r.metric(), r.group(), r.method(), exact(r.floor()), exact(r.target()),
                r.cuts().stream().map(AccountabilityFiles::exact).collect(Collectors.joining("|")),
                Integer.toString(r.baseYear()), econRule, Integer.toString(r.schools())));
        Path schools = out.resolve("school_results.csv");
        writeCsv(schools, SCHOOLS, outcome.schools(), s -> List.of(framework, Integer.toString(s.schoolYear()),
                s.schoolId(), s.frameworkLevel(), show(s.score()), s.rating(),
                s.designations().stream().map(Designation::id).collect(Collectors.joining("|")),
                s.designations().stream().map(Designation::detail).collect(Collectors.joining("; ")),
                s.groupScores().entrySet().stream().map(e -> e.getKey() + "=" + show(e.getValue()))
                        .collect(Collectors.joining("|"))));
        Path lines = out.resolve("score_explanations.csv");
        writeCsv(lines, LINES, outcome.lines(), l -> List.of(framework, Integer.toString(l.schoolYear()),
                l.schoolId(), l.frameworkLevel(), l.step(), l.group(), l.indicator(), l.metric(), exact(l.value()),
                l.students() == 0 ? "" : Long.toString(l.students()), l.rule(),
                l.level() == null ? "" : l.level().toString(), show(l.points()), show(l.possible()), show(l.weight()),
                l.text()));
        CsvTables.load(db, "scoring_rules", rules, RULES);
        CsvTables.load(db, "school_results", schools, SCHOOLS);
        CsvTables.load(db, "score_explanations", lines, LINES);
    }

    private static String show(BigDecimal value) {
        return Numbers.show(value);
    }

    /**
     * Metric values, cuts, floors and targets as used, to 20 decimals (half up; a value has 16 significant
     * digits and a cut interpolates two of them, so nothing a reviewer needs is lost).
     */
    static String exact(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = value.setScale(20, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return (shown.signum() == 0 ? BigDecimal.ZERO : shown).toPlainString();
    }

    static <T> void writeCsv(Path target, Map<String, String> columns, List<T> rows,
            Function<T, List<String>> fields) {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(target)) {
            csv.writeRecord(columns.keySet());
            for (T row : rows) {
                csv.writeRecord(fields.apply(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** {@code name} or {@code name:TYPE} (VARCHAR when no type), in order. */
    static Map<String, String> columns(String... specs) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            columns.put(colon < 0 ? spec : spec.substring(0, colon), colon < 0 ? "VARCHAR" : spec.substring(colon + 1));
        }
        return java.util.Collections.unmodifiableMap(columns);
    }
}
