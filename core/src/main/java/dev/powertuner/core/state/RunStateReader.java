package dev.powertuner.core.state;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.arn.FunctionRef;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.FailedPowerValue;
import dev.powertuner.core.model.Flags;
import dev.powertuner.core.model.PowerValueResult;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.projection.Traffic;
import dev.powertuner.core.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The one class that knows the state's field names for the steps after the Initializer, and reads each field once
 * with the reference's semantics ({@link Js} converts). The Initializer's strict reading is {@code TuningInput}; the
 * field names and order of what the steps write are {@code StateJson}.
 */
public final class RunStateReader {

    static final String LAMBDA_CONFIGURATIONS = "lambdaConfigurations";
    private static final String LAMBDA_ARN = "lambdaARN";

    private RunStateReader() {
    }

    /** Reads the whole state (any JSON; a non-object reads as an empty state). */
    public static RunState read(JsonNode state) {
        JsonNode c = Js.field(state, LAMBDA_CONFIGURATIONS);
        Recorded recorded = recorded(c);
        JsonNode power = Js.field(Js.field(state, "analysis"), "power");
        Integer optimal = !Js.truthy(power) || Double.isNaN(Js.parseInt(power)) ? null : (int) Js.parseInt(power);
        return new RunState(input(state, recorded), recorded, stats(state), optimal, state,
                Js.field(state, "adaptiveRun"));
    }

    private static StateInput input(JsonNode s, Recorded recorded) {
        return new StateInput(function(s, recorded), Js.parseInt(Js.field(s, "num")), flag(s, "dryRun"),
                flag(s, "parallelInvocation"), flag(s, "onlyColdStarts"), flag(s, "disablePayloadLogs"),
                flag(s, "includeOutputResults"), flag(s, "autoOptimize"), text(s, "autoOptimizeAlias"),
                Field.read(() -> Strategy.parse(Js.field(s, "strategy"))), TuningInput.balancedWeight(s),
                Field.read(() -> TuningInput.discardTopBottom(s)), TuningInput.sleepBetweenRunsMs(s),
                TuningInput.allowedExceptions(s, false), text(s, "preProcessorARN"), text(s, "postProcessorARN"),
                truthy(s, "payload"), truthy(s, "payloadS3"), Field.read(() -> Traffic.parse(Js.field(s, "traffic"))));
    }

    /** The user's lambdaARN must be truthy; the recorded canonical ARN wins over it. */
    private static Field<String> function(JsonNode state, Recorded recorded) {
        return Field.read(() -> {
            JsonNode userArn = Js.field(state, LAMBDA_ARN);
            if (!Js.truthy(userArn)) {
                throw new InvalidInputException("Missing or empty lambdaARN");
            }
            String canonical = recorded.lambdaArn();
            return canonical != null && !canonical.isEmpty() ? canonical
                    : FunctionRef.parse(userArn).function();
        });
    }

    private static Recorded recorded(JsonNode c) {
        JsonNode num = c.path("num");
        JsonNode cold = c.path("onlyColdStarts");
        JsonNode description = c.path("originalDescription");
        return new Recorded(c.isObject(), c.path(LAMBDA_ARN).isTextual() ? c.path(LAMBDA_ARN).textValue() : null,
                powerValues(c.path("powerValues")), Js.parseInt(num),
                num.isIntegralNumber() && num.intValue() > 0 ? num.intValue() : null,
                cold.isBoolean() ? cold.booleanValue() : null, c.path("runId").asText(null),
                c.path("originalMemorySize").asInt(0), description.isTextual() ? description.textValue() : null,
                failedPowerValues(c), StateJson.adaptive(c.path(StateJson.ADAPTIVE)));
    }

    private static List<Integer> powerValues(JsonNode values) {
        if (!values.isArray() || values.isEmpty()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        values.forEach(p -> out.add((int) Js.parseInt(p)));
        return out;
    }

    private static Field<List<FailedPowerValue>> failedPowerValues(JsonNode c) {
        if (!c.isObject() || !c.path("failedPowerValues").isArray()) {
            return Field.of(List.of());
        }
        return Field.read(() -> StateJson.fromJson(c).failedPowerValues());
    }

    private static Field<List<PowerValueResult>> stats(JsonNode state) {
        JsonNode stats = Js.field(state, "stats");
        if (!stats.isArray() || stats.isEmpty()) {
            return Field.failing(() -> new InvalidInputException("Wrong input " + (state == null ? "null" : state.toString())));
        }
        List<PowerValueResult> results = new ArrayList<>();
        stats.forEach(s -> results.add(StateJson.powerValueResult(s)));
        return Field.of(results);
    }

    private static Field<Boolean> flag(JsonNode state, String name) {
        return Field.read(() -> Flags.read(state, name));
    }

    /** {@code String(value)} when truthy, else null. */
    private static String text(JsonNode state, String name) {
        JsonNode v = Js.field(state, name);
        return Js.truthy(v) ? Js.show(v) : null;
    }

    private static JsonNode truthy(JsonNode state, String name) {
        JsonNode v = Js.field(state, name);
        return Js.truthy(v) ? v : null;
    }
}
