package org.flashlight.ontrack;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.ontrack.Factor;
import org.flashlight.core.ontrack.OnTrackFeature;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.impl.ArrayExample;

/**
 * A trained model of one indicator and outcome with its standardizer: the probability of the outcome
 * for a snapshot and the factors behind it ({@link LogOdds}: coefficient x value for the logistic model,
 * XGBoost's SHAP contributions for the trees).
 */
public record FittedModel(OnTrackIndicator indicator, OnTrackOutcome outcome, ModelKind kind, Standardizer standardizer,
        Model<Label> model) {
    static final String YES = "true";
    static final String NO = "false";
    static final Label UNKNOWN = new Label(NO);

    public FittedModel {
        requireNonNull(indicator, "indicator is null");
        requireNonNull(outcome, "outcome is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(standardizer, "standardizer is null");
        requireNonNull(model, "model is null");
    }

    /** A Tribuo example of the snapshot's standardized features (every feature present, zeros included). */
    static Example<Label> example(Standardizer standardizer, Snapshot snapshot, Label label) {
        double[] z = standardizer.standardize(snapshot);
        String[] names = new String[z.length];
        for (int j = 0; j < z.length; j++) {
            names[j] = standardizer.features().get(j).id();
        }
        return new ArrayExample<>(label, names, z);
    }

    /** Probabilities of many snapshots, in order (batched: much faster for the trees). */
    public double[] probabilities(List<Snapshot> snapshots) {
        List<Example<Label>> examples = new ArrayList<>(snapshots.size());
        for (Snapshot s : snapshots) {
            examples.add(example(standardizer, s, UNKNOWN));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] p = new double[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = probability(predictions.get(i));
        }
        return p;
    }

    private static double probability(Prediction<Label> prediction) {
        Label yes = prediction.getOutputScores().get(YES);
        return yes == null ? 0 : Math.max(0, Math.min(1, yes.getScore()));
    }

    /**
     * What each feature added to the log-odds of the outcome, per snapshot in order and per feature in the model's
     * order ({@link LogOdds}; one call into the model for all of them).
     */
    public List<List<Factor>> factors(List<Snapshot> snapshots) {
        double[][] contributions = LogOdds.contributions(this, snapshots);
        List<List<Factor>> all = new ArrayList<>(snapshots.size());
        List<OnTrackFeature> features = standardizer.features();
        for (int i = 0; i < snapshots.size(); i++) {
            List<Factor> factors = new ArrayList<>(features.size());
            for (int j = 0; j < features.size(); j++) {
                OnTrackFeature f = features.get(j);
                factors.add(new Factor(f, f.show(snapshots.get(i).feature(f)), contributions[i][j]));
            }
            all.add(factors);
        }
        return all;
    }
}
