package dev.powertuner.core.step;

import com.fasterxml.jackson.databind.JsonNode;
import dev.powertuner.core.error.InvalidInputException;
import dev.powertuner.core.model.OptimizationReport;
import dev.powertuner.core.port.FunctionControl;
import dev.powertuner.core.state.RunState;
import dev.powertuner.core.state.RunStateReader;

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
    public OptimizationReport optimize(JsonNode json) {
        RunState state = RunStateReader.read(json);
        if (state.input().dryRun().get()) {
            return OptimizationReport.skipped("dryRun: not optimizing");
        }
        String function = state.function();
        Integer optimum = state.optimalPower();
        if (optimum == null) {
            throw new InvalidInputException("Missing or empty optimal value");
        }
        if (!state.input().autoOptimize().get()) {
            return OptimizationReport.skipped("Not optimizing");
        }
        String description = originalDescription(state, function);
        String aliasName = state.input().autoOptimizeAlias();
        lambda.updateConfiguration(function, optimum, description);
        if (aliasName == null) {
            return new OptimizationReport(true, optimum, null, null, "$LATEST set to " + optimum + " MB");
        }
        lambda.awaitUpdated(function);
        String version = lambda.publishVersion(function, description);
        AliasPublisher.pointAlias(lambda, function, aliasName, version);
        return new OptimizationReport(true, optimum, aliasName, version,
                "$LATEST set to " + optimum + " MB; alias " + aliasName + " -> version " + version);
    }

    private String originalDescription(RunState state, String function) {
        String original = state.recorded().originalDescription();
        return original != null ? original : lambda.configuration(function, null).description();
    }
}
