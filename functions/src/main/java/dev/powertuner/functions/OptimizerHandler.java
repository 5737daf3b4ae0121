package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.OptimizationReport;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.step.Optimizer;
import java.util.Map;

/** Applies the optimum with autoOptimize (and autoOptimizeAlias); whole state in, result discarded. */
public final class OptimizerHandler extends JsonStreamHandler {

    private final RunLambda lambda;

    public OptimizerHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public OptimizerHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    private OptimizerHandler(HandlerConfig config) {
        this(config, AwsPorts.runLambda(config));
    }

    OptimizerHandler(HandlerConfig config, FunctionControl lambda) {
        this(config, RunLambda.always(lambda));
    }

    OptimizerHandler(HandlerConfig config, RunLambda lambda) {
        this.lambda = lambda;
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        Optimizer optimizer = new Optimizer(lambda.forRun(event, RunLambda.runIdOf(event, context)));
        OptimizationReport report = optimizer.optimize(event);
        JsonNode out = MAPPER.valueToTree(report);
        log(context, "Optimizer: " + report.reason());
        return out;
    }
}
