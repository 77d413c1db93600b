package org.flashlight.core.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.flashlight.core.metric.Population;
import org.junit.jupiter.api.Test;

/**
 * docs/frameworks.md lists the populations a framework metric may use and their columns; the list is
 * generated from {@link Population}, so this test fails when the two differ. To fix it, replace the
 * table between the markers with the expected text the failure prints.
 */
class TestFrameworksDoc {
    private static final String START = "<!-- populations: generated from Population by TestFrameworksDoc; "
            + "edit Population, not this table -->";
    private static final String END = "<!-- end of populations -->";

    static String populationTable() {
        return "| population | columns |\n|---|---|\n" + Arrays.stream(Population.values())
                .filter(p -> p != Population.DERIVED)
                .map(p -> "| `" + p.id() + "` | " + MetricExpression.columns(p).stream().map(c -> "`" + c + "`")
                        .collect(Collectors.joining(", ")) + " |\n")
                .collect(Collectors.joining());
    }

    @Test
    void thePopulationTableOfTheDocsIsThePopulationsOfTheCode() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "frameworks.md")).replace("\r\n", "\n");
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("marker in docs/frameworks.md").isNotNegative();
        assertThat(end).as("end marker in docs/frameworks.md").isGreaterThan(start);

        assertThat(doc.substring(start + START.length() + 1, end))
                .as("docs/frameworks.md, the table between the population markers").isEqualTo(populationTable());
    }
}
