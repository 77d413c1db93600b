package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.flashlight.web.results.FrameworkRun;
import org.junit.jupiter.api.Test;

class TestSimilarSchools {
    static final String M = "swd_identification";

    /**
     * S1: 100 students, 60 econ, 20 el, 12% swd; S2: 200, 100, 50, 10%; S3: 50, 45, el hidden, 20%;
     * S4 is a high school; S5 publishes nothing (its all-students cell is hidden).
     */
    static FrameworkRun state() {
        Runs runs = new Runs().school(Runs.school("S1", "Alder", "D1", "elementary"))
                .school(Runs.school("S2", "Birch", "D1", "elementary"))
                .school(Runs.school("S3", "Cedar", "D2", "elementary")).school(Runs.school("S4", "Dogwood", "D2", "high"))
                .school(Runs.school("S5", "Elm", "D2", "elementary"));
        runs.shown(2025, "S1", M, "all", "0.12", 100).shown(2025, "S1", M, "econ_disadv", "0.1", 60)
                .shown(2025, "S1", M, "el", "0.1", 20);
        runs.shown(2025, "S2", M, "all", "0.10", 200).shown(2025, "S2", M, "econ_disadv", "0.1", 100)
                .shown(2025, "S2", M, "el", "0.1", 50);
        runs.shown(2025, "S3", M, "all", "0.20", 50).shown(2025, "S3", M, "econ_disadv", "0.1", 45)
                .hidden(2025, "S3", M, "el");
        runs.shown(2025, "S4", M, "all", "0.12", 100).shown(2025, "S4", M, "econ_disadv", "0.1", 60)
                .shown(2025, "S4", M, "el", "0.1", 20);
        runs.hidden(2025, "S5", M, "all");
        return runs.build("alpha", true);
    }

    @Test
    void theSharesComeFromTheStudentsOfShownCells() {
        SimilarSchools.Profile s1 = SimilarSchools.profile(state(), "S1", 2025);
        assertThat(s1.econ()).hasValue(new BigDecimal("0.6")); // 60 / 100
        assertThat(s1.el()).hasValue(new BigDecimal("0.2")); // 20 / 100
        assertThat(s1.swd()).hasValue(new BigDecimal("0.12"));
        assertThat(SimilarSchools.profile(state(), "S3", 2025).el()).isEmpty();
        assertThat(SimilarSchools.profile(state(), "S5", 2025).econ()).isEmpty();
    }

    @Test
    void theNearestSchoolsOfTheSameTypeComeFirst() {
        FrameworkRun run = state();
        List<SimilarSchools.Match> matches = SimilarSchools.of(run, run.school("S1").orElseThrow(), 2025);
        // S2: (0.6-0.5)^2 + (0.2-0.25)^2 + (0.12-0.10)^2 = 0.01 + 0.0025 + 0.0004 = 0.0129 over 3 shares
        // S3: el not published: (0.6-0.9)^2 + (0.12-0.20)^2 = 0.09 + 0.0064 = 0.0964 over 2 shares
        // S4 is a high school, S5 publishes no share: neither is a match
        assertThat(matches).extracting(m -> m.school().id()).containsExactly("S2", "S3");
        assertThat(matches.get(0).distance()).isCloseTo(Math.sqrt(0.0129 / 3), within(1e-12));
        assertThat(matches.get(1).distance()).isCloseTo(Math.sqrt(0.0964 / 2), within(1e-12));
    }
}
