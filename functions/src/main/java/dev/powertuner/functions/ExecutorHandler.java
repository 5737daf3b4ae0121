package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.powertuner.core.adaptive.AdaptiveJson;
import dev.powertuner.core.cost.PriceTable;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.port.PayloadSource;
import dev.powertuner.core.port.Sleeper;
import dev.powertuner.core.step.Executor;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/** Invokes the target {@code num} times at one power value; event {@code {"input": <state>, "value": v}}. */
public final class ExecutorHandler extends JsonStreamHandler {

    private final RunLambda lambda;
    private final PayloadSource s3;
    private final Sleeper sleeper;
    private final PriceTable prices;
    private final int parallelLimit;
    private final ExecutorService pool;

    public ExecutorHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public ExecutorHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    private ExecutorHandler(HandlerConfig config) {
        this(config, AwsPorts.runLambda(config),
                Primer.warmBeforeCheckpoint(new LazyPayloadSource(() -> AwsPorts.s3(config))), Sleeper.REAL);
    }

    ExecutorHandler(HandlerConfig config, FunctionControl lambda, PayloadSource s3, Sleeper sleeper) {
        this(config, RunLambda.always(lambda), s3, sleeper);
    }

    ExecutorHandler(HandlerConfig config, RunLambda lambda, PayloadSource s3, Sleeper sleeper) {
        this.lambda = lambda;
        this.s3 = s3;
        this.sleeper = sleeper;
        this.prices = AwsPorts.prices(config);
        this.parallelLimit = config.parallelLimit();
        this.pool = InvokerThreads.pool(parallelLimit);
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        JsonNode state = event.path("input");
        Executor executor = new Executor(lambda.forRun(state, RunLambda.runIdOf(state, context)), s3, sleeper, prices,
                parallelLimit, pool);
        Executor.Outcome outcome = executor.run(event, context::getRemainingTimeInMillis);
        ObjectNode out = (ObjectNode) StateJson.toJson(outcome.result());
        if (outcome.summary() != null) {
            out.set(AdaptiveJson.SUMMARY, AdaptiveJson.toJson(outcome.summary()));
        }
        log(context, "Executor: " + out.path("value").asInt() + " MB, " + out.path("invocations").asInt()
                + " invocations, " + out.path("errors").asInt() + " errors"
                + (out.path("failed").asBoolean() ? ", failed: " + out.path("errorType").asText()
                : ", average duration " + out.path("averageDuration").asDouble() + " ms"));
        return out;
    }
}
