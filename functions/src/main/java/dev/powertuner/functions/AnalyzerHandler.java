package dev.powertuner.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.model.Analysis;
import dev.powertuner.core.model.StateJson;
import dev.powertuner.core.step.Analyzer;
import dev.powertuner.core.step.Decider;
import java.util.Map;
import java.util.Optional;

/** Picks the optimum from {@code $.stats}; writes {@code null} for dryRun. No AWS calls. */
public final class AnalyzerHandler extends JsonStreamHandler {

    private final Analyzer analyzer;

    public AnalyzerHandler() {
        this(HandlerConfig.fromProcessEnvironment());
    }

    public AnalyzerHandler(Map<String, String> env) {
        this(HandlerConfig.from(env));
    }

    AnalyzerHandler(HandlerConfig config) {
        this.analyzer = new Analyzer(AwsPorts.prices(config), config.region(), config.visualizationUrl());
        Primer.register();
    }

    @Override
    JsonNode handle(JsonNode event, Context context) {
        if (Decider.applies(event)) {
            JsonNode run = Decider.decide(event);
            log(context, "Analyzer: adaptive round " + run.path("round").asInt() + " decided, " + run.path("contenders")
                    .size() + " sizes left, dropped " + run.path("dropped") + (run.path("done").asBoolean() ? ", done" : ""));
            return run;
        }
        Optional<Analysis> analysis = analyzer.analyze(event);
        if (analysis.isEmpty()) {
            log(context, "Analyzer: dryRun, no analysis");
            return null;
        }
        JsonNode out = StateJson.toJson(analysis.get());
        log(context, "Analyzer: optimum " + out.path("power").asInt() + " MB, cost " + out.path("cost").asDouble()
                + ", duration " + out.path("duration").asDouble() + " ms, failed power values "
                + out.path("failedPowerValues").size());
        return out;
    }
}
