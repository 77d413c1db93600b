package org.flashlight.synth;

/**
 * Latent achievement: theta per subject (ela, math, science), in state standard-deviation units
 * of the student's grade. theta = demographic mean + stable person component + transient
 * component; the transient component is autoregressive and takes the school's growth effect each
 * year, so a school's value added is the expected extra growth of its students. Immutable.
 */
final class Achievement {
    /** Variance of the demographic mean across students (for placing the proficient cut). */
    static final double DEMOGRAPHIC_VARIANCE = 0.12;

    private final Parameters.Achievement p;
    private final double povertyCenter;
    private final double zoneCenter;
    private final double swdCenter;
    private final double[] elEffect;
    private final double[] raceEffect = new double[7];
    private final double shockSd;

    Achievement(Parameters parameters, StateLayout layout) {
        this.p = parameters.achievement();
        double zoneMean = 0;
        double previous = 0;
        for (Zone z : layout.zones) {
            double weight = layout.zoneCumulative[z.index] - previous;
            previous = layout.zoneCumulative[z.index];
            zoneMean += weight * z.povertyShare;
        }
        zoneMean /= layout.zoneCumulative[layout.zoneCumulative.length - 1];
        this.zoneCenter = zoneMean;
        this.povertyCenter = zoneMean;
        Parameters.Demographics d = parameters.demographics();
        this.swdCenter = d.swdRate() + d.swdPovertyExtra() * zoneMean;
        this.elEffect = new double[] {p.elEffectEla(), p.elEffectMath(), p.elEffectScience()};
        double[] stateRace = parameters.demographics().stateRace().stream().mapToDouble(Double::doubleValue).toArray();
        double center = 0;
        for (int r = 0; r < 7; r++) {
            center += stateRace[r] * p.raceEffects().get(r);
        }
        for (int r = 0; r < 7; r++) {
            raceEffect[r] = p.raceEffects().get(r) - center;
        }
        this.shockSd = p.transientSd() * StrictMath.sqrt(1 - p.persistence() * p.persistence());
    }

    /** The demographic part of theta for a subject. */
    double mean(int subject, int race, boolean poor, double zonePoverty, boolean hasIep, boolean severe,
            boolean englishLearner) {
        return raceEffect[race] + p.povertyEffect() * ((poor ? 1 : 0) - povertyCenter)
                + p.zonePovertyEffect() * (zonePoverty - zoneCenter)
                + p.swdEffect() * ((hasIep ? 1 : 0) - swdCenter)
                + (severe ? p.severeEffect() : 0)
                + (englishLearner ? elEffect[subject] : 0);
    }

    /** Draws the stable person components (correlated across subjects) into {@code out}. */
    void drawPerson(Rng rng, double[] out) {
        correlated(rng, p.personSd(), p.subjectCorrelation(), out);
    }

    /** Draws a starting transient component (its stationary distribution). */
    void drawTransient(Rng rng, double[] out) {
        correlated(rng, p.transientSd(), p.transientCorrelation(), out);
    }

    /** One year of growth: autoregression, a correlated shock and the school's growth effect. */
    void grow(Rng rng, double[] transientPart, double[] schoolEffect) {
        double shared = rng.normal();
        double r = p.transientCorrelation();
        for (int s = 0; s < 3; s++) {
            double shock = shockSd * (StrictMath.sqrt(r) * shared + StrictMath.sqrt(1 - r) * rng.normal());
            transientPart[s] = p.persistence() * transientPart[s] + shock + schoolEffect[s];
        }
    }

    double measurementSd() {
        return p.measurementSd();
    }

    private static void correlated(Rng rng, double sd, double correlation, double[] out) {
        double shared = rng.normal();
        for (int s = 0; s < 3; s++) {
            out[s] = sd * (StrictMath.sqrt(correlation) * shared + StrictMath.sqrt(1 - correlation) * rng.normal());
        }
    }
}
