package org.flashlight.core.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Labels by lower bounds: a score gets the label of the band with the largest lower bound at or
 * below it (a score on a bound belongs to the higher band). STAR-5 stars: 1 below 20, 2 from 20, ..,
 * 5 from 80; CORE-5 level bands: below average 1-3, average 4-7, above average 8-10.
 *
 * @param bands the bands, lower bounds strictly ascending; a score below the first bound has no label
 */
public record RatingBands(List<Band> bands) {

    /**
     * One band.
     *
     * @param from  its lower bound, inclusive
     * @param label what a score from here up to the next bound is called
     */
    public record Band(BigDecimal from, String label) {
        public Band {
            Objects.requireNonNull(from, "from is null");
            Objects.requireNonNull(label, "label is null");
        }
    }

    /** STAR-5: stars 1..5 with bounds 0, 20, 40, 60, 80 on the 0..100 score. */
    public static final RatingBands STAR_STARS = new RatingBands(List.of(band("0", "1"), band("20", "2"),
            band("40", "3"), band("60", "4"), band("80", "5")));

    /** CORE-5: the band of a level 1..10. */
    public static final RatingBands CORE_LEVEL_BANDS = new RatingBands(
            List.of(band("1", "below average"), band("4", "average"), band("8", "above average")));

    public RatingBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("rating bands need at least one band");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i - 1).from().compareTo(bands.get(i).from()) >= 0) {
                throw new IllegalArgumentException("band lower bounds must ascend strictly: "
                        + bands.get(i - 1).from() + " then " + bands.get(i).from());
            }
        }
    }

    /**
     * The label of {@code score}.
     *
     * @throws IllegalArgumentException when the score is below the first band
     */
    public String label(BigDecimal score) {
        Objects.requireNonNull(score, "score is null");
        String label = null;
        for (Band band : bands) {
            if (score.compareTo(band.from()) >= 0) {
                label = band.label();
            }
        }
        if (label == null) {
            throw new IllegalArgumentException("score " + score.toPlainString() + " is below the lowest band, which starts at "
                    + bands.get(0).from().toPlainString());
        }
        return label;
    }

    private static Band band(String from, String label) {
        return new Band(new BigDecimal(from), label);
    }
}
