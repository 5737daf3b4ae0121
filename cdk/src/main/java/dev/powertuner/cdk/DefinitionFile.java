package dev.powertuner.cdk;

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

    /** The definition file as compact JSON with every Task's TimeoutSeconds set; placeholders stay for substitution. */
    static String render(Path file, int totalExecutionTimeout) {
        try {
            return render(JSON.readTree(file.toFile()), "definitionFile " + file, totalExecutionTimeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state machine definition " + file, e);
        }
    }

    /** The bundled definition, rendered as {@link #render(Path, int)} does. */
    static String renderBundled(int totalExecutionTimeout) {
        try {
            return render(JSON.readTree(BundledResources.definition()), "the bundled " + BundledResources.DEFINITION,
                    totalExecutionTimeout);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the bundled " + BundledResources.DEFINITION, e);
        }
    }

    private static String render(JsonNode definition, String source, int totalExecutionTimeout) {
        if (definition == null || !definition.path("States").isObject()) {
            throw new IllegalArgumentException(source + " is not a state machine definition");
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
