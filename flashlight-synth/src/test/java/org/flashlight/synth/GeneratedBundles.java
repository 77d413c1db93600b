package org.flashlight.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Bundles generated once per test JVM and shared by the test classes that only read them (generating
 * is the slow part of these tests). Deleted when the JVM exits.
 */
final class GeneratedBundles {
    /** The state most distribution tests read: 20,000 students, 3 years. */
    static final GeneratorSettings STANDARD = new GeneratorSettings(20_000, 3, 20_251, 2025, OutputFormat.CSV);

    record Generated(Path folder, GenerationSummary summary) {
    }

    private static final Map<GeneratorSettings, Generated> CACHE = new HashMap<>();
    private static Path root;

    private GeneratedBundles() {
    }

    static synchronized Generated standard() {
        return of(STANDARD);
    }

    static synchronized Generated of(GeneratorSettings settings) {
        return CACHE.computeIfAbsent(settings, s -> {
            try {
                Path folder = Files.createDirectories(root().resolve("bundle-" + CACHE.size()));
                return new Generated(folder, new StateGenerator(s).generate(folder, GenerationProgress.NONE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("flashlight-synth-tests");
            Path toDelete = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(toDelete)));
        }
        return root;
    }

    static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort at exit
                }
            });
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
