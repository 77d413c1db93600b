package org.flashlight.duckdb.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.flashlight.core.disclosure.DisclosurePolicy;
import org.flashlight.core.disclosure.Outcome;
import org.flashlight.core.disclosure.Outcome.Reason;
import org.flashlight.core.disclosure.Outcome.Status;
import org.junit.jupiter.api.Test;

/**
 * Public suppression of a split school's framework-level rows (docs/disclosure.md): a student is in one
 * grade a year, so the whole-school row is the sum of its level rows, and a hidden level row must not
 * come back as the school minus the other level. Default policy: min_n_public 10; every rate here is far
 * from the coding bands.
 */
class TestMetricDisclosureOfLevelRows {
    private static final Map<String, String> DISTRICTS = Map.of("2024|K8", "D1");

    private static MetricResult row(String frameworkLevel, String group, long numerator, long students,
            String groupDetail) {
        return new MetricResult(2024, "school", "K8", frameworkLevel, "suspension", group, BigDecimal.valueOf(numerator),
                BigDecimal.valueOf(students), students, null, groupDetail);
    }

    private static MetricResult row(String frameworkLevel, String group, long numerator, long students) {
        return row(frameworkLevel, group, numerator, students, "");
    }

    private static List<Outcome<Integer>> apply(List<MetricResult> rows) {
        return MetricDisclosure.apply(rows, DISTRICTS, DisclosurePolicy.defaults(10));
    }

    @Test
    void aHiddenLevelRowIsNotTheSchoolMinusTheOtherLevel() {
        // K8: 12 of 40 suspended; elementary 2 of 6 (below 10: hidden); middle 10 of 34. Were middle shown,
        // 12 - 10 = 2 of 40 - 34 = 6 would give elementary away, so the middle row is hidden too.
        List<MetricResult> rows = List.of(row("", "all", 12, 40), row("elementary", "all", 2, 6),
                row("middle", "all", 10, 34));
        List<Outcome<Integer>> outcomes = apply(rows);

        assertThat(outcomes.get(1).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(outcomes.get(1).reason()).contains(Reason.BELOW_MIN_N);
        assertThat(outcomes.get(2).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(outcomes.get(2).reason()).contains(Reason.COMPLEMENTARY);
        assertThat(outcomes.get(2).complementSet()).hasValueSatisfying(set -> assertThat(set).contains("levels"));
        // the whole school stays public: with both levels hidden, 40 = ? + ? gives neither away
        assertThat(outcomes.get(0).status()).isEqualTo(Status.SHOWN);
    }

    @Test
    void levelRowsThatAreAllLargeEnoughAreShownBesideTheSchool() {
        // elementary 3 of 12 and middle 9 of 28: nothing below 10, nothing to protect
        List<Outcome<Integer>> outcomes = apply(List.of(row("", "all", 12, 40), row("elementary", "all", 3, 12),
                row("middle", "all", 9, 28)));
        assertThat(outcomes).extracting(Outcome::status).containsOnly(Status.SHOWN);
    }

    @Test
    void aLevelsLowestRaceRowFollowsThatLevelsRaceRow() {
        // whole school: hispanic 5 of 20 (shown); elementary: hispanic 1 of 3 (hidden). Each lowest_race row is
        // hispanic and must take the outcome of the hispanic row of its own level, not the other's.
        List<MetricResult> rows = List.of(row("", "all", 12, 40), row("", "hispanic", 5, 20),
                row("", "lowest_race", 5, 20, "hispanic"), row("elementary", "all", 3, 12),
                row("elementary", "hispanic", 1, 3), row("elementary", "lowest_race", 1, 3, "hispanic"),
                row("middle", "all", 9, 28), row("middle", "hispanic", 4, 17));
        List<Outcome<Integer>> outcomes = apply(rows);

        assertThat(outcomes.get(4).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(outcomes.get(5).status()).isEqualTo(Status.SUPPRESSED);
        assertThat(outcomes.get(2).status()).isEqualTo(outcomes.get(1).status());
        // hispanic: 20 = 3 (hidden) + 17, so middle's hispanic row is hidden as well
        assertThat(outcomes.get(7).status()).isEqualTo(Status.SUPPRESSED);
    }
}
