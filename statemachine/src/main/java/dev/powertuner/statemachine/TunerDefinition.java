package dev.powertuner.statemachine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tuner's state machine definition: the bundled powertuner.asl.json and the one rendering of it (or of a
 * user's definition file) that the stack, the CLI's local runs and the tests deploy. Rendering sets the TimeoutSeconds
 * of every Task, in Map processors and Parallel branches too, to its step's timeout ({@link TunerStep#timeoutSeconds});
 * a Task invoking no tuner step gets the total execution timeout. The execution-level TimeoutSeconds stays as written.
 */
public final class TunerDefinition {
    /** Class-path location of the bundled definition (the file statemachine/powertuner.asl.json). */
    public static final String RESOURCE = "/dev/powertuner/statemachine/powertuner.asl.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z0-9_]+)}$");
    private static final String TIMEOUT = "TimeoutSeconds";

    private TunerDefinition() {
    }

    /** The bundled powertuner.asl.json as text. */
    public static String bundled() {
        try (InputStream in = TunerDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The powertuner-statemachine jar carries no " + RESOURCE
                        + ": build it with mvn -pl statemachine package");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }

    /**
     * Renders a definition for a run: timeouts set, every {@code "${<Step>Arn}"} replaced by its function's ARN.
     *
     * @param asl the definition, placeholders as whole string values ({@code "Resource": "${ExecutorArn}"})
     * @param totalExecutionTimeout seconds for every Task but the Analyzer's
     * @param functionArns the ARN of each step's function
     * @return the rendered definition as compact JSON
     * @throws IllegalArgumentException when the ASL is not a definition, a placeholder has no ARN, or the timeout is
     *     not positive
     */
    public static String render(String asl, int totalExecutionTimeout, Map<TunerStep, String> functionArns) {
        JsonNode definition = withTimeouts(asl, totalExecutionTimeout);
        return write(substitute(definition, functionArns));
    }

    /**
     * Renders a definition whose placeholders stay, for CloudFormation's DefinitionSubstitutions: timeouts as
     * {@link #render(String, int, Map)} sets them.
     */
    public static String renderTemplate(String asl, int totalExecutionTimeout) {
        return write(withTimeouts(asl, totalExecutionTimeout));
    }

    private static JsonNode withTimeouts(String asl, int totalExecutionTimeout) {
        if (totalExecutionTimeout <= 0) {
            throw new IllegalArgumentException("totalExecutionTimeout must be positive: " + totalExecutionTimeout);
        }
        JsonNode definition = parse(asl);
        if (!(definition instanceof ObjectNode) || !(definition.get("States") instanceof ObjectNode)) {
            throw new IllegalArgumentException("not a state machine definition: no States object");
        }
        setTimeouts(definition, totalExecutionTimeout);
        return definition;
    }

    private static JsonNode parse(String asl) {
        try {
            return JSON.readTree(asl);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the state machine definition is not valid JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static void setTimeouts(JsonNode scope, int totalExecutionTimeout) {
        for (Map.Entry<String, JsonNode> entry : scope.get("States").properties()) {
            if (!(entry.getValue() instanceof ObjectNode)) {
                continue;
            }
            ObjectNode state = (ObjectNode) entry.getValue();
            if ("Task".equals(state.path("Type").asText())) {
                state.put(TIMEOUT, step(entry.getKey(), state).map(s -> s.timeoutSeconds(totalExecutionTimeout))
                        .orElse(totalExecutionTimeout));
            }
            for (String nested : new String[] {"ItemProcessor", "Iterator"}) {
                if (state.path(nested).get("States") instanceof ObjectNode) {
                    setTimeouts(state.get(nested), totalExecutionTimeout);
                }
            }
            for (JsonNode branch : state.path("Branches")) {
                if (branch.get("States") instanceof ObjectNode) {
                    setTimeouts(branch, totalExecutionTimeout);
                }
            }
        }
    }

    /** The step a Task invokes: by its Resource placeholder, else by its state name. */
    private static Optional<TunerStep> step(String stateName, ObjectNode task) {
        Optional<TunerStep> byResource = TunerStep.byPlaceholder(task.path("Resource").asText());
        return byResource.isPresent() ? byResource : TunerStep.byPlaceholder(stateName + "Arn");
    }

    private static JsonNode substitute(JsonNode node, Map<TunerStep, String> functionArns) {
        if (node.isTextual()) {
            Matcher matcher = PLACEHOLDER.matcher(node.asText());
            if (!matcher.matches()) {
                return node;
            }
            String arn = TunerStep.byPlaceholder(matcher.group(1)).map(functionArns::get).orElse(null);
            if (arn == null) {
                throw new IllegalArgumentException("no function ARN for the placeholder " + node.asText());
            }
            return TextNode.valueOf(arn);
        }
        if (node instanceof ObjectNode) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                entry.setValue(substitute(entry.getValue(), functionArns));
            }
        } else if (node instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, substitute(array.get(i), functionArns));
            }
        }
        return node;
    }

    private static String write(JsonNode definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the rendered definition", e);
        }
    }
}
