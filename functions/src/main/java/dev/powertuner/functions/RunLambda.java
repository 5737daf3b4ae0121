package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.port.FunctionControl;

/**
 * The Lambda port of one run, chosen on every invocation from the run's input ({@code roleARN}) and run id; in
 * production {@link dev.powertuner.functions.aws.CrossAccountLambda}.
 */
@FunctionalInterface
interface RunLambda {

    FunctionControl forRun(JsonNode input, String runId);

    /** The same port for every run, whatever the input says (handler tests with fakes). */
    static RunLambda always(FunctionControl lambda) {
        return (input, runId) -> lambda;
    }

    /** The run id the Initializer recorded in {@code lambdaConfigurations}, else the invocation's request id. */
    static String runIdOf(JsonNode state, Context context) {
        JsonNode runId = state.path("lambdaConfigurations").path("runId");
        return runId.isTextual() && !runId.textValue().isEmpty() ? runId.textValue() : context.getAwsRequestId();
    }
}
