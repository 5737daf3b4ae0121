package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.CleanupReport;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.step.Cleaner;
import java.util.Map;

/**
 * Deletes the run's aliases and versions and restores {@code $LATEST}; used by {@code Cleaner} and
 * {@code CleanUpOnError}. Whole state in; the result (the cleanup report) is discarded by the state machine.
 */
public final class CleanerHandler extends JsonStreamHandler {

    private final RunLambda lambda;

    public CleanerHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public CleanerHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    private CleanerHandler(HandlerConfig config) {
        this(config, AwsPorts.runLambda(config));
    }

    CleanerHandler(HandlerConfig config, FunctionControl lambda) {
        this(config, RunLambda.always(lambda));
    }

    CleanerHandler(HandlerConfig config, RunLambda lambda) {
        this.lambda = lambda;
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        CleanupReport report = new Cleaner(lambda.forRun(event, RunLambda.runIdOf(event, context))).clean(event);
        JsonNode out = MAPPER.valueToTree(report);
        log(context, "Cleaner: " + event.path("lambdaConfigurations").path("lambdaARN").asText() + ", deleted "
                + report.deletedAliases().size() + " aliases and " + report.deletedVersions().size()
                + " versions, $LATEST restored: " + report.restored());
        return out;
    }
}
