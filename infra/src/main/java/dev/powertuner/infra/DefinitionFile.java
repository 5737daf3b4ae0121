package dev.powertuner.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Reads powertuner.asl.json and writes the Task timeouts: totalExecutionTimeout, the Analyzer keeps its 10 s. */
final class DefinitionFile {
    static final int ANALYZER_TIMEOUT_SECONDS = 10;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DefinitionFile() {
    }

    /** The definition as compact JSON with every Task's TimeoutSeconds set; placeholders stay for substitution. */
    static String render(Path file, int totalExecutionTimeout) {
        JsonNode definition;
        try {
            definition = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state machine definition " + file, e);
        }
        if (definition == null || !definition.path("States").isObject()) {
            throw new IllegalArgumentException("definitionFile " + file + " is not a state machine definition");
        }
        setTimeouts(definition, totalExecutionTimeout);
        try {
            return JSON.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setTimeouts(JsonNode scope, int totalExecutionTimeout) {
        Iterator<Map.Entry<String, JsonNode>> states = scope.get("States").fields();
        while (states.hasNext()) {
            Map.Entry<String, JsonNode> entry = states.next();
            ObjectNode state = (ObjectNode) entry.getValue();
            if ("Task".equals(state.path("Type").asText())) {
                boolean analyzer = "Analyzer".equals(entry.getKey());
                state.put("TimeoutSeconds", analyzer ? ANALYZER_TIMEOUT_SECONDS : totalExecutionTimeout);
            }
            if (state.has("ItemProcessor")) {
                setTimeouts(state.get("ItemProcessor"), totalExecutionTimeout);
            }
            if (state.has("Iterator")) {
                setTimeouts(state.get("Iterator"), totalExecutionTimeout);
            }
        }
    }
}
