package org.flashlight.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flashlight.core.framework.FrameworkReader;
import org.flashlight.core.framework.FrameworkSettings;

/**
 * Finds and reads a framework: a shipped id ({@code core-sqii}, {@code dc-star}, {@code ma},
 * {@code ca-dashboard}) or the path of a YAML file. Problems are reported with the file and the path inside it
 * (FW-1, {@link FrameworkReader}).
 */
final class FrameworkFiles {
    static final List<String> SHIPPED = List.of("core-sqii", "dc-star", "ma", "ca-dashboard");

    private FrameworkFiles() {
    }

    static FrameworkSettings load(String idOrFile) {
        Path path = Path.of(idOrFile);
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                return parse(in, path.getFileName().toString());
            } catch (IOException e) {
                throw new ExitCodes.UsageException("--framework " + idOrFile + ": cannot read the file: " + e.getMessage());
            }
        }
        if (!SHIPPED.contains(idOrFile)) {
            throw new ExitCodes.UsageException("--framework " + idOrFile + ": not a file and not a shipped framework ("
                    + String.join(", ", SHIPPED) + ")");
        }
        try (InputStream in = FrameworkFiles.class.getResourceAsStream("/frameworks/" + idOrFile + ".yaml")) {
            return parse(in, idOrFile + ".yaml");
        } catch (IOException e) {
            throw new IllegalStateException("shipped framework " + idOrFile + " unreadable", e);
        }
    }

    /**
     * YAML to maps, lists and scalars (floats as exact decimals, a key written twice is an error), then
     * {@link FrameworkReader}: every problem of the file, one per line, is one usage error.
     */
    private static FrameworkSettings parse(InputStream in, String file) throws IOException {
        Object root;
        try {
            root = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readValue(in, Object.class);
        } catch (JacksonException e) {
            throw new ExitCodes.UsageException(file + ": not valid YAML: " + e.getOriginalMessage());
        }
        return switch (FrameworkReader.read(file, root)) {
            case FrameworkReader.Valid valid -> valid.settings();
            case FrameworkReader.Invalid invalid -> throw new ExitCodes.UsageException(invalid.problems().size() == 1
                    ? invalid.problems().get(0)
                    : file + ": " + invalid.problems().size() + " problems" + System.lineSeparator()
                            + String.join(System.lineSeparator(), invalid.problems()));
        };
    }
}
