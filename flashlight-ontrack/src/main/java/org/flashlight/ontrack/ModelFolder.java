package org.flashlight.ontrack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.ontrack.Evaluation;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.ReliabilityBin;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A trained model folder: {@code model.json} (format version, settings, and per model its features,
 * standardizer, training years and whether it is the chosen kind), one Tribuo file per model under
 * {@code models/}, and {@code model_report.json} (held-out figures overall and by group). For each
 * indicator and outcome the chosen kind is the one with the lower held-out Brier score (a proper
 * scoring rule: it rewards calibration and discrimination together).
 */
public final class ModelFolder {
    public static final int FORMAT_VERSION = 2; // 2: the logistic model is LIBLINEAR's L2-regularized one
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFolder() {
    }

    /** The models to score with: per (indicator, outcome), the kind with the lower held-out Brier score. */
    static List<ModelEntry> chosen(List<ModelEntry> entries) {
        Map<String, ModelEntry> best = new LinkedHashMap<>();
        for (ModelEntry e : entries) {
            String key = e.model().indicator().id() + "|" + e.model().outcome().id();
            best.merge(key, e, (a, b) -> b.heldOut().brier() < a.heldOut().brier() ? b : a);
        }
        return List.copyOf(best.values());
    }

    public static void write(Path folder, List<ModelEntry> entries, TrainingSettings settings, String dataDescription,
            Map<String, Object> trainingData) {
        try {
            Files.createDirectories(folder.resolve("models"));
            List<ModelEntry> chosen = chosen(entries);
            List<Object> models = new ArrayList<>();
            for (ModelEntry e : entries) {
                FittedModel m = e.model();
                String file = "models/" + m.indicator().id() + "." + m.outcome().id() + "." + m.kind().id() + ".tribuo";
                m.model().serializeToFile(folder.resolve(file));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("indicator", m.indicator().id());
                row.put("outcome", m.outcome().id());
                row.put("kind", m.kind().id());
                row.put("chosen", chosen.contains(e));
                row.put("file", file);
                row.put("features", m.standardizer().features().stream().map(OnTrackFeature::id).toList());
                row.put("means", rounded(m.standardizer().means()));
                row.put("sds", rounded(m.standardizer().sds()));
                row.put("train_years", e.trainYears());
                row.put("test_year", e.testYear());
                row.put("training_rows", e.trainingRows());
                row.put("training_students", e.trainingStudents());
                models.add(row);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format_version", FORMAT_VERSION);
            manifest.put("seed", settings.seed());
            manifest.put("threshold", settings.threshold());
            manifest.put("trees", settings.trees());
            manifest.put("logistic_c", settings.logisticCost());
            manifest.put("data", dataDescription);
            manifest.put("training_data", trainingData);
            manifest.put("models", models);
            JSON.writeValue(folder.resolve("model.json").toFile(), manifest);
            JSON.writeValue(folder.resolve("model_report.json").toFile(), report(entries, chosen, settings));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** model_report.json: the headline (end-of-year college persistence, chosen kind) then every model. */
    static Map<String, Object> report(List<ModelEntry> entries, List<ModelEntry> chosen, TrainingSettings settings) {
        ModelEntry headline = chosen.stream()
                .filter(e -> e.model().indicator() == OnTrackIndicator.END_OF_YEAR
                        && e.model().outcome() == OnTrackOutcome.COLLEGE_PERSISTENCE)
                .findFirst().orElse(chosen.get(0));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("headline", headline.model().indicator().id() + " / " + headline.model().outcome().id() + " / "
                + headline.model().kind().id() + ", held-out school year " + headline.testYear());
        report.put("auc", headline.heldOut().auc().map(ModelFolder::round).orElse(null));
        report.put("brier", round(headline.heldOut().brier()));
        report.put("calibration_error", round(headline.heldOut().calibrationError()));
        report.put("by_group", groups(headline));
        report.put("threshold", settings.threshold());
        report.put("validation", "time-based: each model trains on the earlier whole cohorts whose outcome is known and is "
                + "evaluated on the latest such cohort (held out); no student is in both");
        List<Object> models = new ArrayList<>();
        for (ModelEntry e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("indicator", e.model().indicator().id());
            row.put("outcome", e.model().outcome().id());
            row.put("kind", e.model().kind().id());
            row.put("chosen", chosen.contains(e));
            row.put("train_years", e.trainYears());
            row.put("test_year", e.testYear());
            row.put("training_rows", e.trainingRows());
            Map<String, Object> training = new LinkedHashMap<>(); // a fixed key order: same run, same bytes
            training.put("auc", e.trainingEvaluation().auc().map(ModelFolder::round).orElse(-1.0));
            training.put("brier", round(e.trainingEvaluation().brier()));
            row.put("training", training);
            row.put("held_out", figures(e.heldOut()));
            row.put("by_group", groups(e));
            models.add(row);
        }
        report.put("models", models);
        return report;
    }

    private static Map<String, Object> groups(ModelEntry e) {
        Map<String, Object> groups = new LinkedHashMap<>();
        e.byGroup().forEach((group, evaluation) -> groups.put(group, figures(evaluation)));
        return groups;
    }

    static Map<String, Object> figures(Evaluation e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("n", e.n());
        f.put("positives", e.positives());
        f.put("auc", e.auc().map(ModelFolder::round).orElse(null));
        f.put("brier", round(e.brier()));
        f.put("mean_predicted", round(e.meanPredicted()));
        f.put("observed_rate", round(e.observedRate()));
        f.put("calibration_error", round(e.calibrationError()));
        f.put("flagged_rate", round(e.flaggedRate()));
        f.put("false_flag_rate", round(e.falseFlagRate()));
        f.put("missed_rate", round(e.missedRate()));
        List<Object> bins = new ArrayList<>();
        for (ReliabilityBin b : e.reliability()) {
            bins.add(List.of(round(b.low()), round(b.high()), b.n(), round(b.meanPredicted()), round(b.observedRate())));
        }
        f.put("reliability", bins);
        return f;
    }

    /** Six decimals: enough to read, and the same bytes whenever the model is the same. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static List<Double> rounded(double[] values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    /** The chosen models of a folder written by {@link #write}. */
    public static List<FittedModel> readChosen(Path folder) {
        Path manifestFile = folder.resolve("model.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException("--model " + folder + " holds no model.json: train one with "
                    + "`flashlight ontrack train --data DIR --out " + folder + "`");
        }
        try {
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            if (manifest.path("format_version").asInt() != FORMAT_VERSION) {
                throw new IllegalArgumentException(manifestFile + " has format_version "
                        + manifest.path("format_version").asText() + "; this flashlight reads " + FORMAT_VERSION
                        + ": train the model again");
            }
            List<FittedModel> models = new ArrayList<>();
            for (JsonNode row : manifest.path("models")) {
                if (!row.path("chosen").asBoolean()) {
                    continue;
                }
                OnTrackIndicator indicator = OnTrackIndicator.fromId(row.path("indicator").asText()).orElseThrow();
                OnTrackOutcome outcome = OnTrackOutcome.fromId(row.path("outcome").asText()).orElseThrow();
                ModelKind kind = ModelKind.valueOf(row.path("kind").asText().toUpperCase(java.util.Locale.ROOT));
                List<OnTrackFeature> features = new ArrayList<>();
                row.path("features").forEach(f -> features.add(OnTrackFeature.fromId(f.asText()).orElseThrow()));
                double[] means = new double[features.size()];
                double[] sds = new double[features.size()];
                for (int j = 0; j < features.size(); j++) {
                    means[j] = row.path("means").get(j).asDouble();
                    sds[j] = row.path("sds").get(j).asDouble();
                }
                @SuppressWarnings("unchecked")
                Model<Label> model = (Model<Label>) Model.deserializeFromFile(folder.resolve(row.path("file").asText()));
                models.add(new FittedModel(indicator, outcome, kind, new Standardizer(features, means, sds), model));
            }
            models.sort(Comparator.comparing((FittedModel m) -> m.indicator()).thenComparing(FittedModel::outcome));
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + folder + ": " + e.getMessage(), e);
        }
    }

    static Optional<FittedModel> find(List<FittedModel> models, OnTrackIndicator indicator, OnTrackOutcome outcome) {
        return models.stream().filter(m -> m.indicator() == indicator && m.outcome() == outcome).findFirst();
    }
}
