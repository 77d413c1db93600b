package org.flashlight.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every population says in words whom it counts: the drill-down of a metric shows this rule beside the rows. */
class TestPopulation {
    @Test
    void everyPopulationHasARuleInWords() {
        assertThat(Population.values()).allSatisfy(p -> assertThat(p.rule()).as(p.name()).isNotBlank());
    }

    @Test
    void noTwoPopulationsShareARule() {
        // a copied rule would explain one population with another's words
        assertThat(Arrays.stream(Population.values()).map(Population::rule)).doesNotHaveDuplicates();
    }
}
