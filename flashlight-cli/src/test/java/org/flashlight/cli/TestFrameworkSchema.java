package org.flashlight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The published JSON Schema (frameworks/framework.schema.json) accepts every shipped file and rejects bad ones. */
class TestFrameworkSchema {
    private static final Path FRAMEWORKS = Path.of("..", "frameworks");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonSchema schema() throws IOException {
        try (InputStream in = Files.newInputStream(FRAMEWORKS.resolve("framework.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> check(String yaml) throws IOException {
        JsonNode document = YAML.readTree(yaml);
        return schema().validate(document);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core-sqii", "dc-star", "ma", "ca-dashboard"})
    void shippedFrameworksFollowTheSchema(String id) throws IOException {
        assertThat(check(Files.readString(FRAMEWORKS.resolve(id + ".yaml")))).isEmpty();
    }

    @Test
    void methodMissingItsParameterIsRejected() throws IOException {
        String yaml = """
                id: mine
                scoring:
                  system: floors_and_targets
                  indicators:
                    grad_4yr: {points: 10, method: ltg}
                """;
        assertThat(check(yaml)).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("long_term_goal"));
    }

    @Test
    void unknownKeyIsRejected() throws IOException {
        assertThat(check("id: mine\nweights: 1\n")).extracting(ValidationMessage::getMessage)
                .anyMatch(m -> m.contains("weights"));
    }
}
