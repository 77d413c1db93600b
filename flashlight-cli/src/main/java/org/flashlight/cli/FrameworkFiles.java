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
import java.util.Map;
import org.flashlight.core.framework.FrameworkExtension;
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
        Document document = document(idOrFile, null, new java.util.ArrayList<>());
        return switch (FrameworkReader.read(document.file(), document.root())) {
            case FrameworkReader.Valid valid -> valid.settings();
            case FrameworkReader.Invalid invalid -> throw new ExitCodes.UsageException(invalid.problems().size() == 1
                    ? invalid.problems().get(0)
                    : document.file() + ": " + invalid.problems().size() + " problems" + System.lineSeparator()
                            + String.join(System.lineSeparator(), invalid.problems()));
        };
    }

    /** A parsed framework file and the name its problems are reported under. */
    private record Document(String file, Object root) {
    }

    /**
     * The file's document with what it {@code extends} resolved (FW-2, {@link FrameworkExtension}): a shipped
     * id, or a path relative to the extending file. {@code chain} holds the files already being read, so a
     * loop is an error rather than an endless read.
     */
    private static Document document(String idOrFile, Path relativeTo, java.util.List<String> chain) {
        Path path = relativeTo == null ? Path.of(idOrFile) : relativeTo.resolveSibling(idOrFile);
        Document document;
        if (Files.isRegularFile(path)) {
            try (InputStream in = Files.newInputStream(path)) {
                document = new Document(path.getFileName().toString(), parse(in, path.getFileName().toString()));
            } catch (IOException e) {
                throw new ExitCodes.UsageException("--framework " + idOrFile + ": cannot read the file: "
                        + e.getMessage());
            }
        } else if (SHIPPED.contains(idOrFile)) {
            try (InputStream in = FrameworkFiles.class.getResourceAsStream("/frameworks/" + idOrFile + ".yaml")) {
                document = new Document(idOrFile + ".yaml", parse(in, idOrFile + ".yaml"));
            } catch (IOException e) {
                throw new IllegalStateException("shipped framework " + idOrFile + " unreadable", e);
            }
            path = null;
        } else {
            String who = chain.isEmpty() ? "--framework " + idOrFile : chain.get(chain.size() - 1) + ": extends: "
                    + idOrFile;
            throw new ExitCodes.UsageException(who + ": not a file and not a shipped framework ("
                    + String.join(", ", SHIPPED) + ")");
        }
        if (!(document.root() instanceof Map<?, ?> root) || root.get(FrameworkExtension.KEY) == null) {
            return document;
        }
        if (chain.contains(document.file())) {
            throw new ExitCodes.UsageException(document.file() + ": extends: a loop (" + String.join(" -> ", chain)
                    + " -> " + document.file() + ")");
        }
        chain.add(document.file());
        Document parent = document(String.valueOf(root.get(FrameworkExtension.KEY)), path, chain);
        if (!(parent.root() instanceof Map<?, ?> parentRoot)) {
            throw new ExitCodes.UsageException(parent.file() + ": expected a YAML mapping");
        }
        return new Document(document.file(), FrameworkExtension.merge(parentRoot, root));
    }

    /** YAML to maps, lists and scalars (floats as exact decimals; a key written twice is an error). */
    private static Object parse(InputStream in, String file) throws IOException {
        try {
            return new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .readValue(in, Object.class);
        } catch (JacksonException e) {
            throw new ExitCodes.UsageException(file + ": not valid YAML: " + e.getOriginalMessage());
        }
    }
}
