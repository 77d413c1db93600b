package org.flashlight.ontrack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flashlight.core.ontrack.Evaluation;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.ontrack.OnTrackTables;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains every (indicator, outcome) pair with both model kinds under grouped, time-based validation:
 * the snapshots of the latest school year whose outcomes are known are held out, the earlier years
 * train (a student's snapshots all fall in one year, so no student is on both sides). Not thread-safe.
 */
public final class OnTrackTrainer {
    /** Groups smaller than this in the held-out year are left out of the fairness table (too few to read). */
    static final int MIN_GROUP_SIZE = 30;

    private static final int LOGISTIC_MAX_ITERATIONS = 1000;

    private final TrainingSettings settings;

    public OnTrackTrainer(TrainingSettings settings) {
        this.settings = settings;
    }

    /** Builds the on-track tables in {@code db} (a loaded bundle) and trains every model. */
    public List<ModelEntry> train(BundleDatabase db) {
        return train(db, OnTrackProgress.NONE);
    }

    /** The same, telling {@code progress} after the feature tables, each indicator's snapshots and each model. */
    public List<ModelEntry> train(BundleDatabase db, OnTrackProgress progress) {
        int steps = 1 + settings.indicators().size() * (1 + settings.outcomes().size() * ModelKind.values().length);
        int done = 0;
        OnTrackTables.create(db);
        progress.stepDone("feature tables", ++done, steps);
        int lastYear = (int) db.queryLong("SELECT max(school_year) FROM schools");
        List<ModelEntry> entries = new ArrayList<>();
        for (OnTrackIndicator indicator : settings.indicators()) {
            List<Snapshot> snapshots = Snapshots.read(db, indicator, Optional.empty());
            progress.stepDone(indicator.id() + ": " + snapshots.size() + " snapshots read", ++done, steps);
            for (OnTrackOutcome outcome : settings.outcomes()) {
                List<Snapshot> labelled = snapshots.stream()
                        .filter(s -> outcome.knownFor(s.schoolYear(), indicator.grade(), lastYear))
                        .filter(s -> s.label(outcome).isPresent()).toList();
                TreeSet<Integer> years = new TreeSet<>();
                labelled.forEach(s -> years.add(s.schoolYear()));
                if (years.size() < 2) {
                    throw new IllegalArgumentException(indicator.id() + " / " + outcome.id() + ": outcomes are known for "
                            + years.size() + " school year(s) of grade-" + indicator.grade() + " students; training "
                            + "needs two or more whole cohorts (earlier ones train, the latest is held out): for college "
                            + "persistence a bundle needs grade-" + indicator.grade() + " students at least "
                            + (indicator.grade() == 8 ? 7 : 6) + " school years before its last year (generate one with "
                            + "--years 9 or more).");
                }
                int testYear = years.last();
                List<Snapshot> training = labelled.stream().filter(s -> s.schoolYear() < testYear).toList();
                List<Snapshot> test = labelled.stream().filter(s -> s.schoolYear() == testYear).toList();
                Standardizer standardizer = Standardizer.fit(indicator.features(), training);
                for (ModelKind kind : ModelKind.values()) {
                    FittedModel model = new FittedModel(indicator, outcome, kind, standardizer,
                            fit(kind, standardizer, training, outcome));
                    entries.add(entry(model, new ArrayList<>(years.headSet(testYear)), testYear, training, test));
                    progress.stepDone(indicator.id() + " / " + outcome.id() + " / " + kind.id() + ": " + training.size()
                            + " training rows", ++done, steps);
                }
            }
        }
        return entries;
    }

    private Model<Label> fit(ModelKind kind, Standardizer standardizer, List<Snapshot> training, OnTrackOutcome outcome) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("flashlight on-track "
                + outcome.id(), factory), factory);
        Label yes = new Label(FittedModel.YES);
        Label no = new Label(FittedModel.NO);
        for (Snapshot s : training) {
            dataset.add(FittedModel.example(standardizer, s, s.label(outcome).orElseThrow() ? yes : no));
        }
        Trainer<Label> trainer = switch (kind) {
            // L2-regularized logistic regression (LIBLINEAR's trust-region Newton solver, to a tolerance of 0.01)
            case LOGISTIC -> new LibLinearClassificationTrainer(
                    new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), settings.logisticCost(),
                    LOGISTIC_MAX_ITERATIONS, 0.01, settings.seed());
            // shallow trees (depth 3, at least 10 students a leaf), shrinkage 0.1, L2 1, row subsampling 0.8 under the seed
            case BOOSTED_TREES -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                    XGBoostTrainer.TreeMethod.HIST, settings.trees(), 0.1, 0, 3, 10, 0.8, 1.0, 1.0, 0, settings.threads(),
                    XGBoostTrainer.LoggingVerbosity.SILENT, settings.seed());
        };
        return trainer.train(dataset);
    }

    private ModelEntry entry(FittedModel model, List<Integer> trainYears, int testYear, List<Snapshot> training,
            List<Snapshot> test) {
        Evaluation trainingEvaluation = evaluate(model, training);
        Evaluation heldOut = evaluate(model, test);
        SortedMap<String, List<Snapshot>> members = new TreeMap<>();
        for (Snapshot s : test) {
            for (String g : s.groups()) {
                members.computeIfAbsent(g, k -> new ArrayList<>()).add(s);
            }
        }
        SortedMap<String, Evaluation> byGroup = new TreeMap<>();
        members.forEach((group, rows) -> {
            if (rows.size() >= MIN_GROUP_SIZE) {
                byGroup.put(group, evaluate(model, rows));
            }
        });
        Set<String> students = new HashSet<>();
        training.forEach(s -> students.add(s.studentId()));
        return new ModelEntry(model, trainYears, testYear, training.size(), students.size(), trainingEvaluation, heldOut,
                byGroup);
    }

    private Evaluation evaluate(FittedModel model, List<Snapshot> rows) {
        double[] p = model.probabilities(rows);
        boolean[] y = new boolean[rows.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.get(i).label(model.outcome()).orElseThrow();
        }
        return Evaluation.of(p, y, settings.threshold());
    }
}
