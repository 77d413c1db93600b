package org.flashlight.synth;

/**
 * Survey answers: a latent favorability per item (construct mean + school climate + respondent
 * disposition + for students their achievement and attendance + noise) cut into a 1-5 Likert
 * response; {@code favorable} is a response of 4 or 5. Immutable.
 */
final class SurveyModel {
    static final int SEL_CONSTRUCTS = 4;
    static final int CONSTRUCTS = 8;

    final Parameters.Surveys p;
    private final double[] constructMean = new double[CONSTRUCTS];
    /** Latent cuts between responses 1|2, 2|3, 3|4 and 4|5. */
    private final double[] cuts;
    final byte[][][] itemIds;

    SurveyModel(Parameters.Surveys p) {
        this.p = p;
        for (int c = 0; c < CONSTRUCTS; c++) {
            constructMean[c] = p.favorableMeans().get(c);
        }
        cuts = p.likertCuts().stream().mapToDouble(Double::doubleValue).toArray();
        itemIds = new byte[CONSTRUCTS][p.itemsPerConstruct()][];
        for (int c = 0; c < CONSTRUCTS; c++) {
            for (int i = 0; i < p.itemsPerConstruct(); i++) {
                itemIds[c][i] = Codes.ascii(Codes.ITEM_PREFIX[c] + (i + 1));
            }
        }
    }

    /** A Likert response 1..5 to an item of a construct, given the respondent's latent shift. */
    int response(Rng rng, int construct, double shift) {
        double latent = constructMean[construct] + shift + rng.normal(0, p.itemSd());
        int response = 1;
        for (double cut : cuts) {
            if (latent > cut) {
                response++;
            }
        }
        return response;
    }

    static boolean favorable(int response) {
        return response >= 4;
    }

    static boolean isClimate(int construct) {
        return construct >= SEL_CONSTRUCTS;
    }
}
