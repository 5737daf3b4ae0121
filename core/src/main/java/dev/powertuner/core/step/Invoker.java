package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.LogFormatException;
import dev.powertuner.core.error.ProcessorFailedException;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.payload.Payloads;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.InvocationResult;
import dev.powertuner.core.port.LambdaApiException;
import dev.powertuner.core.report.LogParser;
import dev.powertuner.core.report.LogReport;
import java.util.function.LongSupplier;

/** One invocation with its processors (docs/DESIGN.md), recorded in a {@link Tally}. */
final class Invoker {

    static final String THROTTLED = "TooManyRequestsException";

    private final FunctionControl lambda;
    private final ExecutionPlan plan;
    private final Tally tally;
    private final String mode;

    Invoker(FunctionControl lambda, ExecutionPlan plan, Tally tally) {
        this.lambda = lambda;
        this.plan = plan;
        this.tally = tally;
        this.mode = plan.parallel() ? "(running in parallel)" : "(running in series)";
    }

    /** Invocation {@code i} with {@code payload}; processor failures throw, target failures mark the value. */
    void invoke(int i, String payload, LongSupplier remainingMillis) {
        String alias = plan.alias(i);
        if (plan.onlyColdStarts()) {
            lambda.awaitActive(plan.function(), alias);
        }
        long before = remainingMillis.getAsLong();
        String actual = payload;
        if (plan.preProcessorArn() != null) {
            InvocationResult pre = lambda.invoke(plan.preProcessorArn(), null, payload);
            if (pre.failed()) {
                throw new ProcessorFailedException("PreProcessor " + plan.preProcessorArn() + " failed"
                        + suffix(payload, pre));
            }
            actual = pre.payload() == null ? payload : pre.payload();
        }
        InvocationResult result = invokeTarget(alias, actual);
        if (plan.postProcessorArn() != null) {
            InvocationResult post = lambda.invoke(plan.postProcessorArn(), null, result.payload());
            if (post.failed()) {
                throw new ProcessorFailedException("PostProcessor " + plan.postProcessorArn() + " failed"
                        + suffix(result.payload(), post));
            }
        }
        tally.invoked(Math.max(0, before - remainingMillis.getAsLong()));
        record(result, actual);
    }

    /**
     * Invokes the target. Throttling that outlasted the adapter's retries is not tied to one power value (docs/reference-differences.md), so it
     * still fails the run, with a message that says so and names the function.
     */
    private InvocationResult invokeTarget(String alias, String payload) {
        try {
            return lambda.invoke(plan.function(), alias, payload);
        } catch (LambdaApiException e) {
            if (!THROTTLED.equals(e.errorCode())) {
                throw e;
            }
            String hint = e.apiMessage().contains("ReservedFunction")
                    ? "its reserved concurrency is used up (a reserved concurrency of 0 throttles every call)"
                    : "the function or the account has no concurrency to spare";
            throw new LambdaApiException(e.errorCode(), e.statusCode(), "Lambda throttled every attempt to invoke "
                    + plan.function() + ":" + alias + " (" + e.apiMessage() + "): " + hint, e);
        }
    }

    private void record(InvocationResult result, String actualPayload) {
        String errorType = result.failed() ? errorType(result) : null;
        boolean allowed = errorType == null || plan.allowedExceptions().contains(errorType);
        LogReport report;
        try {
            report = LogParser.parseLogResult(result.logResult());
        } catch (LogFormatException e) {
            tally.failedInvocation(null, errorType != null);
            if (allowed) {
                tally.fail(LogFormatException.class.getName(), e.getMessage());
            } else {
                tally.fail(errorType, "Invocation error " + mode + suffix(actualPayload, result));
            }
            return;
        }
        if (allowed) {
            tally.counted(report, errorType != null);
        } else {
            tally.failedInvocation(report.billedDuration(), true);
            tally.fail(errorType, "Invocation error " + mode + suffix(actualPayload, result));
        }
    }

    private String suffix(String payload, InvocationResult result) {
        JsonNode error = errorPayload(result);
        String type = error.path("errorType").isMissingNode() ? result.functionError() : show(error.path("errorType"));
        StringBuilder out = new StringBuilder();
        if (!plan.disablePayloadLogs()) {
            out.append(" with payload ").append(payload == null ? "undefined" : Payloads.quote(payload));
        }
        out.append(" - original error type: \"").append(type)
                .append("\", original error message: \"").append(show(error.path("errorMessage")))
                .append("\",trace: \"").append(json(error.path("stackTrace"))).append('"');
        return out.toString();
    }

    static String errorType(InvocationResult result) {
        JsonNode type = errorPayload(result).path("errorType");
        return type.isTextual() ? type.textValue() : result.functionError();
    }

    private static JsonNode errorPayload(InvocationResult result) {
        JsonNode parsed = result.payload() == null ? null : Payloads.parseOrNull(result.payload());
        return parsed != null && parsed.isObject() ? parsed : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String json(JsonNode node) {
        return node.isMissingNode() ? "undefined" : node.toString();
    }

    /** A field as a JavaScript template literal prints it. */
    private static String show(JsonNode node) {
        return Js.show(node);
    }
}
