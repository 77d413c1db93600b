package org.flashlight.ingest.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flashlight.core.assessment.TestDefinition;
import org.flashlight.core.bundle.BundleContract;
import org.flashlight.core.bundle.Grades;

/** A test definition as a tests.csv row (the columns of {@link BundleContract#TESTS}). */
final class TestsCsv {
    private TestsCsv() {
    }

    static Map<String, String> row(TestDefinition definition) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("test", definition.test());
        row.put("subject", definition.subject());
        row.put("grade", Grades.label(definition.grade()));
        row.put("min_scale_score", definition.minScaleScore().toPlainString());
        row.put("max_scale_score", definition.maxScaleScore().toPlainString());
        row.put("levels", Integer.toString(definition.levels()));
        row.put("proficient_level", Integer.toString(definition.proficientLevel()));
        for (int level = 2; level <= definition.levels(); level++) {
            row.put("cut_" + level, definition.cut(level).orElseThrow().toPlainString());
        }
        return row;
    }
}
