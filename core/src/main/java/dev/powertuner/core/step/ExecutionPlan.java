package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.powertuner.core.arn.Aliases;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.error.PayloadException;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.Limits;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.payload.S3Payloads;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.core.state.RunState;
import dev.powertuner.core.state.RunStateReader;
import dev.powertuner.core.state.StateInput;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What one Executor call does, read from its event with the reference's semantics. */
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
        int payloadCount,
        RunState state) {

    ExecutionPlan {
        allowedExceptions = List.copyOf(allowedExceptions);
    }

    /** Validates the event {@code {input, value}}. */
    static ExecutionPlan from(JsonNode event) {
        RunState state = RunStateReader.read(Js.field(event, "input"));
        String function = state.function();
        double value = Js.parseInt(Js.field(event, "value"));
        if (Double.isNaN(value) || value == 0) {
            throw new InvalidInputException("Invalid value: " + Js.show(value));
        }
        Integer validated = state.recorded().validatedNum();
        double num = validated != null ? validated : state.input().num();
        if (Double.isNaN(num) || num == 0) {
            throw new InvalidInputException("Invalid num: " + Js.show(num));
        }
        StateInput in = state.input();
        boolean dryRun = in.dryRun().get();
        return new ExecutionPlan(function, (int) value, dryRun ? 1 : (int) num, state.onlyColdStarts(),
                in.parallelInvocation().get(), in.sleepBetweenRunsMs(), in.preProcessorArn(), in.postProcessorArn(),
                in.disablePayloadLogs().get(), in.allowedExceptions(), in.discardTopBottom().get(), (int) num, state);
    }

    /** The alias of invocation {@code i}. */
    String alias(int i) {
        return onlyColdStarts ? Aliases.of(value, i) : Aliases.of(value);
    }

    /**
     * {@code num} payload strings: payloadS3 wins, then a truthy payload, else JSON null. A weighted payload is split
     * over the input's num even in a dry run (which makes one invocation, with the first payload), where the reference
     * fails on any weighted list of two or more items.
     */
    List<String> payloads(PayloadSource s3) {
        JsonNode payloadS3 = state.input().payloadS3();
        JsonNode payload = state.input().payload();
        JsonNode chosen;
        if (payloadS3 != null) {
            chosen = S3Payloads.fetch(s3, payloadS3);
        } else if (payload != null) {
            chosen = payload;
        } else {
            chosen = NullNode.getInstance();
        }
        List<String> payloads = Payloads.generate(chosen, Math.max(num, payloadCount)).subList(0, num);
        checkInvokeLimit(payloads, payloadS3 != null ? "The payload from " + Js.show(payloadS3) : "The payload");
        return payloads;
    }

    /** Each payload must fit a synchronous Invoke request; an inline one always does (it fits the 256 KiB state). */
    private static void checkInvokeLimit(List<String> payloads, String what) {
        String checked = null;
        for (String payload : payloads) {
            if (payload == null || payload == checked) {
                continue;
            }
            checked = payload;
            long bytes = payload.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > Limits.INVOKE_PAYLOAD_LIMIT) {
                throw new PayloadException(what + " has " + bytes + " bytes, above the " + Limits.INVOKE_PAYLOAD_LIMIT
                        + " bytes (6 MB) Lambda accepts in a synchronous Invoke request");
            }
        }
    }
}
