package org.flashlight.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flashlight.core.metric.AssessmentSettings;
import org.flashlight.core.metric.MetricCatalog;
import org.flashlight.core.metric.MetricDefinition;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.metric.DrillDownCsv;
import org.flashlight.duckdb.metric.MetricDrillDown;
import org.flashlight.duckdb.metric.MetricDrillDown.DrillDown;
import org.flashlight.duckdb.metric.MetricResult;
import org.flashlight.duckdb.metric.MetricResultChoices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code flashlight explain}: the drill-down of one number of metric_results.csv (issue 3). Prints the
 * metric, the rule of its population and what each row adds, the result as metric_results.csv has it,
 * then the student rows behind it as CSV. Opens the results database read-only.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Internal view: the student records behind one number of metric_results.csv and the rule "
                + "that placed each in its numerator and denominator.",
            "For example: why a school's suspension rate is 0.23. Prints a header (lines starting with #: the metric, "
                + "its population's rule, what each row adds, the result as metric_results.csv has it), then the rows "
                + "as CSV: student_id, in_numerator, in_denominator, numerator, denominator, then the population's "
                + "columns (docs/metrics/drill-down.md).",
            "INTERNAL VIEW: the output holds student-level records. It is for authorized district or school users "
                + "and their own schools only; never publish it or share it outside them.",
            "Exit code 0 on success, 2 on a usage error (unknown metric, entity, year or group, or no results "
                + "database)."})
final class ExplainCommand implements Callable<Integer> {
    /** Choices listed in an error message before "and N more". */
    private static final int CHOICES_SHOWN = 30;
    private static final List<String> LEVELS = List.of("school", "district", "state");

    @Spec
    CommandSpec spec;

    @Option(names = "--results", required = true, paramLabel = "OUT_DIR_OR_DB",
            description = "the --out folder of `flashlight run`, or its flashlight.duckdb")
    Path results;

    @Option(names = "--metric", required = true, paramLabel = "M", description = "a metric id, e.g. suspension")
    String metric;

    @Option(names = "--entity", paramLabel = "ID",
            description = "the school id, the district id, or state (may be left out with --level state)")
    String entity;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "school",
            description = "school, district or state (default: ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--framework-level", paramLabel = "L", defaultValue = "",
            description = "for a school the framework splits into levels (a K-8 with elementary and middle rows in "
                    + "metric_results.csv): the framework_level of the row, e.g. middle (default: the whole school)")
    String frameworkLevel;

    @Option(names = "--group", paramLabel = "G", defaultValue = "all",
            description = "a student group id, e.g. swd or lowest_race (default: ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--year", paramLabel = "Y",
            description = "the school year, named by its spring (default: the latest year of the results)")
    Integer year;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write the rows to this CSV file instead of the console")
    Path out;

    @Override
    public Integer call() throws IOException {
        MetricDefinition definition = MetricCatalog.find(metric).orElseThrow(() -> usage("--metric " + metric
                + ": no such metric; choose one of: "
                + String.join(", ", MetricCatalog.METRICS.stream().map(MetricDefinition::id).toList())));
        if (!LEVELS.contains(level)) {
            throw usage("--level " + level + ": choose one of: " + String.join(", ", LEVELS));
        }
        if (!frameworkLevel.isEmpty() && !level.equals("school")) {
            throw usage("--framework-level " + frameworkLevel + ": only a school is split into framework levels; "
                    + "leave it out with --level " + level);
        }
        if (entity == null) {
            if (!level.equals("state")) {
                throw usage("--entity is required with --level " + level + " (a " + level + " id)");
            }
            entity = "state";
        }
        if (out != null) {
            Outputs.requireWritableParent(out, "--out");
        }
        try (BundleDatabase db = openReadOnly(resultsDatabase())) {
            int schoolYear = checkKeys(db);
            DrillDown drillDown = MetricDrillDown.explain(db, definition, schoolYear, level, entity, frameworkLevel,
                    group, AssessmentSettings.DEFAULT); // as flashlight run computes them
            PrintWriter console = spec.commandLine().getOut();
            printHeader(drillDown, console);
            if (out == null) {
                console.println();
                DrillDownCsv.write(drillDown, console);
            } else {
                try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    DrillDownCsv.write(drillDown, file);
                }
                console.println("Wrote " + drillDown.rows().size() + " rows to " + out);
            }
            console.flush();
            return ExitCodes.OK;
        }
    }

    /** The year asked for (or the latest), after checking that year, entity, metric and group have a result. */
    private int checkKeys(BundleDatabase db) {
        if (!MetricResultChoices.hasResults(db)) {
            throw usage("--results " + results + ": not a results database of `flashlight run` (no metric_aggregates "
                    + "table)");
        }
        List<String> years = MetricResultChoices.years(db);
        if (years.isEmpty()) {
            throw usage("--results " + results + ": the results database holds no metric results");
        }
        int schoolYear = year != null ? year : Integer.parseInt(years.getLast());
        if (!years.contains(Integer.toString(schoolYear))) {
            throw usage("--year " + schoolYear + ": no results for that school year; choose one of: " + choices(years));
        }
        List<String> entities = MetricResultChoices.entities(db, schoolYear, level);
        if (!entities.contains(entity)) {
            throw usage("--entity " + entity + ": no " + level + " " + entity + " in the " + schoolYear
                    + " results; choose one of: " + choices(entities));
        }
        String where = level + " " + entity;
        if (!frameworkLevel.isEmpty()) {
            List<String> frameworkLevels = MetricResultChoices.frameworkLevels(db, schoolYear, entity);
            if (!frameworkLevels.contains(frameworkLevel)) {
                throw usage("--framework-level " + frameworkLevel + ": school " + entity + " has no rows of that "
                        + "framework level in " + schoolYear + (frameworkLevels.isEmpty()
                                ? " (the framework does not split it: leave --framework-level out)"
                                : "; its framework levels: " + choices(frameworkLevels)));
            }
            where += " (framework level " + frameworkLevel + ")";
        }
        String entityLevel = MetricResultChoices.entityLevel(level, frameworkLevel);
        List<String> metrics = MetricResultChoices.metrics(db, schoolYear, entityLevel, entity);
        if (!metrics.contains(metric)) {
            throw usage("--metric " + metric + ": no result at " + where + " in " + schoolYear
                    + " (nobody in its denominator there, or no data for it); metrics with a result there: "
                    + choices(metrics));
        }
        List<String> groups = MetricResultChoices.groups(db, metric, schoolYear, entityLevel, entity);
        if (!groups.contains(group)) {
            throw usage("--group " + group + ": no " + metric + " result for that group at " + where
                    + " in " + schoolYear + "; groups with a result there: " + choices(groups));
        }
        return schoolYear;
    }

    private static void printHeader(DrillDown d, PrintWriter console) {
        MetricDefinition m = d.metric();
        console.println("# INTERNAL VIEW: student-level records, for authorized users of this entity only; "
                + "never publish.");
        console.printf("# metric       %s: %s (%s, %s is better)%n", m.id(), m.label(),
                m.kind().name().toLowerCase(Locale.ROOT), m.direction().name().toLowerCase(Locale.ROOT));
        console.printf("# where        %s %s%s, school year %d, group %s%n", d.level(), d.entityId(),
                d.frameworkLevel().isEmpty() ? "" : " (framework level " + d.frameworkLevel() + ": its grades only)",
                d.schoolYear(), d.studentGroup());
        if (!d.note().isEmpty()) {
            console.println("# note         " + d.note());
        }
        console.printf("# population   %s: %s%n", d.explained().population().id(), d.populationRule());
        console.printf("# numerator    each row adds %s  [SQL: %s]%n", MetricDrillDown.inWords(d.numerator()),
                d.numerator());
        console.printf("# denominator  each row adds %s  [SQL: %s]%n", MetricDrillDown.inWords(d.denominator()),
                d.denominator());
        d.result().ifPresent(r -> console.println("# result       " + totals(r) + " (as in metric_results.csv)"));
        if (!d.explained().equals(m) || !d.rowGroup().equals(d.studentGroup())) {
            d.explainedResult().ifPresent(r -> console.println("# rows add to  " + d.explained().id() + ", group "
                    + d.rowGroup() + ": " + totals(r)));
        }
        console.printf("# rows         %d: %d in the numerator, %d in the denominator; their sums: numerator %s, "
                + "denominator %s%n", d.rows().size(), d.rowsInNumerator(), d.rowsInDenominator(),
                MetricDrillDown.plain(d.numeratorSum()), MetricDrillDown.plain(d.denominatorSum()));
    }

    private static String totals(MetricResult r) {
        String numerator = r.numerator() == null ? "(empty: R-5)" : MetricDrillDown.plain(r.numerator());
        return "numerator " + numerator + ", denominator " + MetricDrillDown.plain(r.denominator()) + ", value "
                + MetricDrillDown.plain(r.value()) + ", students " + r.students();
    }

    private Path resultsDatabase() {
        if (Files.isDirectory(results)) {
            Path database = results.resolve("flashlight.duckdb");
            if (!Files.isRegularFile(database)) {
                throw usage("--results " + results + ": no flashlight.duckdb in this folder (write one with "
                        + "`flashlight run --out " + results + "`)");
            }
            return database;
        }
        if (!Files.isRegularFile(results)) {
            throw usage("--results " + results + ": no such folder or results database (the --out folder of "
                    + "`flashlight run`, or its flashlight.duckdb)");
        }
        return results;
    }

    /** The results database attached read-only: explaining a number never changes it. */
    private BundleDatabase openReadOnly(Path database) {
        try {
            return BundleDatabase.readingFrom(database);
        } catch (DatabaseException e) {
            throw usage("--results " + results + ": cannot open the results database ("
                    + e.getMessage().lines().findFirst().orElse("") + ")");
        }
    }

    private static String choices(List<String> all) {
        if (all.size() <= CHOICES_SHOWN) {
            return String.join(", ", all);
        }
        return String.join(", ", all.subList(0, CHOICES_SHOWN)) + " and " + (all.size() - CHOICES_SHOWN) + " more";
    }

    private static ExitCodes.UsageException usage(String message) {
        return new ExitCodes.UsageException(message);
    }
}
