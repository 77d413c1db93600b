package org.flashlight.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestDesignationGuide {
    @Test
    void aGroupDesignationIsExplainedByItsKindAndNamesTheGroup() {
        assertThat(DesignationGuide.of("tsi:swd").prefix()).isEqualTo("tsi");
        assertThat(DesignationGuide.title("atsi:hispanic")).isEqualTo("Additional targeted support (Hispanic or Latino)");
        // csi_graduation is its own entry, not csi's
        assertThat(DesignationGuide.title("csi_graduation")).isEqualTo("Comprehensive support (graduation)");
    }

    @Test
    void anUnknownDesignationIsShownByItsIdWithoutAnInventedMeaning() {
        DesignationGuide.Entry entry = DesignationGuide.of("watch_list");
        assertThat(entry.title()).isEqualTo("watch_list");
        assertThat(entry.meaning()).isEmpty();
        assertThat(entry.exit()).isEmpty();
    }

    @Test
    void everyEntryHasAMeaningAndAnExit() {
        assertThat(DesignationGuide.ENTRIES).allSatisfy(e -> {
            assertThat(e.meaning()).isNotBlank();
            assertThat(e.exit()).isNotBlank();
        });
    }
}
