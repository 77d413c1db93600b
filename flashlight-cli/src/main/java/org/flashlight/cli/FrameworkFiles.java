package org.flashlight.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.flashlight.core.framework.FrameworkSettings;

/**
 * Finds and reads a framework: a shipped id ({@code core-sqii}, {@code dc-star}, {@code ma},
 * {@code ca-dashboard}) or the path of a YAML file. Problems are reported with the file and the key.
 */
final class FrameworkFiles {
    static final List<String> SHIPPED = List.of("core-sqii", "dc-star", "ma", "ca-dashboard");
    private static final Set<String> KEYS = Set.of("id", "name", "version", "min_n", "min_n_public", "econ_disadv_rule");

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

    private static FrameworkSettings parse(InputStream in, String file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (JacksonException e) {
            throw new ExitCodes.UsageException(file + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ExitCodes.UsageException(file + ": expected a YAML mapping with at least 'id'");
        }
        List<String> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                problems.add(file + ": " + name + ": unknown key (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
            }
        }
        String id = text(root, "id", null);
        if (id == null) {
            problems.add(file + ": id: required");
        }
        String rule = text(root, "econ_disadv_rule", "frl_or_direct_cert");
        if (!rule.equals("frl_or_direct_cert") && !rule.equals("dc_at_risk")) {
            problems.add(file + ": econ_disadv_rule: '" + rule + "' is not frl_or_direct_cert or dc_at_risk");
        }
        int minN = integer(root, "min_n", 20, file, problems);
        int minNPublic = integer(root, "min_n_public", 10, file, problems);
        if (!problems.isEmpty()) {
            throw new ExitCodes.UsageException(String.join(System.lineSeparator(), problems));
        }
        return new FrameworkSettings(id, text(root, "name", id), text(root, "version", "1"), minN, minNPublic, rule);
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode node = root.get(key);
        return node == null || node.isNull() ? fallback : node.asText();
    }

    private static int integer(JsonNode root, String key, int fallback, String file, List<String> problems) {
        JsonNode node = root.get(key);
        if (node == null) {
            return fallback;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
            problems.add(file + ": " + key + ": expected a whole number of at least 1, found '" + node.asText() + "'");
            return fallback;
        }
        return node.asInt();
    }
}
