package org.flashlight.web.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flashlight.web.results.CellKey;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.PublicCell;
import org.flashlight.web.results.School;

/**
 * The schools most like one school in the students they serve: the nearest schools of the same type by the
 * shares of economically disadvantaged students, English learners and students with disabilities. The shares
 * come from the public view only: the students counted in the {@code swd_identification} measure for each
 * group over all students (counts of shown cells), and that measure's all-students value. A share a school
 * does not publish is left out of its distances; a school that publishes none has no similar schools.
 */
public final class SimilarSchools {
    static final String PROFILE_METRIC = "swd_identification";
    public static final int COUNT = 5;

    /** A school's demographic shares (each empty when not public). */
    public record Profile(Optional<BigDecimal> econ, Optional<BigDecimal> el, Optional<BigDecimal> swd) {
        List<Optional<BigDecimal>> parts() {
            return List.of(econ, el, swd);
        }
    }

    /** A near school and its distance (square root of the mean squared difference of the shared shares). */
    public record Match(School school, double distance) {
    }

    private SimilarSchools() {
    }

    public static Profile profile(FrameworkRun run, String schoolId, int year) {
        Optional<PublicCell> all = run.cell(CellKey.school(year, schoolId, PROFILE_METRIC, "all")).filter(PublicCell::shown);
        return new Profile(share(run, all, schoolId, year, "econ_disadv"), share(run, all, schoolId, year, "el"),
                all.flatMap(PublicCell::value));
    }

    private static Optional<BigDecimal> share(FrameworkRun run, Optional<PublicCell> all, String schoolId, int year,
            String group) {
        Optional<PublicCell> part = run.cell(CellKey.school(year, schoolId, PROFILE_METRIC, group)).filter(PublicCell::shown);
        if (all.isEmpty() || part.isEmpty() || all.get().students().orElse(0) == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part.get().students().getAsLong())
                .divide(BigDecimal.valueOf(all.get().students().getAsLong()), MathContext.DECIMAL64));
    }

    /** The {@value #COUNT} nearest schools of the same type, nearest first, ties by school id. */
    public static List<Match> of(FrameworkRun run, School school, int year) {
        Profile own = profile(run, school.id(), year);
        List<Match> matches = new ArrayList<>();
        for (School other : run.schools()) {
            if (other.id().equals(school.id()) || !other.type().equals(school.type())) {
                continue;
            }
            distance(own, profile(run, other.id(), year)).ifPresent(d -> matches.add(new Match(other, d)));
        }
        matches.sort(Comparator.comparingDouble(Match::distance).thenComparing(m -> m.school().id()));
        return List.copyOf(matches.subList(0, Math.min(COUNT, matches.size())));
    }

    static Optional<Double> distance(Profile a, Profile b) {
        double sum = 0;
        int shared = 0;
        for (int i = 0; i < 3; i++) {
            Optional<BigDecimal> x = a.parts().get(i);
            Optional<BigDecimal> y = b.parts().get(i);
            if (x.isPresent() && y.isPresent()) {
                double d = x.get().doubleValue() - y.get().doubleValue();
                sum += d * d;
                shared++;
            }
        }
        return shared == 0 ? Optional.empty() : Optional.of(Math.sqrt(sum / shared));
    }
}
