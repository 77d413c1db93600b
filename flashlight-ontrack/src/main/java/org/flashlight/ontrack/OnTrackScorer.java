package org.flashlight.ontrack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flashlight.core.ontrack.Factor;
import org.flashlight.core.ontrack.IndicatorResult;
import org.flashlight.core.ontrack.IndicatorRules;
import org.flashlight.core.ontrack.OnTrackIndicator;
import org.flashlight.core.ontrack.OnTrackOutcome;
import org.flashlight.core.ontrack.StudentYear;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.ontrack.OnTrackTables;
import org.flashlight.duckdb.ontrack.StudentYearRecords;

/**
 * Scores one school year: every snapshot of every indicator the model folder has, with the headline
 * probability (college persistence, else the first outcome trained), the other outcomes, the previous
 * update's probability (progress monitoring: the checkpoint before; end of year: the last progress
 * checkpoint), the rule-based indicator with its components and the top factors. Not thread-safe.
 */
public final class OnTrackScorer {
    public static final int TOP_FACTORS = 3;

    private final List<FittedModel> models;
    private final IndicatorRules rules;

    public OnTrackScorer(List<FittedModel> models, IndicatorRules rules) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("the model folder has no chosen model to score with");
        }
        this.models = List.copyOf(models);
        this.rules = rules;
    }

    /** The school year scored when none is given: the bundle's latest. */
    public static int latestYear(BundleDatabase db) {
        return (int) db.queryLong("SELECT max(school_year) FROM schools");
    }

    /** Builds the on-track tables and scores {@code schoolYear}; rows in (indicator, student, checkpoint) order. */
    public List<ScoredSnapshot> score(BundleDatabase db, int schoolYear) {
        return score(db, schoolYear, OnTrackProgress.NONE);
    }

    /** The same, telling {@code progress} after the feature tables and each of three steps per indicator. */
    public List<ScoredSnapshot> score(BundleDatabase db, int schoolYear, OnTrackProgress progress) {
        int steps = 1 + 3 * OnTrackIndicator.values().length;
        int done = 0;
        OnTrackTables.createFor(db, schoolYear);
        progress.stepDone("feature tables", ++done, steps);
        Map<Integer, Map<String, StudentYear>> records = new java.util.HashMap<>();
        List<ScoredSnapshot> scored = new ArrayList<>();
        Map<String, ScoredSnapshot> lastProgress = new java.util.HashMap<>();
        for (OnTrackIndicator indicator : OnTrackIndicator.values()) {
            List<FittedModel> forIndicator = models.stream().filter(m -> m.indicator() == indicator).toList();
            if (forIndicator.isEmpty()) {
                done += 3;
                continue;
            }
            FittedModel headline = ModelFolder.find(forIndicator, indicator, OnTrackOutcome.COLLEGE_PERSISTENCE)
                    .orElse(forIndicator.get(0));
            List<Snapshot> snapshots = Snapshots.read(db, indicator, Optional.of(schoolYear));
            double[] probability = headline.probabilities(snapshots);
            List<List<Factor>> factors = headline.factors(snapshots);
            progress.stepDone(indicator.id() + ": " + snapshots.size() + " snapshots, probabilities and factors", ++done,
                    steps);
            Map<OnTrackOutcome, double[]> others = new EnumMap<>(OnTrackOutcome.class);
            for (FittedModel m : forIndicator) {
                if (m != headline) {
                    others.put(m.outcome(), m.probabilities(snapshots));
                }
            }
            Map<String, StudentYear> year = records.computeIfAbsent(indicator.grade(),
                    g -> StudentYearRecords.read(db, schoolYear, g));
            progress.stepDone(indicator.id() + ": the other outcomes and the rule's records", ++done, steps);
            for (int i = 0; i < snapshots.size(); i++) {
                Snapshot s = snapshots.get(i);
                Map<OnTrackOutcome, Double> otherProbabilities = new EnumMap<>(OnTrackOutcome.class);
                int row = i;
                others.forEach((outcome, p) -> otherProbabilities.put(outcome, p[row]));
                Optional<IndicatorResult> rule = Optional.ofNullable(year.get(s.studentId())).flatMap(r -> rule(indicator, r,
                        s.checkpointMonth()));
                Optional<ScoredSnapshot> previous = switch (indicator) {
                    case RISK_DIAGNOSTIC -> Optional.empty();
                    // the checkpoint before this one (rows come in checkpoint order), or for the end of year the last one
                    case PROGRESS_MONITORING, END_OF_YEAR -> Optional.ofNullable(lastProgress.get(s.studentId()));
                };
                ScoredSnapshot current = new ScoredSnapshot(s, probability[i], otherProbabilities,
                        previous.map(ScoredSnapshot::probability), rule, previous.flatMap(ScoredSnapshot::rule),
                        Factor.top(factors.get(i), TOP_FACTORS));
                scored.add(current);
                if (indicator == OnTrackIndicator.PROGRESS_MONITORING) {
                    lastProgress.put(s.studentId(), current);
                }
            }
            progress.stepDone(indicator.id() + ": scored", ++done, steps);
        }
        return scored;
    }

    private Optional<IndicatorResult> rule(OnTrackIndicator indicator, StudentYear record, int month) {
        return switch (indicator) {
            case RISK_DIAGNOSTIC -> Optional.of(rules.hsReadiness(record));
            case PROGRESS_MONITORING -> rules.ninthGradeAtMonth(record, month);
            case END_OF_YEAR -> Optional.of(rules.ninthGradeAtYearEnd(record));
        };
    }
}
