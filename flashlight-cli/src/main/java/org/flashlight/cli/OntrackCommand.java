package org.flashlight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flashlight.core.ontrack.GroupRate;
import org.flashlight.core.ontrack.IndicatorRules;
import org.flashlight.core.ontrack.OnTrackCuts;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.SupportListRule;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.ontrack.GroupComparison;
import org.flashlight.ontrack.GroupTableFiles;
import org.flashlight.ontrack.ModelEntry;
import org.flashlight.ontrack.ModelFolder;
import org.flashlight.ontrack.OnTrackProgress;
import org.flashlight.ontrack.OnTrackScorer;
import org.flashlight.ontrack.OnTrackTrainer;
import org.flashlight.ontrack.ScoreFiles;
import org.flashlight.ontrack.ScoredSnapshot;
import org.flashlight.ontrack.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flashlight ontrack train|score|report} (issue 7, docs/ontrack.md). */
@Command(name = "ontrack", mixinStandardHelpOptions = true,
        description = "On-track analytics: train the models on cohorts whose outcomes are known, score students and "
                + "write support lists, and report (docs/ontrack.md). Outputs name students: internal use only.",
        subcommands = {OntrackCommand.Train.class, OntrackCommand.Score.class, OntrackCommand.Report.class,
                OntrackServeCommand.class, OntrackGrantCommand.class})
final class OntrackCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final String DATA_HELP = "the bundle folder (validated and loaded), or a database file that holds one "
            + "already (`flashlight validate --database FILE`, or a run's flashlight.duckdb), read in place";

    /** The progress bar, and with FLASHLIGHT_TIMINGS set each step's time on stderr (as `run` does). */
    static OnTrackProgress progress(Progress bar, Instant from) {
        boolean timings = System.getenv("FLASHLIGHT_TIMINGS") != null;
        return (description, done, total) -> {
            if (timings) {
                System.err.printf(Locale.ROOT, "%6.1f s  %s%n",
                        java.time.Duration.between(from, Instant.now()).toMillis() / 1000.0, description);
            }
            bar.maxHint(total);
            bar.stepTo(done);
            bar.message(description);
        };
    }

    static String seconds(Instant from) {
        return RunCommand.seconds(from, Instant.now());
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = {"Trains the risk-diagnostic, progress-monitoring and end-of-year models (logistic regression "
                    + "and gradient-boosted trees) on the bundle's cohorts whose outcomes are known, holds out the latest "
                    + "such cohort, and writes the model folder with model.json and model_report.json.",
                "Exit code 0, 2 on a usage error (including a bundle with too few years of outcomes)."})
    static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR|FILE", description = DATA_HELP)
        Path data;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "the model folder to write")
        Path out;

        @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE}): same data "
                + "and seed, same predictions")
        long seed;

        @Option(names = "--threshold", defaultValue = "0.5", description = "support-list threshold the flag error rates "
                + "are reported at (default ${DEFAULT-VALUE})")
        double threshold;

        @Option(names = "--logistic-c", defaultValue = "1", paramLabel = "C", description = "the logistic regression's "
                + "C: it minimizes |w|^2 / 2 + C x the sum of log losses, so a smaller C is a stronger L2 penalty "
                + "(default ${DEFAULT-VALUE})")
        double logisticCost;

        @Option(names = "--outcomes", split = ",", paramLabel = "LIST",
                description = "outcomes to predict (default all): college_persistence, college_enrollment, "
                        + "a_g_completion, graduation")
        List<String> outcomes;

        @Override
        public Integer call() {
            Instant start = Instant.now();
            List<OnTrackOutcome> chosen = outcomes == null ? List.of(OnTrackOutcome.values())
                    : outcomes.stream().map(o -> OnTrackOutcome.fromId(o).orElseThrow(() -> new IllegalArgumentException(
                            "--outcomes: unknown outcome " + o + "; choose from college_persistence, "
                                    + "college_enrollment, a_g_completion, graduation"))).toList();
            TrainingSettings defaults = TrainingSettings.defaults(seed);
            if (!(logisticCost > 0) || Double.isInfinite(logisticCost)) {
                throw new ExitCodes.UsageException("--logistic-c: a positive number, not " + logisticCost);
            }
            TrainingSettings settings = new TrainingSettings(seed, defaults.indicators(), chosen, threshold,
                    defaults.trees(), defaults.threads(), logisticCost);
            Outputs.createFolder(out, "--out");
            PrintWriter console = spec.commandLine().getOut();
            try (OnTrackInput input = OnTrackInput.open(data)) {
                BundleDatabase db = input.db();
                Instant loaded = Instant.now();
                List<ModelEntry> entries;
                try (Progress bar = Progress.start("train", 1, " steps", 1)) {
                    entries = new OnTrackTrainer(settings).train(db, progress(bar, loaded));
                }
                Map<String, Object> trainingData = new LinkedHashMap<>(input.summary());
                trainingData.put("snapshot_rows", entries.stream().collect(java.util.stream.Collectors.toMap(
                        e -> e.model().indicator().id() + "." + e.model().outcome().id(), ModelEntry::trainingRows,
                        (a, b) -> a, java.util.TreeMap::new)));
                ModelFolder.write(out, entries, settings, data.toString(), trainingData);
                console.printf("%s in %s; trained %d models in %s%n", input.description(),
                        RunCommand.seconds(start, loaded), entries.size(), seconds(loaded));
                for (ModelEntry e : entries) {
                    console.printf(Locale.ROOT, "  %-20s %-20s %-14s held-out %d: AUC %.3f, Brier %.4f, calibration error "
                            + "%.4f (n %,d)%n", e.model().indicator().id(), e.model().outcome().id(), e.model().kind().id(),
                            e.testYear(), e.heldOut().auc().orElse(Double.NaN), e.heldOut().brier(),
                            e.heldOut().calibrationError(), e.heldOut().n());
                }
                console.println("Wrote " + out.resolve("model.json") + ", model_report.json and models/");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"Scores one school year (default the bundle's latest) with a trained model folder and writes "
                    + "student_ontrack.csv, support_lists.csv, ontrack_rollup.csv and schools.csv (internal: they name students).",
                "Exit code 0, 2 on a usage error."})
    static final class Score implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR|FILE", description = DATA_HELP)
        Path data;

        @Option(names = "--model", required = true, paramLabel = "DIR", description = "a folder written by ontrack train")
        Path model;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the score files")
        Path out;

        @Option(names = "--year", paramLabel = "Y", description = "the school year to score (default the latest)")
        Integer year;

        @Option(names = "--threshold", defaultValue = "0.5", description = "students below this probability are listed "
                + "(default ${DEFAULT-VALUE})")
        double threshold;

        @Override
        public Integer call() {
            Instant start = Instant.now();
            SupportListRule rule = new SupportListRule(threshold);
            var models = ModelFolder.readChosen(model);
            Outputs.createFolder(out, "--out");
            PrintWriter console = spec.commandLine().getOut();
            try (OnTrackInput input = OnTrackInput.open(data)) {
                BundleDatabase db = input.db();
                int schoolYear = year != null ? year : OnTrackScorer.latestYear(db);
                List<ScoredSnapshot> scored;
                try (Progress bar = Progress.start("score", 1, " steps", 1)) {
                    scored = new OnTrackScorer(models, new IndicatorRules(OnTrackCuts.CORE)).score(db, schoolYear,
                            progress(bar, start));
                }
                ScoreFiles.write(out, db, scored, rule);
                console.printf("Scored %,d snapshots of %d in %s%n", scored.size(), schoolYear, seconds(start));
                console.println("Wrote " + out.resolve("student_ontrack.csv") + ", support_lists.csv, ontrack_rollup.csv and schools.csv "
                        + "(internal: never publish them)");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Writes ontrack_report.md: the models' held-out figures overall and by group, the state and "
                    + "district roll-ups of a score folder, and (with --results) from a run's metric_results.csv the gap "
                    + "tables of two groups (gap_tables.csv) and every group's rate with its change since the year before "
                    + "(group_rates.csv), each also as a public file holding only the cells the run's public view shows "
                    + "(gap_tables_public.csv, group_rates_public.csv).",
                "Exit code 0, 2 on a usage error."})
    static final class Report implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--model", required = true, paramLabel = "DIR", description = "a folder written by ontrack train")
        Path model;

        @Option(names = "--scores", paramLabel = "DIR", description = "a folder written by ontrack score")
        Path scores;

        @Option(names = "--results", paramLabel = "DIR", description = "a folder written by flashlight run")
        Path results;

        @Option(names = "--metrics", split = ",", paramLabel = "LIST", description = "metrics of the group files (with "
                + "--results): default the on-track metrics hs_readiness, ninth_grade_on_track, ninth_grade_no_df, "
                + "ninth_grade_gpa_2_5, grade9_course_success; `all` for every rate of the run")
        List<String> metrics = new ArrayList<>();

        @Option(names = "--compare", paramLabel = "A:B", description = "two groups to compare in the gap tables, the "
                + "first minus the second (repeatable; default target_group:not_target_group)")
        List<String> compare = new ArrayList<>();

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the report")
        Path out;

        @Override
        public Integer call() throws IOException {
            Path reportJson = model.resolve("model_report.json");
            if (!Files.isRegularFile(reportJson)) {
                throw new IllegalArgumentException("--model " + model + " holds no model_report.json: train one with "
                        + "`flashlight ontrack train`");
            }
            if (results == null && (!metrics.isEmpty() || !compare.isEmpty())) {
                throw new IllegalArgumentException("--metrics and --compare choose what the group files of --results "
                        + "hold: give --results RUN (a folder written by flashlight run)");
            }
            if (scores != null && !Files.isRegularFile(scores.resolve("ontrack_rollup.csv"))) {
                throw new IllegalArgumentException("--scores " + scores + " holds no ontrack_rollup.csv: write one with "
                        + "`flashlight ontrack score`");
            }
            List<GroupComparison> pairs = compare.stream().map(GroupComparison::parse).toList();
            Outputs.createFolder(out, "--out");
            JsonNode report = new ObjectMapper().readTree(reportJson.toFile());
            List<String> md = new ArrayList<>();
            md.add("# On-track report");
            md.add("");
            md.add("Internal: this report's inputs name students, and its tables show every group however small; "
                    + "publish only the public files listed at the end.");
            md.add("");
            md.add("## The models on the held-out cohort");
            md.add("Headline: " + report.path("headline").asText() + ": AUC " + report.path("auc").asText() + ", Brier "
                    + report.path("brier").asText() + ", calibration error " + report.path("calibration_error").asText()
                    + ".");
            md.add("");
            md.add("| indicator | outcome | model | chosen | trained on | held out | AUC | Brier | calibration error |");
            md.add("|---|---|---|---|---|---|---|---|---|");
            for (JsonNode m : report.path("models")) {
                JsonNode h = m.path("held_out");
                md.add("| " + String.join(" | ", m.path("indicator").asText(), m.path("outcome").asText(),
                        m.path("kind").asText(), m.path("chosen").asBoolean() ? "yes" : "", m.path("train_years").toString(),
                        m.path("test_year").asText(), h.path("auc").asText(), h.path("brier").asText(),
                        h.path("calibration_error").asText()) + " |");
            }
            md.add("");
            md.add("## Fairness: the headline model by group (held out)");
            md.add("| group | n | AUC | Brier | mean predicted | observed | flagged | flagged but fine | missed |");
            md.add("|---|---|---|---|---|---|---|---|---|");
            report.path("by_group").fields().forEachRemaining(g -> {
                JsonNode f = g.getValue();
                md.add("| " + String.join(" | ", g.getKey(), f.path("n").asText(), f.path("auc").asText(),
                        f.path("brier").asText(), f.path("mean_predicted").asText(), f.path("observed_rate").asText(),
                        f.path("flagged_rate").asText(), f.path("false_flag_rate").asText(),
                        f.path("missed_rate").asText()) + " |");
            });
            if (scores != null) {
                md.add("");
                md.add("## State and district roll-up (" + scores.resolve("ontrack_rollup.csv") + ")");
                md.add("| year | level | entity | indicator | group | students | mean probability | below threshold | "
                        + "rule met | first update | change |");
                md.add("|---|---|---|---|---|---|---|---|---|---|---|");
                for (String line : Files.readAllLines(scores.resolve("ontrack_rollup.csv"), StandardCharsets.UTF_8)) {
                    String[] f = line.split(",", -1);
                    if (f[1].equals("state") || f[1].equals("district")) {
                        md.add("| " + String.join(" | ", f) + " |");
                    }
                }
            }
            List<String> written = new ArrayList<>(List.of("ontrack_report.md"));
            if (results != null) {
                GroupTableFiles files = GroupTableFiles.write(results.resolve("metric_results.csv"), metrics, pairs, out);
                md.addAll(groupSections(files));
                written.addAll(List.of(GroupTableFiles.GAP_TABLES, GroupTableFiles.GROUP_RATES,
                        GroupTableFiles.GAP_TABLES_PUBLIC, GroupTableFiles.GROUP_RATES_PUBLIC));
            }
            md.add("");
            md.add("## Files: internal and public");
            md.add("- Internal (district and school staff; never publish): ontrack_report.md"
                    + (results != null ? ", " + GroupTableFiles.GAP_TABLES + ", " + GroupTableFiles.GROUP_RATES
                            + " (every cell, however few students)" : "")
                    + (scores != null ? "; and the score folder's student_ontrack.csv, support_lists.csv and "
                            + "ontrack_rollup.csv, which name or count students" : "") + ".");
            md.add(results != null ? "- Public: " + GroupTableFiles.GAP_TABLES_PUBLIC + " and "
                    + GroupTableFiles.GROUP_RATES_PUBLIC + ", only the cells the run's public view shows exactly (not "
                    + "suppressed, not top- or bottom-coded); a gap needs both groups' cells, a change both years' "
                    + "(docs/disclosure.md)." : "- Public: none (give --results RUN for the public group files).");
            Files.write(out.resolve("ontrack_report.md"), md, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("Wrote " + out + ": " + String.join(", ", written)
                    + (results != null ? " (only the *_public.csv files may be published)" : ""));
            return ExitCodes.OK;
        }

        /** The state's gaps and its latest year's group rates, for the report (the files hold every entity). */
        private static List<String> groupSections(GroupTableFiles files) {
            List<String> md = new ArrayList<>();
            for (GroupComparison pair : files.comparisons()) {
                md.add("");
                md.add("## Gaps: " + pair.group() + " vs " + pair.comparison() + ", state (internal)");
                md.add("| metric | year | " + pair.group() + " | " + pair.comparison() + " | gap (points) |");
                md.add("|---|---|---|---|---|");
                files.gaps().stream().filter(g -> g.level().equals("state") && g.group().equals(pair.group())
                        && g.comparison().equals(pair.comparison())).forEach(g -> md.add("| " + g.metric() + " | "
                                + g.schoolYear() + " | " + g.groupPercent() + "% of "
                                + g.groupRate().denominator().toPlainString() + " | " + g.comparisonPercent() + "% of "
                                + g.comparisonRate().denominator().toPlainString() + " | " + g.gapPoints() + " |"));
            }
            files.rates().stream().filter(r -> r.level().equals("state")).mapToInt(GroupRate::schoolYear).max()
                    .ifPresent(latest -> {
                        md.add("");
                        md.add("## Rates by group, state, " + latest + ", and the change since " + (latest - 1)
                                + " (internal)");
                        md.add("| metric | group | rate | students | a year before | change (points) |");
                        md.add("|---|---|---|---|---|---|");
                        files.rates().stream().filter(r -> r.level().equals("state") && r.schoolYear() == latest)
                                .forEach(r -> md.add("| " + r.metric() + " | " + r.group() + " | " + r.percent() + "% | "
                                        + r.rate().denominator().toPlainString() + " | "
                                        + r.priorYearPercent().map(p -> p + "%").orElse("") + " | "
                                        + r.changePoints().map(Object::toString).orElse("") + " |"));
                    });
            return md;
        }
    }

}
