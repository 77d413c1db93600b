package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flashlight.web.results.FrameworkRun;
import org.flashlight.web.results.ResultsLibrary;
import org.junit.jupiter.api.Test;

class TestHomePage {
    static ResultsLibrary library() {
        FrameworkRun run = new Runs().school(Runs.school("S1", "Alder Elementary", "D1", "elementary"))
                .school(Runs.school("S2", "Birch Elementary", "D1", "elementary"))
                .school(Runs.school("S4", "Dogwood High", "D2", "high"))
                .shown(2025, "S1", "ela_proficiency", "all", "0.5", 40).build("alpha", true);
        return new ResultsLibrary(List.of(run));
    }

    @Test
    void aSearchFindsSchoolsWhoseNameHasEveryWordInAnyCase() {
        assertThat(HomePage.build(library(), "ELEMENTARY bir").matches()).extracting(HomePage.SchoolLink::name)
                .containsExactly("Birch Elementary");
        assertThat(HomePage.build(library(), "elementary").matches()).extracting(HomePage.SchoolLink::id)
                .containsExactly("S1", "S2");
        assertThat(HomePage.build(library(), "S4").matches()).extracting(HomePage.SchoolLink::name)
                .containsExactly("Dogwood High");
        assertThat(HomePage.build(library(), "oak").matches()).isEmpty();
    }

    @Test
    void withoutAQueryNothingIsSearchedAndTheDashboardsAreOffered() {
        HomePage page = HomePage.build(library(), "  ");
        assertThat(page.searched()).isFalse();
        assertThat(page.districts()).extracting(Choice::label).containsExactly("D1 District", "D2 District");
        assertThat(page.stateUrl()).isEqualTo("/state?framework=alpha&year=2025");
        assertThat(HomePage.build(library(), "alder").matches().get(0).url())
                .isEqualTo("/schools/S1?framework=alpha&year=2025");
    }
}
