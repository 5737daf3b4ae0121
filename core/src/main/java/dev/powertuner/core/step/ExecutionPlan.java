package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.powertuner.core.arn.Aliases;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Js;
import dev.powertuner.core.model.TuningInput;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.payload.S3Payloads;
import dev.powertuner.core.port.PayloadSource;
import java.util.List;

/** What one Executor call does, read from its event with the reference's semantics (2.3 steps 1–5). */
record ExecutionPlan(
        String function,
        int value,
        int num,
        boolean onlyColdStarts,
        boolean parallel,
        long sleepBetweenRunsMs,
        String preProcessorArn,
        String postProcessorArn,
        boolean disablePayloadLogs,
        List<String> allowedExceptions,
        double discardTopBottom,
        JsonNode state) {

    ExecutionPlan {
        allowedExceptions = List.copyOf(allowedExceptions);
    }

    /** Validates the event {@code {input, value}}. */
    static ExecutionPlan from(JsonNode event) {
        JsonNode input = Js.field(event, "input");
        String function = StateFields.function(input.isObject() ? input : null);
        double value = Js.parseInt(Js.field(event, "value"));
        if (Double.isNaN(value) || value == 0) {
            throw new InvalidInputException("Invalid value: " + Js.show(value));
        }
        double num = Js.parseInt(Js.field(input, "num"));
        if (Double.isNaN(num) || num == 0) {
            throw new InvalidInputException("Invalid num: " + Js.show(num));
        }
        boolean dryRun = Js.field(input, "dryRun").isBoolean() && input.path("dryRun").booleanValue();
        return new ExecutionPlan(function, (int) value, dryRun ? 1 : (int) num,
                Js.truthy(Js.field(input, "onlyColdStarts")), Js.truthy(Js.field(input, "parallelInvocation")),
                TuningInput.sleepBetweenRunsMs(input), text(input, "preProcessorARN"), text(input, "postProcessorARN"),
                Js.truthy(Js.field(input, "disablePayloadLogs")), TuningInput.allowedExceptions(input, false),
                TuningInput.discardTopBottom(input), input);
    }

    /** The alias of invocation {@code i}. */
    String alias(int i) {
        return onlyColdStarts ? Aliases.of(value, i) : Aliases.of(value);
    }

    /** {@code num} payload strings: payloadS3 wins, then a truthy payload, else JSON null. */
    List<String> payloads(PayloadSource s3) {
        JsonNode payloadS3 = Js.field(state, "payloadS3");
        JsonNode payload = Js.field(state, "payload");
        JsonNode chosen;
        if (Js.truthy(payloadS3)) {
            chosen = S3Payloads.fetch(s3, payloadS3);
        } else if (Js.truthy(payload)) {
            chosen = payload;
        } else {
            chosen = NullNode.getInstance();
        }
        return Payloads.generate(chosen, num);
    }

    private static String text(JsonNode input, String name) {
        JsonNode v = Js.field(input, name);
        return Js.truthy(v) ? Js.show(v) : null;
    }
}
