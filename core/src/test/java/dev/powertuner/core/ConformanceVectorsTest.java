package dev.powertuner.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every entry of {@code conformance-vectors.json} (reference-shaped cases in the test resources), using the
 * {@code powertuner} override object where present. Adapters live in {@link VectorAdapters}.
 */
class ConformanceVectorsTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> vectors() throws IOException {
        JsonNode root;
        try (InputStream in = ConformanceVectorsTest.class.getResourceAsStream("/conformance-vectors.json")) {
            root = MAPPER.readTree(in);
        }
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> group : root.properties()) {
            if (group.getValue().isArray()) {
                for (JsonNode vector : group.getValue()) {
                    out.add(Arguments.of(group.getKey() + " / " + vector.path("name").asText(), vector));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorHoldsForPowertuner(String name, JsonNode vector) {
        JsonNode expectation = VectorAdapters.expectation(vector);
        VectorAdapters.Run run = new VectorAdapters.Run(vector);
        if (expectation.path("throws").asBoolean(false)) {
            JsonNode fragment = expectation.path("messageContains");
            var thrown = assertThatThrownBy(run::execute);
            if (fragment.isTextual()) {
                thrown.hasMessageContaining(fragment.textValue());
            }
        } else {
            JsonNode actual = run.execute();
            VectorAdapters.check(vector, expectation, actual, run);
        }
        JsonNode expectedCalls = vector.path("expectedCalls");
        expectedCalls.properties().forEach(e ->
                assertThat(run.fake().calls(e.getKey())).as("calls of %s", e.getKey()).isEqualTo(e.getValue().asInt()));
    }

    static JsonNode missing() {
        return MissingNode.getInstance();
    }
}
