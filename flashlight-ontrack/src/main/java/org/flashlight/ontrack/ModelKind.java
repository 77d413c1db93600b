package org.flashlight.ontrack;

import java.util.Locale;

/** The two model families of BTSC-4. */
public enum ModelKind {
    /** Logistic regression on standardized features: each factor is coefficient x standardized value. */
    LOGISTIC,
    /** Gradient-boosted trees (XGBoost): each factor is the feature's SHAP contribution. */
    BOOSTED_TREES;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
