package dev.powertuner.statemachine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The packaged powertuner.asl.json, parsed, with helpers to walk its (possibly nested) state scopes. */
final class Definition {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Definition() {
    }

    static JsonNode load() {
        try (InputStream in = Definition.class.getResourceAsStream(TunerDefinition.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("powertuner.asl.json is not on the test classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw file rendered for a run whose six functions are {@code <arnPrefix><local function name>}. */
    static String rendered(String arnPrefix, int totalExecutionTimeout) {
        Map<TunerStep, String> arns = new EnumMap<>(TunerStep.class);
        for (TunerStep step : TunerStep.values()) {
            arns.put(step, arnPrefix + step.localFunctionName());
        }
        try {
            return TunerDefinition.render(Files.readString(rawFile()), totalExecutionTimeout, arns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, as passed by the parent POM to surefire. */
    static Path root() {
        String root = System.getProperty("powertuner.root");
        return (root == null ? Paths.get("..") : Paths.get(root)).toAbsolutePath().normalize();
    }

    static Path rawFile() {
        return root().resolve("statemachine").resolve("powertuner.asl.json");
    }

    /** Every scope (the top level and each Map's ItemProcessor or Iterator) that has StartAt and States. */
    static List<JsonNode> scopes(JsonNode definition) {
        List<JsonNode> scopes = new ArrayList<>();
        collectScopes(definition, scopes);
        return scopes;
    }

    private static void collectScopes(JsonNode scope, List<JsonNode> into) {
        into.add(scope);
        for (JsonNode state : scope.path("States")) {
            if (state.has("ItemProcessor")) {
                collectScopes(state.get("ItemProcessor"), into);
            }
            if (state.has("Iterator")) {
                collectScopes(state.get("Iterator"), into);
            }
        }
    }

    /** Every state of every scope by name (names are unique across scopes in this definition). */
    static Map<String, JsonNode> allStates(JsonNode definition) {
        Map<String, JsonNode> states = new LinkedHashMap<>();
        for (JsonNode scope : scopes(definition)) {
            Iterator<Map.Entry<String, JsonNode>> fields = scope.get("States").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                states.put(field.getKey(), field.getValue());
            }
        }
        return states;
    }

    /** Next, Default, Choices[].Next and Catch[].Next of one state. */
    static List<String> targets(JsonNode state) {
        List<String> targets = new ArrayList<>();
        addText(state.get("Next"), targets);
        addText(state.get("Default"), targets);
        for (JsonNode choice : state.path("Choices")) {
            addText(choice.get("Next"), targets);
        }
        for (JsonNode catcher : state.path("Catch")) {
            addText(catcher.get("Next"), targets);
        }
        return targets;
    }

    private static void addText(JsonNode node, List<String> into) {
        if (node != null && node.isTextual()) {
            into.add(node.asText());
        }
    }

    /** Every string value anywhere in the tree. */
    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        collectStrings(node, out);
        return out;
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        for (JsonNode child : node) {
            collectStrings(child, out);
        }
    }
}
