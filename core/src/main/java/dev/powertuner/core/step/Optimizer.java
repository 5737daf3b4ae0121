package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.Flags;
import dev.powertuner.core.js.Js;
import dev.powertuner.core.model.OptimizationReport;
import dev.powertuner.core.port.FunctionControl;

/**
 * Last step (docs/DESIGN.md): with autoOptimize, sets $LATEST to the optimum; with autoOptimizeAlias,
 * also publishes a version (original description) and points the alias at it.
 */
public final class Optimizer {

    private final FunctionControl lambda;

    public Optimizer(FunctionControl lambda) {
        this.lambda = lambda;
    }

    /** Applies the analysis in {@code state.analysis} when the input asks for it. */
    public OptimizationReport optimize(JsonNode state) {
        if (Flags.read(state, "dryRun")) {
            return OptimizationReport.skipped("dryRun: not optimizing");
        }
        String function = StateFields.function(state);
        JsonNode power = Js.field(Js.field(state, "analysis"), "power");
        if (!Js.truthy(power) || Double.isNaN(Js.parseInt(power))) {
            throw new InvalidInputException("Missing or empty optimal value");
        }
        if (!Flags.read(state, "autoOptimize")) {
            return OptimizationReport.skipped("Not optimizing");
        }
        int optimum = (int) Js.parseInt(power);
        String description = originalDescription(state, function);
        JsonNode alias = Js.field(state, "autoOptimizeAlias");
        lambda.updateConfiguration(function, optimum, description);
        if (!Js.truthy(alias)) {
            return new OptimizationReport(true, optimum, null, null, "$LATEST set to " + optimum + " MB");
        }
        String aliasName = Js.show(alias);
        lambda.awaitUpdated(function);
        String version = lambda.publishVersion(function, description);
        AliasPublisher.pointAlias(lambda, function, aliasName, version);
        return new OptimizationReport(true, optimum, aliasName, version,
                "$LATEST set to " + optimum + " MB; alias " + aliasName + " -> version " + version);
    }

    private String originalDescription(JsonNode state, String function) {
        JsonNode original = StateFields.configurations(state).path("originalDescription");
        if (original.isTextual()) {
            return original.textValue();
        }
        return lambda.configuration(function, null).description();
    }
}
