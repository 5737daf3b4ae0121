package dev.powertuner.local.sfn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the tuner's ASL for a local run: fills the quoted {@code ${Name}} placeholders and sets every
 * {@code TimeoutSeconds} except the Analyzer's to the total execution timeout, as the deployed stack does.
 */
public final class Definitions {
    /** The state whose timeout stays as written (10 s in the file). */
    public static final String ANALYZER = "Analyzer";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_]+)}$");
    private static final String TIMEOUT = "TimeoutSeconds";

    private Definitions() {
    }

    /**
     * Renders a definition.
     *
     * @param asl the definition with placeholders as quoted strings ({@code "Resource": "${ExecutorArn}"})
     * @param substitutions values by placeholder name, with or without the {@code ${}} wrapping
     * @param totalExecutionTimeout seconds for every {@code TimeoutSeconds} except the Analyzer's
     * @return the rendered definition as compact JSON
     * @throws IllegalArgumentException when the ASL is not JSON, a placeholder has no value, or the timeout is not positive
     */
    public static String render(String asl, Map<String, String> substitutions, int totalExecutionTimeout) {
        if (totalExecutionTimeout <= 0) {
            throw new IllegalArgumentException("totalExecutionTimeout must be positive: " + totalExecutionTimeout);
        }
        JsonNode root = parse(asl);
        if (!(root instanceof ObjectNode) || !(root.get("States") instanceof ObjectNode)) {
            throw new IllegalArgumentException("Not a state machine definition: no States object");
        }
        ObjectNode machine = (ObjectNode) root;
        if (machine.has(TIMEOUT)) {
            machine.put(TIMEOUT, totalExecutionTimeout);
        }
        setTimeouts((ObjectNode) machine.get("States"), totalExecutionTimeout);
        JsonNode rendered = substitute(machine, substitutions);
        try {
            return MAPPER.writeValueAsString(rendered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the rendered definition", e);
        }
    }

    private static JsonNode parse(String asl) {
        try {
            return MAPPER.readTree(asl);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The state machine definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void setTimeouts(ObjectNode states, int timeout) {
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            if (!(entry.getValue() instanceof ObjectNode)) {
                continue;
            }
            ObjectNode state = (ObjectNode) entry.getValue();
            if (state.has(TIMEOUT) && !isAnalyzer(entry.getKey(), state)) {
                state.put(TIMEOUT, timeout);
            }
            for (String nested : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.get(nested) != null && state.get(nested).get("States") instanceof ObjectNode) {
                    setTimeouts((ObjectNode) state.get(nested).get("States"), timeout);
                }
            }
            if (state.get("Branches") instanceof ArrayNode) {
                for (JsonNode branch : state.get("Branches")) {
                    if (branch.get("States") instanceof ObjectNode) {
                        setTimeouts((ObjectNode) branch.get("States"), timeout);
                    }
                }
            }
        }
    }

    private static boolean isAnalyzer(String name, ObjectNode state) {
        return ANALYZER.equals(name) || "${AnalyzerArn}".equals(state.path("Resource").asText());
    }

    private static JsonNode substitute(JsonNode node, Map<String, String> substitutions) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            if (!matcher.matches()) {
                return node;
            }
            String name = matcher.group(1);
            String value = substitutions.containsKey(name) ? substitutions.get(name) : substitutions.get("${" + name + "}");
            if (value == null) {
                throw new IllegalArgumentException("No substitution for the placeholder ${" + name + "}");
            }
            return TextNode.valueOf(value);
        }
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                entry.setValue(substitute(entry.getValue(), substitutions));
            }
        } else if (node instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), substitutions));
            }
        }
        return node;
    }
}
