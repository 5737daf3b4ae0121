package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.model.TuningState;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.step.Publisher;
import java.util.Map;

/** Publishes a batch of configurations (version + alias each) sized to the remaining time; whole state in. */
public final class PublisherHandler extends JsonStreamHandler {

    private final RunLambda lambda;

    public PublisherHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public PublisherHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    private PublisherHandler(HandlerConfig config) {
        this(config, AwsPorts.runLambda(config));
    }

    PublisherHandler(HandlerConfig config, FunctionControl lambda) {
        this(config, RunLambda.always(lambda));
    }

    PublisherHandler(HandlerConfig config, RunLambda lambda) {
        this.lambda = lambda;
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        TuningState before = StateJson.fromJson(event.path("lambdaConfigurations"));
        Publisher publisher = new Publisher(lambda.forRun(event, RunLambda.runIdOf(event, context)));
        TuningState after = publisher.publish(before, context::getRemainingTimeInMillis);
        JsonNode out = StateJson.toJson(after);
        JsonNode iterator = out.path("iterator");
        log(context, "Publisher: " + out.path("lambdaARN").asText() + ", configurations "
                + event.path("lambdaConfigurations").path("iterator").path("index").asInt() + ".."
                + iterator.path("index").asInt() + " of " + iterator.path("count").asInt()
                + ", continue " + iterator.path("continue").asBoolean()
                + ", failed power values " + out.path("failedPowerValues").size());
        return out;
    }
}
