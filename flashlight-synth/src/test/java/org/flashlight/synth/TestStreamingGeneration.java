package org.flashlight.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flashlight.core.assessment.TestCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory does not grow with the state's size: students are rendered in chunks, and the number of
 * chunk buffers is bounded by the writer's look-ahead, not by the number of chunks. (Asserted on
 * the design rather than timed: a timed memory test would be flaky.)
 */
class TestStreamingGeneration {
    @Test
    void chunkBuffersAreBoundedByTheLookAheadNotByTheStateSize(@TempDir Path folder) throws IOException {
        GeneratorSettings settings = new GeneratorSettings(30_000, 1, 5, 2025, OutputFormat.CSV);
        StateGenerator generator = new StateGenerator(settings, Parameters.defaults(), TestCatalog.builtIn(), 2);
        List<long[]> progress = new ArrayList<>();
        GenerationSummary summary = generator.generate(folder, (done, total) -> progress.add(new long[] {done, total}));
        long chunks = (summary.lives() + StateGenerator.CHUNK_LIVES - 1) / StateGenerator.CHUNK_LIVES;
        assertThat(chunks).isGreaterThan(3L * generator.lookAheadChunks());
        assertThat(generator.chunkBuffersAllocated()).isLessThanOrEqualTo(generator.lookAheadChunks() + 1);
        assertThat(progress).hasSize((int) chunks);
        assertThat(progress.get(progress.size() - 1)).containsExactly(30_000, 30_000);
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
        }
    }

    @Test
    void schoolRowsAreHandedOutSchoolBySchool() {
        GeneratorSettings settings = new GeneratorSettings(20_000, 2, 5, 2025, OutputFormat.CSV);
        GenerationContext context = new GenerationContext(settings, Parameters.defaults(), TestCatalog.builtIn());
        long openSchoolYears = 0;
        for (int y = settings.firstSchoolYear(); y <= settings.lastSchoolYear(); y++) {
            for (School s : context.layout.schools) {
                openSchoolYears += s.isOpen(y) ? 1 : 0;
            }
        }
        int[] flushes = new int[1];
        RowSink sink = new RowSink(context.dates, 1 << 10);
        new SchoolRows(context).adultSurveys(sink, () -> flushes[0]++);
        assertThat((long) flushes[0]).isEqualTo(openSchoolYears);
        flushes[0] = 0;
        new SchoolRows(context).schools(sink, () -> flushes[0]++);
        assertThat((long) flushes[0]).isEqualTo(openSchoolYears);
    }
}
