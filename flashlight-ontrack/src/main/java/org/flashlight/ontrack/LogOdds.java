package org.flashlight.ontrack;

import java.util.List;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.classification.Label;
import org.tribuo.common.liblinear.LibLinearModel;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * Splits a model's log-odds of the outcome, log(p / (1 - p)), into what each feature added and a
 * baseline, so that for every student baseline + sum of the contributions = the log-odds of the
 * predicted probability (additivity, checked in the tests).
 * <ul>
 * <li>Logistic regression (LIBLINEAR): the coefficient of the "true" class times the standardized value;
 * the baseline is the intercept.</li>
 * <li>Boosted trees (XGBoost): the SHAP values of XGBoost's own TreeSHAP ({@code predictContrib}), "true"
 * minus "false" (Tribuo trains a two-class softmax, whose log-odds is the difference of the two margins);
 * the baseline is the difference of the bias terms.</li>
 * </ul>
 * Tribuo's own explanation is not used: its XGBoost model gives none, and one call per student is slow.
 */
final class LogOdds {
    private LogOdds() {
    }

    /** Row i: the contributions of snapshot i in the standardizer's feature order, then the baseline. */
    static double[][] contributions(FittedModel fitted, List<Snapshot> snapshots) {
        return switch (fitted.kind()) {
            case LOGISTIC -> linear(fitted, snapshots);
            case BOOSTED_TREES -> trees(fitted, snapshots);
        };
    }

    private static double[][] linear(FittedModel fitted, List<Snapshot> snapshots) {
        LibLinearModel<Label> model = (LibLinearModel<Label>) fitted.model();
        de.bwaldvogel.liblinear.Model inner = model.getInnerModels().get(0);
        int yes = labelIndex(inner.getLabels(), yesId(model.getOutputIDInfo()));
        List<String> names = featureNames(fitted);
        double[] coefficients = new double[names.size()];
        ImmutableFeatureMap ids = model.getFeatureIDMap();
        for (int j = 0; j < coefficients.length; j++) {
            // LIBLINEAR numbers features from 1; Tribuo passes its feature id + 1
            int id = ids.getID(names.get(j));
            coefficients[j] = id < 0 ? 0 : inner.getDecfunCoef(id + 1, yes); // a feature never seen adds nothing
        }
        double intercept = inner.getBias() >= 0 ? inner.getDecfunBias(yes) : 0;
        double[][] rows = new double[snapshots.size()][];
        for (int i = 0; i < rows.length; i++) {
            double[] z = fitted.standardizer().standardize(snapshots.get(i));
            double[] row = new double[z.length + 1];
            for (int j = 0; j < z.length; j++) {
                row[j] = coefficients[j] * z[j];
            }
            row[z.length] = intercept;
            rows[i] = row;
        }
        return rows;
    }

    private static double[][] trees(FittedModel fitted, List<Snapshot> snapshots) {
        XGBoostModel<Label> model = (XGBoostModel<Label>) fitted.model();
        ImmutableFeatureMap ids = model.getFeatureIDMap();
        List<String> names = featureNames(fitted);
        int width = ids.size();
        int[] column = new int[names.size()];
        for (int j = 0; j < column.length; j++) {
            column[j] = ids.getID(names.get(j));
        }
        // Tribuo's XGBoost input is the features by id; the snapshots carry every feature (no missing cells)
        float[] data = new float[snapshots.size() * width];
        for (int i = 0; i < snapshots.size(); i++) {
            double[] z = fitted.standardizer().standardize(snapshots.get(i));
            for (int j = 0; j < z.length; j++) {
                if (column[j] >= 0) {
                    data[i * width + column[j]] = (float) z[j];
                }
            }
        }
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        int yes = yesId(outputs);
        int no = outputs.getID(new Label(FittedModel.NO));
        Booster booster = model.getInnerModels().get(0);
        float[][] shap;
        DMatrix matrix = null;
        try {
            matrix = new DMatrix(data, snapshots.size(), width, Float.NaN);
            shap = snapshots.isEmpty() ? new float[0][] : booster.predictContrib(matrix, 0);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost could not explain the predictions: " + e.getMessage(), e);
        } finally {
            if (matrix != null) {
                matrix.dispose();
            }
        }
        int stride = width + 1; // per class: one value per feature id, then the bias
        double[][] rows = new double[snapshots.size()][];
        for (int i = 0; i < rows.length; i++) {
            float[] r = shap[i];
            if (r.length != outputs.size() * stride || no < 0) {
                throw new IllegalStateException("unexpected XGBoost contributions: " + r.length + " values for "
                        + outputs.size() + " classes and " + width + " features");
            }
            double[] row = new double[column.length + 1];
            for (int j = 0; j < column.length; j++) {
                row[j] = column[j] < 0 ? 0 : (double) r[yes * stride + column[j]] - r[no * stride + column[j]];
            }
            row[column.length] = (double) r[yes * stride + width] - r[no * stride + width];
            rows[i] = row;
        }
        return rows;
    }

    private static List<String> featureNames(FittedModel fitted) {
        return fitted.standardizer().features().stream().map(f -> f.id()).toList();
    }

    private static int yesId(ImmutableOutputInfo<Label> outputs) {
        int id = outputs.getID(new Label(FittedModel.YES));
        if (id < 0) {
            throw new IllegalStateException("the model was trained without any \"true\" outcome");
        }
        return id;
    }

    private static int labelIndex(int[] labels, int id) {
        for (int k = 0; k < labels.length; k++) {
            if (labels[k] == id) {
                return k;
            }
        }
        throw new IllegalStateException("the logistic model has no class " + id);
    }
}
