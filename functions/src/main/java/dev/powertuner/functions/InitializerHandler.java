package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.step.Initializer;
import java.util.List;
import java.util.Map;

/**
 * Validates the execution input, reads the original configuration of {@code $LATEST} and returns the initial
 * {@code lambdaConfigurations}. Accepts the state machine's {@code {"input", "executionName"}} (run id = execution
 * name) and a bare execution input (run id = Lambda request id).
 */
public final class InitializerHandler extends JsonStreamHandler {

    private final List<Integer> defaultPowerValues;
    private final RunLambda lambda;

    public InitializerHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public InitializerHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    private InitializerHandler(HandlerConfig config) {
        this(config, AwsPorts.runLambda(config));
    }

    InitializerHandler(HandlerConfig config, FunctionControl lambda) {
        this(config, RunLambda.always(lambda));
    }

    InitializerHandler(HandlerConfig config, RunLambda lambda) {
        this.defaultPowerValues = config.defaultPowerValues();
        this.lambda = lambda;
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        boolean wrapped = event.has("executionName") || event.has("input") && !event.has("lambdaARN");
        JsonNode input = wrapped ? event.path("input") : event;
        String runId = wrapped && event.hasNonNull("executionName") ? event.get("executionName").asText()
                : context.getAwsRequestId();
        TuningState state = new Initializer(lambda.forRun(input, runId), defaultPowerValues).initialize(input, runId);
        JsonNode out = StateJson.toJson(state);
        log(context, "Initializer: run " + runId + ", " + out.path("lambdaARN").asText() + ", power values "
                + out.path("powerValues") + ", " + out.path("iterator").path("count").asInt() + " configurations");
        return out;
    }
}
