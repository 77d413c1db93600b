package org.flashlight.core.ontrack;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one feature added to a student's predicted log-odds: for the logistic model the coefficient
 * times the student's standardized value, for the trees the SHAP contribution. Positive raises the
 * probability, negative lowers it.
 *
 * @param feature      the feature
 * @param shownValue   the student's value as a person reads it ("91.2%", "2.31", "not tested")
 * @param contribution log-odds added
 */
public record Factor(OnTrackFeature feature, String shownValue, double contribution) {
    public Factor {
        requireNonNull(feature, "feature is null");
        requireNonNull(shownValue, "shownValue is null");
    }

    /** "attendance so far in grade 9 91.2% (lowers)". */
    public String inWords() {
        return feature.describe(shownValue) + (contribution < 0 ? " (lowers)" : " (raises)");
    }

    /** The {@code k} factors with the largest absolute contribution; ties in feature order (deterministic). */
    public static List<Factor> top(List<Factor> factors, int k) {
        return factors.stream()
                .sorted(Comparator.comparingDouble((Factor f) -> -Math.abs(f.contribution()))
                        .thenComparing(f -> f.feature().ordinal()))
                .limit(k).toList();
    }

    /** "feature:+0.41|feature:-0.22", the machine-readable form of top_factors. */
    public static String codes(List<Factor> factors) {
        return factors.stream().map(f -> f.feature().id() + ":" + String.format(Locale.ROOT, "%+.3f", f.contribution()))
                .collect(Collectors.joining("|"));
    }
}
