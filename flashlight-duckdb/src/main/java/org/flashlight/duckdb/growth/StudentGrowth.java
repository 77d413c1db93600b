package org.flashlight.duckdb.growth;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.flashlight.core.assessment.TestCatalog;
import org.flashlight.core.growth.GrowthModel;
import org.flashlight.core.growth.ProgressionScores;
import org.flashlight.core.growth.SplineKnots;
import org.flashlight.duckdb.BundleDatabase;
import org.flashlight.duckdb.DatabaseException;
import org.flashlight.duckdb.growth.Progression.ScoreGroup;

/**
 * Student Growth Percentiles of every student of a loaded bundle (growth.md), into the table
 * {@code student_growth(school_year, student_id, subject, grade, school_id, test, priors_used, sgp,
 * horizon_grade, projected_score, sgp_target, growth_to_proficient)} (the last four: {@link ProficiencyProjections},
 * NULL without a projection).
 *
 * <p>A progression is one test, subject, current grade G and year Y ({@link Progression}); its students
 * have a score ({@link GrowthScores}) in G in Y and in G-1 in Y-1, and some also in G-2 in Y-2 and so on up
 * to the maximum number of priors: consecutive years and grades only, on the same test. For k from the
 * maximum down to 1, the k-prior fit takes every student of the progression with at least k priors (the
 * one-prior fit includes those with two) and is made only when they are at least the minimum cohort; each
 * student gets the SGP of the fit with the most priors that includes them. The knots of a prior grade pool
 * every score of that grade (same test and subject) in any of the prior years of the analysis (Y-1 ..
 * Y-maxPriors), for every order, as the SGP package does.
 */
public final class StudentGrowth {
    public static final String TABLE = "student_growth";

    private StudentGrowth() {
    }

    /** Whether {@code student_growth} has been computed in this database. */
    public static boolean exists(BundleDatabase db) {
        return GrowthTables.exists(db, TABLE);
    }

    /**
     * Computes and writes {@code student_growth} (replacing it), with each student's growth-to-proficiency
     * projection ({@link ProficiencyProjections}).
     *
     * @param tests the test definitions in force (the proficient cuts the projections aim at)
     */
    public static GrowthSummary compute(BundleDatabase db, GrowthSettings settings, TestCatalog tests,
            GrowthProgress progress) {
        db.execute(GrowthScores.create(settings.assessment()));
        Map<ScoreGroup, double[]> pooled = pooledScores(db);
        Map<Progression, List<Candidate>> progressions = progressions(db, settings.maxPriors());
        List<String> fits = new ArrayList<>();
        List<String> tooSmall = new ArrayList<>();
        Map<Fit, GrowthModel> models = new HashMap<>();
        List<Scored> scored = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Progression, List<Candidate>> e : progressions.entrySet()) {
            scored.addAll(percentiles(e.getKey(), e.getValue(), settings, pooled, models, fits, tooSmall));
            progress.progressionDone(e.getKey().toString(), ++done, progressions.size());
        }
        ProficiencyProjections projections = new ProficiencyProjections(models, tests, settings.maxPriors());
        List<StudentGrowthRow> rows = scored.stream().map(s -> new StudentGrowthRow(s.progression().schoolYear(),
                s.candidate().studentId(), s.progression().subject(), s.progression().grade(),
                s.candidate().schoolId(), s.progression().test(), s.priorsUsed(), s.sgp(),
                projections.project(s.progression(), s.candidate().scoresOldestFirst(), s.sgp()))).toList();
        write(db, rows);
        return new GrowthSummary(db.queryLong("SELECT count(*) FROM growth_scores"), fits, tooSmall, rows.size());
    }

    /** A fit: a progression with a number of priors. */
    record Fit(Progression progression, int priors) {
    }

    /** A student's SGP in a progression, with the scores the projection starts from. */
    private record Scored(Progression progression, Candidate candidate, int priorsUsed, int sgp) {
    }

    /** The SGPs of one progression: each student from the fit with the most priors that includes them. */
    private static List<Scored> percentiles(Progression progression, List<Candidate> candidates,
            GrowthSettings settings, Map<ScoreGroup, double[]> pooled, Map<Fit, GrowthModel> models,
            List<String> fits, List<String> tooSmall) {
        int[] sgp = new int[candidates.size()];
        int[] priorsUsed = new int[candidates.size()];
        for (int k = settings.maxPriors(); k >= 1; k--) {
            List<ProgressionScores> cohort = new ArrayList<>();
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).priorCount() >= k) {
                    cohort.add(candidates.get(i).scores(k));
                    members.add(i);
                }
            }
            if (cohort.isEmpty()) {
                continue;
            }
            String order = progression + ", " + k + (k == 1 ? " prior" : " priors") + ": "
                    + String.format("%,d", cohort.size()) + (cohort.size() == 1 ? " student" : " students");
            if (cohort.size() < settings.minCohort()) {
                tooSmall.add(order);
                continue;
            }
            GrowthModel model = GrowthModel.fit(cohort, knots(progression, k, settings.maxPriors(), pooled));
            models.put(new Fit(progression, k), model);
            fits.add(order);
            for (int m = 0; m < members.size(); m++) {
                int i = members.get(m);
                if (priorsUsed[i] == 0) {
                    ProgressionScores s = cohort.get(m);
                    sgp[i] = model.percentile(s.priors(), s.current());
                    priorsUsed[i] = k;
                }
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (priorsUsed[i] > 0) {
                scored.add(new Scored(progression, candidates.get(i), priorsUsed[i], sgp[i]));
            }
        }
        return scored;
    }

    /**
     * The knots of each prior grade of a k-prior fit, oldest first: prior grade G-j pools that grade's
     * scores in every prior year of the progression's analysis, Y-1 .. Y-maxPriors, whatever k (the SGP
     * package computes the knots once per analysis from the stacked prior years of its panel, and fits
     * every order with them; the one-prior fit of a two-prior analysis uses the knots of both prior years).
     */
    static List<SplineKnots> knots(Progression progression, int k, int maxPriors, Map<ScoreGroup, double[]> pooled) {
        List<SplineKnots> knots = new ArrayList<>();
        for (int j = k; j >= 1; j--) {
            List<double[]> parts = new ArrayList<>();
            for (int back = 1; back <= maxPriors; back++) {
                double[] scores = pooled.get(progression.prior(j, progression.schoolYear() - back));
                if (scores != null) {
                    parts.add(scores);
                }
            }
            knots.add(SplineKnots.fromScores(concatenate(parts)));
        }
        return knots;
    }

    private static double[] concatenate(List<double[]> parts) {
        double[] all = new double[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        Arrays.sort(all);
        return all;
    }

    private static Map<ScoreGroup, double[]> pooledScores(BundleDatabase db) {
        Map<ScoreGroup, double[]> pooled = new HashMap<>();
        try (Statement s = db.connection().createStatement();
                ResultSet rs = s.executeQuery(GrowthScores.pooledScores())) {
            while (rs.next()) {
                Array list = rs.getArray(5);
                Object[] values = (Object[]) list.getArray();
                double[] scores = new double[values.length];
                for (int i = 0; i < values.length; i++) {
                    scores[i] = ((Number) values[i]).doubleValue();
                }
                pooled.put(new ScoreGroup(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), scores);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return pooled;
    }

    /** Every current score with at least one prior, grouped by progression in the query's fixed order. */
    private static Map<Progression, List<Candidate>> progressions(BundleDatabase db, int maxPriors) {
        Map<Progression, List<Candidate>> byProgression = new LinkedHashMap<>();
        try (Statement s = db.connection().createStatement();
                ResultSet rs = s.executeQuery(GrowthScores.progressions(maxPriors))) {
            while (rs.next()) {
                Progression p = new Progression(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
                double[] nearestFirst = new double[maxPriors];
                int count = 0;
                while (count < maxPriors) {
                    double prior = rs.getDouble(8 + count);
                    if (rs.wasNull()) {
                        break; // consecutive priors only: a gap ends the chain
                    }
                    nearestFirst[count++] = prior;
                }
                byProgression.computeIfAbsent(p, key -> new ArrayList<>()).add(new Candidate(rs.getString(5),
                        rs.getString(6), rs.getDouble(7), Arrays.copyOf(nearestFirst, count)));
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
        return byProgression;
    }

    /**
     * Writes these rows as the table {@code student_growth} (replacing it): the computed SGPs, or SGPs a state
     * computed elsewhere, which the growth metrics then read.
     */
    public static void write(BundleDatabase db, List<StudentGrowthRow> rows) {
        db.execute("CREATE OR REPLACE TABLE " + TABLE + " (school_year INTEGER, student_id VARCHAR, subject VARCHAR, "
                + "grade SMALLINT, school_id VARCHAR, test VARCHAR, priors_used INTEGER, sgp INTEGER, "
                + "horizon_grade SMALLINT, projected_score DOUBLE, sgp_target INTEGER, growth_to_proficient BOOLEAN)");
        try (DuckDBAppender appender = ((DuckDBConnection) db.connection()).createAppender(
                DuckDBConnection.DEFAULT_SCHEMA, TABLE)) {
            for (StudentGrowthRow r : rows) {
                appender.beginRow();
                appender.append(r.schoolYear());
                appender.append(r.studentId());
                appender.append(r.subject());
                appender.append((short) r.grade());
                appender.append(r.schoolId());
                appender.append(r.test());
                appender.append(r.priorsUsed());
                appender.append(r.sgp());
                if (r.projection().isPresent()) {
                    StudentGrowthRow.Projection p = r.projection().get();
                    appender.append((short) p.horizonGrade());
                    appender.append(p.projectedScore());
                    if (p.sgpTarget().isPresent()) {
                        appender.append(p.sgpTarget().getAsInt());
                    } else {
                        appender.appendNull();
                    }
                    appender.append(p.reachesProficiency());
                } else {
                    appender.appendNull();
                    appender.appendNull();
                    appender.appendNull();
                    appender.appendNull();
                }
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** A student of a progression: current score and consecutive priors, the immediate prior first. */
    private record Candidate(String studentId, String schoolId, double current, double[] priorsNearestFirst) {
        int priorCount() {
            return priorsNearestFirst.length;
        }

        /** Every score of the student in the progression, oldest first, the current one last. */
        double[] scoresOldestFirst() {
            double[] scores = new double[priorsNearestFirst.length + 1];
            for (int j = 0; j < priorsNearestFirst.length; j++) {
                scores[j] = priorsNearestFirst[priorsNearestFirst.length - 1 - j];
            }
            scores[priorsNearestFirst.length] = current;
            return scores;
        }

        /** The scores of a k-prior fit: the k nearest priors, oldest first. */
        ProgressionScores scores(int k) {
            double[] oldestFirst = new double[k];
            for (int j = 0; j < k; j++) {
                oldestFirst[j] = priorsNearestFirst[k - 1 - j];
            }
            return new ProgressionScores(studentId, oldestFirst, current);
        }
    }
}
